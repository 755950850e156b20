"""Partners: the States and organisations that take part in partnerships."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from portal.permissions import permission_required
from portal.services import ServiceError

from .. import selectors, services
from ..forms import PartnerForm


@permission_required("partnerships.view")
def partner_list(request):
    """Every partner, by kind, with the number of partnerships. Public."""
    return render(
        request,
        "partnerships/partner_list.html",
        {
            "partners": selectors.partner_list(),
            "can_add": request.user.has_perm("partnerships.create_partner"),
        },
    )


@permission_required("partnerships.create_partner")
def partner_create(request):
    """Add a partner. Focal points and the ISU; `?next=` leads back to the form
    that needed it (on this site only)."""
    form = PartnerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.partner_create(actor=request.user, **form.cleaned_data)
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request, _("%(name)s added.") % {"name": form.cleaned_data["name"]}
            )
            target = request.GET.get("next", "")
            if not url_has_allowed_host_and_scheme(
                target, allowed_hosts={request.get_host()}
            ):
                target = reverse("partnerships:partners")
            return redirect(target)
    return render(request, "partnerships/partner_form.html", {"form": form})
