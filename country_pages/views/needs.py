"""The needs and challenges on a country page's draft."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.editing import form_save
from portal.permissions import permission_required
from portal.services import ServiceError

from .. import services
from ..forms import (
    NeedForm,
)
from .lookups import need_for_state, state_from_iso3


@permission_required("country_pages.edit_page", fn=state_from_iso3)
def need_add(request, iso3):
    """Add a need or challenge to the draft. Focal points of the State and the ISU."""
    state = state_from_iso3(request, iso3)
    form = NeedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        need = services.need_create(state=state, user=request.user, **form.values())
        messages.success(
            request,
            _("Need “%(title)s” added. It becomes public when you publish the page.")
            % {"title": need.title},
        )
        return redirect("country_pages:edit", iso3=state.iso3)
    return render(
        request,
        "country_pages/need_form.html",
        {"state": state, "form": form, "need": None},
    )


@permission_required("country_pages.edit_page", fn=need_for_state)
def need_edit(request, iso3, pk):
    """Change a need; a conflicting save shows both versions.

    Focal points of the State and the ISU.
    """
    need = need_for_state(request, iso3, pk)
    form = NeedForm(request.POST or None, instance=need)
    context = {"state": need.state, "form": form, "need": need}
    if request.method == "POST" and form.is_valid():
        ok, saved = form_save(
            form,
            context,
            lambda: services.need_update(
                need=need,
                user=request.user,
                expected_version=form.expected_version,
                **form.values(),
            ),
        )
        if ok:
            messages.success(
                request, _("Need “%(title)s” saved.") % {"title": saved.title}
            )
            return redirect("country_pages:edit", iso3=need.state.iso3)
    return render(request, "country_pages/need_form.html", context)


@require_POST
@permission_required("country_pages.edit_page", fn=need_for_state)
def need_delete(request, iso3, pk):
    """Remove a need from the page. Focal points of the State and the ISU."""
    need = need_for_state(request, iso3, pk)
    try:
        services.need_delete(need=need, user=request.user)
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, _("Need “%(title)s” removed.") % {"title": need.title}
        )
    return redirect("country_pages:edit", iso3=need.state.iso3)
