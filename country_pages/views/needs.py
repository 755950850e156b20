"""The needs and challenges on a country page's draft."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

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
        services.need_create(state=state, user=request.user, data=form.cleaned_data)
        messages.success(
            request,
            f"Need “{form.cleaned_data['title']}” added. It becomes public when "
            "you publish the page.",
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
    conflict = conflict_fields = None
    if request.method == "POST":
        form = NeedForm(request.POST, instance=need)
        if form.is_valid():
            try:
                services.need_update(
                    need=need,
                    user=request.user,
                    data=form.cleaned_data,
                    expected_version=form.cleaned_data["version"],
                )
            except services.EditConflict as exc:
                conflict = exc.current
                conflict_fields = [
                    (NeedForm.base_fields[name].label, _need_value(conflict, name))
                    for name in services.NEED_FIELDS
                ]
                data = request.POST.copy()
                data["version"] = conflict.version
                form = NeedForm(data, instance=need)
                form.is_valid()
                form.add_error(None, str(exc))
            else:
                messages.success(request, f"Need “{form.cleaned_data['title']}” saved.")
                return redirect("country_pages:edit", iso3=need.state.iso3)
    else:
        form = NeedForm(instance=need, initial={"version": need.version})
    return render(
        request,
        "country_pages/need_form.html",
        {
            "state": need.state,
            "form": form,
            "need": need,
            "conflict": conflict,
            "conflict_fields": conflict_fields,
        },
    )


def _need_value(need, name):
    display = getattr(need, f"get_{name}_display", None)
    value = display() if display else getattr(need, name)
    return "" if value is None else value


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
        messages.success(request, f"Need “{need.title}” removed.")
    return redirect("country_pages:edit", iso3=need.state.iso3)
