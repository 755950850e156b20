"""The ISU maintains a State's reference data and implementation status."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from portal.permissions import permission_required
from portal.services import ServiceError

from .. import services
from ..forms import StateStatusForm
from .lookups import state_from_iso3


@permission_required("country_pages.maintain_status", fn=state_from_iso3)
def status_edit(request, iso3):
    """The ISU maintains a State's reference data and implementation status."""
    state = state_from_iso3(request, iso3)
    form = StateStatusForm(request.POST or None, instance=state)
    if request.method == "POST" and form.is_valid():
        try:
            services.state_status_update(
                state=state, actor=request.user, **form.cleaned_data
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request, _("Status of %(state)s saved.") % {"state": state.local_name}
            )
            return redirect(state)
    return render(
        request,
        "country_pages/stateparty_status_form.html",
        {"state": state, "form": form},
    )
