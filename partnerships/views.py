import csv
import hashlib
import json

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from country_pages.models import Need, StateParty
from country_pages.selectors import (
    is_following,
    need_list_cache_generation,
    states_for_focal_point,
)
from portal.caching import anonymous_cacheable, cache_page_content, cached_page
from portal.currencies import CURRENCIES
from portal.forms import form_keep_input_after_conflict
from portal.permissions import permission_required
from portal.rules import is_isu, is_oversight
from portal.services import ServiceError

from . import selectors, services
from .filters import NeedFilter, PartnershipFilter
from .forms import (
    CommitmentForm,
    DialogueEntryForm,
    InterestAnswerForm,
    InterestForm,
    ObjectiveForm,
    PartnerForm,
    PartnershipCreateForm,
    PartnershipForm,
    PartnershipPartnerForm,
    PlatformForm,
    PlatformMemberForm,
)
from .models import (
    Commitment,
    DialogueEntry,
    Interest,
    Objective,
    Partnership,
    PartnershipPartner,
    PlatformMember,
)

PAGE_SIZE = 25
EXPORT_COLUMNS = [
    "id", "country_iso3", "country", "region", "theme", "theme_label", "title",
    "description", "estimated_cost", "currency", "funding_secured", "funding_gap",
    "start_year", "end_year", "status", "status_label",
    "age_gender_considerations", "published_at", "url",
]  # fmt: skip


def _state(request, iso3, *args, **kwargs):
    return get_object_or_404(StateParty, iso3=iso3.upper())


def _partnership(request, pk, *args, **kwargs):
    return get_object_or_404(Partnership.objects.select_related("state"), pk=pk)


def _interest(request, pk, *args, **kwargs):
    return get_object_or_404(
        Interest.objects.select_related("need__state", "donor", "partnership"), pk=pk
    )


def _currency_context():
    return {"currency_codes": sorted(CURRENCIES)}


# The needs browser ---


@permission_required("partnerships.view")
def need_list(request):
    """Every published need across countries, filtered, sorted and paged. Public.

    `?format=csv` and `?format=json` export the whole filtered list.
    """
    export = request.GET.get("format")
    # Anonymous readers share one rendering per query string until a page or a
    # need changes anywhere (country_pages bumps the generation).
    cacheable = export not in ("csv", "json") and anonymous_cacheable(request)
    query = hashlib.sha256(request.GET.urlencode().encode()).hexdigest()
    key = f"partnerships:needs:{need_list_cache_generation()}:{query}"
    if cacheable and (cached := cached_page(key)) is not None:
        return cached
    needs = NeedFilter(request.GET, queryset=selectors.published_need_list())
    if export in ("csv", "json"):
        rows = (_export_row(request, n) for n in needs.qs.iterator(chunk_size=500))
        return _csv(rows) if export == "csv" else _json(rows)
    interested = selectors.interest_ids_for_donor(user=request.user)
    # Signed-in readers share the rendered filters and rows with everyone who
    # sees the same list: same query, same right to register interest, same
    # needs already marked. The page and the filter options are only worked out
    # when that fragment is not in the cache (they are lazy).
    can_register = request.user.has_perm("partnerships.register_interest")
    marks = ",".join(str(pk) for pk in sorted(interested))
    fragment_key = (
        f"{key}:{int(can_register)}:{hashlib.sha256(marks.encode()).hexdigest()}"
    )
    response = render(
        request,
        "partnerships/need_list.html",
        {
            "filter": needs,
            "fields": SimpleLazyObject(lambda: _filter_fields(needs.form)),
            "page": SimpleLazyObject(
                lambda: Paginator(needs.qs, PAGE_SIZE).get_page(request.GET.get("page"))
            ),
            "interested": interested,
            "can_register": can_register,
            "fragment_key": fragment_key,
            "fragment_seconds": settings.PORTAL_PAGE_CACHE_SECONDS,
        },
    )
    if cacheable:
        cache_page_content(key, response)
    return response


