"""Partnerships for completion [Action 21]: the list across countries, one
partnership's page, starting and editing one, and its partners, objectives,
commitments and dialogue entries."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from country_pages.models import StateParty
from country_pages.selectors import states_for_focal_point
from portal.caching import anonymous_page
from portal.editing import form_save
from portal.exports import list_export, url_maker
from portal.permissions import permission_required
from portal.rules import is_isu
from portal.services import ServiceError

from .. import selectors, services
from ..filters import PartnershipFilter
from ..forms import (
    CommitmentForm,
    DialogueEntryForm,
    ObjectiveForm,
    PartnershipCreateForm,
    PartnershipForm,
    PartnershipPartnerForm,
)
from ..models import (
    Commitment,
    DialogueEntry,
    Objective,
    Partnership,
    PartnershipPartner,
)
from .common import PAGE_SIZE, currency_context, filter_fields, partnership_from_url


@anonymous_page
@permission_required("partnerships.view")
def partnership_list(request):
    """Partnerships for completion across countries, filtered and paged. Public.
    `?format=csv` and `?format=json` export the filtered list."""
    partnerships = PartnershipFilter(
        request.GET, queryset=selectors.partnership_list(user=request.user)
    )
    exported = list_export(
        request,
        rows=lambda: selectors.partnership_export_rows(
            partnerships=partnerships.qs,
            url=url_maker(request, "partnerships:detail", pk=999999999),
        ),
        columns=selectors.PARTNERSHIP_EXPORT_COLUMNS,
        filename="partnerships",
    )
    if exported is not None:
        return exported
    page = Paginator(partnerships.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "partnerships/partnership_list.html",
        {
            "filter": partnerships,
            "fields": filter_fields(partnerships.form),
            "page": page,
        },
    )


@permission_required("partnerships.create_partnership")
def partnership_create(request):
    """Start a partnership for one of the user's States (ISU: any State)."""
    states = (
        StateParty.objects.all()
        if is_isu(request.user)
        else states_for_focal_point(user=request.user)
    )
    initial = {}
    if iso3 := request.GET.get("country"):
        initial["state"] = states.filter(iso3=iso3.upper()).first()
    form = PartnershipCreateForm(request.POST or None, states=states, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            partnership = services.partnership_create(
                actor=request.user, **form.cleaned_data
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request, _("Partnership created: now add its partners and objectives.")
            )
            return redirect(partnership)
    return render(request, "partnerships/partnership_form.html", {"form": form})


@anonymous_page
@permission_required("partnerships.view")
def partnership_detail(request, pk):
    """A partnership: partners, objectives, commitments, dialogue. Public; its
    State's focal points and the ISU get the forms to add to it."""
    partnership = get_object_or_404(Partnership, pk=pk)
    partnership = selectors.partnership_get(pk=partnership.pk)
    can_edit = request.user.has_perm("partnerships.edit_partnership", partnership)
    context = {"partnership": partnership, "can_edit": can_edit}
    if can_edit:
        context.update(
            forms={
                "partner": PartnershipPartnerForm(prefix="partner"),
                "objective": ObjectiveForm(prefix="objective"),
                "commitment": CommitmentForm(
                    prefix="commitment", partnership=partnership
                ),
                "dialogue": DialogueEntryForm(prefix="dialogue"),
            },
            **currency_context(),
        )
    return render(request, "partnerships/partnership_detail.html", context)


@permission_required("partnerships.edit_partnership", fn=partnership_from_url)
def partnership_edit(request, pk):
    """Edit a partnership; a concurrent save is shown, never overwritten. The
    State's focal points and the ISU."""
    partnership = partnership_from_url(request, pk)
    form = PartnershipForm(request.POST or None, instance=partnership)
    context = {"form": form, "partnership": partnership}
    if request.method == "POST" and form.is_valid():
        ok, _saved = form_save(
            form,
            context,
            lambda: services.partnership_update(
                partnership=partnership,
                actor=request.user,
                expected_version=form.expected_version,
                **form.values(),
            ),
        )
        if ok:
            messages.success(request, _("Partnership saved."))
            return redirect("partnerships:detail", pk=pk)
    return render(request, "partnerships/partnership_form.html", context)


# What a partnership is made of: its partners, objectives, commitments and
# dialogue entries. kind (in the URL) -> model, form, form prefix, service.
ITEMS = {
    "partners": (
        PartnershipPartner,
        PartnershipPartnerForm,
        "partner",
        services.partnership_partner_add,
    ),
    "objectives": (Objective, ObjectiveForm, "objective", services.objective_add),
    "commitments": (Commitment, CommitmentForm, "commitment", services.commitment_add),
    "dialogue": (
        DialogueEntry,
        DialogueEntryForm,
        "dialogue",
        services.dialogue_entry_add,
    ),
}


@permission_required("partnerships.edit_partnership", fn=partnership_from_url)
def partnership_item_add(request, pk, kind):
    """Add a partner, objective, commitment or dialogue entry to a partnership."""
    partnership = partnership_from_url(request, pk)
    if kind not in ITEMS:
        raise Http404
    _model, form_class, prefix, add = ITEMS[kind]
    extra = {"partnership": partnership} if kind == "commitments" else {}
    form = form_class(request.POST or None, prefix=prefix, **extra)
    if request.method == "POST" and form.is_valid():
        try:
            add(partnership=partnership, actor=request.user, **form.cleaned_data)
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Saved."))
            return redirect(f"{partnership.get_absolute_url()}#{kind}")
    return render(
        request,
        "partnerships/partnership_item_form.html",
        {
            "partnership": partnership,
            "form": form,
            "kind": kind,
            "heading": form_class.__name__,
            **currency_context(),
        },
    )


@require_POST
@permission_required("partnerships.edit_partnership", fn=partnership_from_url)
def partnership_item_remove(request, pk, kind, item_pk):
    """Remove a partner, objective, commitment or dialogue entry."""
    partnership = partnership_from_url(request, pk)
    if kind not in ITEMS:
        raise Http404
    item = get_object_or_404(ITEMS[kind][0], pk=item_pk, partnership=partnership)
    try:
        services.partnership_item_remove(
            partnership=partnership, actor=request.user, item=item
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Removed."))
    return redirect(f"{partnership.get_absolute_url()}#{kind}")


@require_POST
@permission_required("partnerships.edit_partnership", fn=partnership_from_url)
def objective_met(request, pk, item_pk):
    """Mark an objective met, or not met yet."""
    partnership = partnership_from_url(request, pk)
    objective = get_object_or_404(Objective, pk=item_pk, partnership=partnership)
    met = request.POST.get("met") == "1"
    services.objective_set_met(objective=objective, actor=request.user, met=met)
    messages.success(
        request, _("Objective marked met.") if met else _("Objective reopened.")
    )
    return redirect(f"{partnership.get_absolute_url()}#objectives")