def _filter_fields(form):
    """The filter form's fields, with select options prepared in Python.

    Rendering 166 States through Django's option templates (or a template
    loop) took most of the page's time; the needs browser has a throughput
    target (DESIGN.md).
    """
    fields = []
    for field in form:
        options = None
        if field.widget_type == "select":
            # The raw submitted value, as the options' values are strings.
            current = str(field.data or "")
            options = format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                (
                    (
                        value,
                        mark_safe(" selected") if str(value) == current else "",
                        label,
                    )
                    for value, label in field.field.widget.choices
                ),
            )
        fields.append({"field": field, "options": options})
    return fields


def _export_row(request, need: Need) -> dict:
    return {
        "id": need.pk,
        "country_iso3": need.state.iso3,
        "country": need.state.name,
        "region": need.state.region,
        "theme": need.theme,
        "theme_label": need.get_theme_display(),
        "title": need.title,
        "description": need.description,
        "estimated_cost": need.estimated_cost,
        "currency": need.currency,
        "funding_secured": need.funding_secured,
        "funding_gap": need.funding_gap,
        "start_year": need.start_year,
        "end_year": need.end_year,
        "status": need.status,
        "status_label": need.get_status_display(),
        "age_gender_considerations": need.age_gender_considerations,
        "published_at": need.published_at,
        "url": request.build_absolute_uri(need.get_absolute_url()),
    }


class _Echo:
    def write(self, value):
        return value


def _csv(rows):
    writer = csv.DictWriter(_Echo(), fieldnames=EXPORT_COLUMNS)

    def lines():
        yield writer.writeheader()
        for row in rows:
            yield writer.writerow({k: "" if v is None else v for k, v in row.items()})

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="needs.csv"'
    return response


def _json(rows):
    results = list(rows)
    response = HttpResponse(
        json.dumps(
            {"count": len(results), "columns": EXPORT_COLUMNS, "results": results},
            cls=DjangoJSONEncoder,
            ensure_ascii=False,
        ),
        content_type="application/json",
    )
    response["Content-Disposition"] = 'inline; filename="needs.json"'
    return response


@permission_required("partnerships.register_interest")
def interest_create(request, pk):
    """A donor registers interest in a published need. Approved donors only."""
    need = get_object_or_404(
        Need.objects.select_related("state"), pk=pk, is_published=True
    )
    existing = Interest.objects.filter(donor=request.user, need=need).first()
    form = InterestForm(request.POST or None)
    if request.method == "POST" and existing is None and form.is_valid():
        try:
            services.interest_register(
                donor=request.user, need=need, **form.cleaned_data
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                f"Your interest is registered; {need.state.name}'s focal points "
                "have been told.",
            )
            return redirect("partnerships:needs")
    return render(
        request,
        "partnerships/interest_form.html",
        {
            "need": need,
            "state": need.state,
            "following": is_following(user=request.user, state=need.state),
            "form": form,
            "existing": existing,
            **_currency_context(),
        },
    )


@permission_required("partnerships.read_interest", fn=_interest)
def interest_detail(request, pk):
    """One registration of interest: its donor and the State's focal points."""
    interest = _interest(request, pk)
    can_answer = request.user.has_perm("partnerships.answer_interest", interest)
    form = InterestAnswerForm(
        request.POST or None,
        state=interest.need.state,
        initial={
            "status": interest.status,
            "partnership": interest.partnership_id,
            "version": interest.version,
        },
    )
    if request.method == "POST":
        if not can_answer:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.interest_answer(
                    interest=interest,
                    actor=request.user,
                    status=form.cleaned_data["status"],
                    partnership=form.cleaned_data["partnership"],
                    expected_version=form.cleaned_data["version"],
                )
            except ServiceError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, "Answer saved; the donor has been told.")
                return redirect("partnerships:interest", pk=interest.pk)
    return render(
        request,
        "partnerships/interest_detail.html",
        {"interest": interest, "form": form, "can_answer": can_answer},
    )


# Partnerships ---


@permission_required("partnerships.view")
def partnership_list(request):
    """Partnerships for completion across countries, filtered and paged. Public."""
    partnerships = PartnershipFilter(request.GET, queryset=selectors.partnership_list())
    page = Paginator(partnerships.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "partnerships/partnership_list.html",
        {
            "filter": partnerships,
            "fields": _filter_fields(partnerships.form),
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
        data = form.cleaned_data
        try:
            partnership = services.partnership_create(
                actor=request.user, state=data["state"], data=data
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request, "Partnership created: now add its partners and objectives."
            )
            return redirect(partnership)
    return render(request, "partnerships/partnership_form.html", {"form": form})


@permission_required("partnerships.view")
def partnership_detail(request, pk):
    """A partnership: partners, objectives, commitments, dialogue. Public."""
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
            **_currency_context(),
        )
    return render(request, "partnerships/partnership_detail.html", context)


@permission_required("partnerships.edit_partnership", fn=_partnership)
def partnership_edit(request, pk):
    """Edit a partnership; a concurrent save is shown, never overwritten."""
    partnership = _partnership(request, pk)
    form = PartnershipForm(
        request.POST or None,
        instance=partnership,
        initial={"version": partnership.version},
    )
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            services.partnership_update(
                partnership=Partnership.objects.get(pk=partnership.pk),
                actor=request.user,
                data=form.cleaned_data,
                expected_version=form.cleaned_data["version"] or 0,
            )
        except services.EditConflict as exc:
            form.add_error(None, str(exc))
            conflict = exc.current
            form_keep_input_after_conflict(form, conflict)
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Partnership saved.")
            return redirect("partnerships:detail", pk=pk)
    return render(
        request,
        "partnerships/partnership_form.html",
        {"form": form, "partnership": partnership, "conflict": conflict},
    )


ITEMS = {
    "partners": (PartnershipPartner, PartnershipPartnerForm, "partner"),
    "objectives": (Objective, ObjectiveForm, "objective"),
    "commitments": (Commitment, CommitmentForm, "commitment"),
    "dialogue": (DialogueEntry, DialogueEntryForm, "dialogue"),
}


@permission_required("partnerships.edit_partnership", fn=_partnership)
def partnership_item_add(request, pk, kind):
    """Add a partner, objective, commitment or dialogue entry to a partnership."""
    partnership = _partnership(request, pk)
    if kind not in ITEMS:
        raise Http404
    _, form_class, prefix = ITEMS[kind]
    extra = {"partnership": partnership} if kind == "commitments" else {}
    form = form_class(request.POST or None, prefix=prefix, **extra)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if kind == "partners":
                services.partnership_partner_add(
                    partnership=partnership, actor=request.user, **data
                )
            elif kind == "objectives":
                services.objective_add(
                    partnership=partnership, actor=request.user, data=data
                )
            elif kind == "commitments":
                services.commitment_add(
                    partnership=partnership, actor=request.user, **data
                )
            else:
                services.dialogue_entry_add(
                    partnership=partnership, actor=request.user, **data
                )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Saved.")
            return redirect(f"{partnership.get_absolute_url()}#{kind}")
    return render(
        request,
        "partnerships/partnership_item_form.html",
        {
            "partnership": partnership,
            "form": form,
            "kind": kind,
            "heading": form_class.__name__,
            **_currency_context(),
        },
    )


@require_POST
@permission_required("partnerships.edit_partnership", fn=_partnership)
def partnership_item_remove(request, pk, kind, item_pk):
    partnership = _partnership(request, pk)
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
        messages.success(request, "Removed.")
    return redirect(f"{partnership.get_absolute_url()}#{kind}")


@require_POST
@permission_required("partnerships.edit_partnership", fn=_partnership)
def objective_met(request, pk, item_pk):
    """Mark an objective met, or not met yet."""
    partnership = _partnership(request, pk)
    objective = get_object_or_404(Objective, pk=item_pk, partnership=partnership)
    met = request.POST.get("met") == "1"
    services.objective_set_met(objective=objective, actor=request.user, met=met)
    messages.success(request, "Objective marked met." if met else "Objective reopened.")
    return redirect(f"{partnership.get_absolute_url()}#objectives")


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
    form = PartnerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.partner_create(actor=request.user, **form.cleaned_data)
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"{form.cleaned_data['name']} added.")
            target = request.GET.get("next", "")
            if not url_has_allowed_host_and_scheme(
                target, allowed_hosts={request.get_host()}
            ):
                target = reverse("partnerships:partners")
            return redirect(target)
    return render(request, "partnerships/partner_form.html", {"form": form})


# Charts and dashboards ---


@permission_required("partnerships.view")
def charts(request):
    """Funding by year and donor, donor concentration, needs by theme. Public.

    `?country=ISO3` narrows funding and needs to one State.
    """
    state = None
    if iso3 := request.GET.get("country"):
        state = StateParty.objects.filter(iso3=iso3.upper()).first()
    share, number = selectors.donor_concentration_charts()
    return render(
        request,
        "partnerships/charts.html",
        {
            "state": state,
            "states": StateParty.objects.filter(partnerships__isnull=False)
            .distinct()
            .only("iso3", "name"),
            "funding": selectors.funding_by_year_chart(state=state),
            "share": share,
            "number": number,
            "needs": selectors.needs_by_theme_chart(state=state),
        },
    )


@permission_required("partnerships.view_dashboard")
def dashboard(request):
    """Partnerships, interest and funding across countries. ISU and committee."""
    rows, currency = selectors.cross_country_overview()
    share, number = selectors.donor_concentration_charts()
    return render(
        request,
        "partnerships/dashboard.html",
        {
            "rows": rows,
            "currency": currency,
            "recent_interest": selectors.recent_interest(),
            "funding": selectors.funding_by_year_chart(),
            "share": share,
            "number": number,
        },
    )


# National Mine Action Platforms ---


@permission_required("partnerships.view")
def platform_detail(request, iso3):
    """A State's National Mine Action Platform and its meetings. Public."""
    from ia_meetings import selectors as meetings

    state = _state(request, iso3)
    platform = selectors.platform_get(state=state)
    can_edit = request.user.has_perm("partnerships.edit_platform", state)
    return render(
        request,
        "partnerships/platform_detail.html",
        {
            "state": state,
            "platform": platform,
            "can_edit": can_edit,
            "cadence": platform and selectors.platform_cadence(platform=platform),
            "members": platform
            and selectors.platform_members_by_group(platform=platform),
            "show_cadence": can_edit or is_oversight(request.user),
            "meetings": meetings.country_meetings(
                state=state, user=request.user, kind="nmap"
            ),
            "member_form": PlatformMemberForm() if can_edit and platform else None,
        },
    )


@permission_required("partnerships.edit_platform", fn=_state)
def platform_edit(request, iso3):
    """Create or edit a State's NMAP. The State's focal points and the ISU."""
    state = _state(request, iso3)
    platform = selectors.platform_get(state=state)
    form = PlatformForm(
        request.POST or None,
        instance=platform,
        initial={"version": platform.version if platform else None},
    )
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            services.platform_save(
                state=state,
                actor=request.user,
                data=form.cleaned_data,
                expected_version=form.cleaned_data["version"] if platform else None,
            )
        except services.EditConflict as exc:
            form.add_error(None, str(exc))
            conflict = exc.current
            form_keep_input_after_conflict(form, conflict)
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "National Mine Action Platform saved.")
            return redirect("partnerships:platform", iso3=state.iso3)
    return render(
        request,
        "partnerships/platform_form.html",
        {"state": state, "platform": platform, "form": form, "conflict": conflict},
    )


@require_POST
@permission_required("partnerships.edit_platform", fn=_state)
def platform_member_add(request, iso3):
    state = _state(request, iso3)
    platform = get_object_or_404(selectors.Platform, state=state)
    form = PlatformMemberForm(request.POST)
    if form.is_valid():
        try:
            services.platform_member_add(
                platform=platform, actor=request.user, **form.cleaned_data
            )
        except ServiceError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"{form.cleaned_data['name']} added.")
    else:
        errors = "; ".join(e for errs in form.errors.values() for e in errs)
        messages.error(request, f"Member not added: {errors}")
    return redirect(reverse("partnerships:platform", args=[state.iso3]) + "#members")


@require_POST
@permission_required("partnerships.edit_platform", fn=_state)
def platform_member_remove(request, iso3, pk):
    state = _state(request, iso3)
    member = get_object_or_404(PlatformMember, pk=pk, platform__state=state)
    services.platform_member_remove(member=member, actor=request.user)
    messages.success(request, f"{member.name} removed.")
    return redirect(reverse("partnerships:platform", args=[state.iso3]) + "#members")
