from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from portal.caching import anonymous_cacheable, cache_page_content, cached_page
from portal.permissions import permission_required
from portal.services import ServiceError

from . import selectors, services
from .filters import StatePartyFilter
from .forms import (
    SECTION_FORMS,
    FocalPointAssignForm,
    NeedForm,
    PageMapForm,
    PublishForm,
    ResourceLinkFormSet,
    StateStatusForm,
)
from .models import FocalPointAssignment, Need, PageMap, SectionKey, StateParty


def state_from_iso3(request, iso3, **kwargs):
    """The State of the address; looked up once per request (permission and view)."""
    state = getattr(request, "_country_state", None)
    if state is None or state.iso3 != iso3.upper():
        state = get_object_or_404(StateParty, iso3=iso3.upper())
        request._country_state = state
    return state


def index(request):
    """The index of States Parties, filtered by region and remaining obligations,
    with which have an IA platform and when each page was last published. Public.
    """
    from ia_meetings.selectors import states_with_ia_platform

    state_filter = StatePartyFilter(request.GET, queryset=selectors.state_index())
    return render(
        request,
        "country_pages/stateparty_list.html",
        {
            "filter": state_filter,
            "states": state_filter.qs,
            "ia_states": states_with_ia_platform(),
        },
    )


def detail(request, iso3):
    """A State's country page: its published revision, needs and maps. Public.

    Anonymous readers get a cached rendering, dropped when the State publishes.
    """
    cacheable = anonymous_cacheable(request)
    # Only an existing State's page is ever stored, so the address alone finds
    # it: a cached page costs no query.
    key = services.country_page_cache_key(iso3)
    if cacheable and (cached := cached_page(key)) is not None:
        return cached
    state = state_from_iso3(request, iso3)
    response = render(
        request,
        "country_pages/stateparty_detail.html",
        {
            "state": state,
            "following": selectors.is_following(user=request.user, state=state),
            **selectors.country_page_public(state=state, user=request.user),
        },
    )
    if cacheable:
        cache_page_content(key, response)
    return response


@require_POST
@permission_required("country_pages.follow_country")
def follow(request, iso3):
    """Follow or stop following a State. Any signed-in person."""
    state = state_from_iso3(request, iso3)
    if request.POST.get("action") == "unfollow":
        services.country_unfollow(user=request.user, state=state)
        messages.success(request, f"You no longer follow {state.name}.")
    else:
        services.country_follow(user=request.user, state=state)
        messages.success(
            request,
            f"You follow {state.name}: you will be e-mailed about new needs "
            "and meetings.",
        )
    return redirect(state)


@permission_required("country_pages.maintain_status", fn=state_from_iso3)
def status_edit(request, iso3):
    """The ISU maintains a State's reference data and implementation status."""
    state = state_from_iso3(request, iso3)
    form = StateStatusForm(request.POST or None, instance=state)
    if request.method == "POST" and form.is_valid():
        try:
            services.state_status_update(
                state=StateParty.objects.get(pk=state.pk),
                actor=request.user,
                data=form.cleaned_data,
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Status of {state.name} saved.")
            return redirect(state)
    return render(
        request,
        "country_pages/stateparty_status_form.html",
        {"state": state, "form": form},
    )


@permission_required("country_pages.assign_focal_points")
def focal_points(request):
    """Focal point assignments, and a form to add one. ISU staff only."""
    form = FocalPointAssignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.focal_point_assign(
                user=form.cleaned_data["user"],
                state=form.cleaned_data["state"],
                actor=request.user,
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                f"{form.cleaned_data['user']} is now focal point of "
                f"{form.cleaned_data['state']}.",
            )
            return redirect("country_pages:focal_points")
    return render(
        request,
        "country_pages/focalpointassignment_list.html",
        {"form": form, "assignments": selectors.focal_point_assignment_list()},
    )


@require_POST
@permission_required("country_pages.assign_focal_points")
def focal_point_remove(request, pk):
    assignment = get_object_or_404(
        FocalPointAssignment.objects.select_related("user", "state"), pk=pk
    )
    services.focal_point_unassign(assignment=assignment, actor=request.user)
    messages.success(
        request, f"{assignment.user} is no longer focal point of {assignment.state}."
    )
    return redirect("country_pages:focal_points")


# --- Editing a country page ----------------------------------------------------


@permission_required("country_pages.edit_page", fn=state_from_iso3)
def edit(request, iso3):
    """The editor's overview of a State's page: sections, needs, maps, publish.

    The State's focal points and the ISU.
    """
    state = state_from_iso3(request, iso3)
    overview = selectors.page_editor_overview(state=state)
    page = overview["page"]
    publish_form = PublishForm(
        initial={"draft_version": page.draft_version if page else 0}
    )
    return render(
        request,
        "country_pages/countrypage_edit.html",
        {"state": state, "publish_form": publish_form, **overview},
    )


def _section_key(key):
    if key not in SectionKey.values:
        raise Http404("No such section.")
    return key


@permission_required("country_pages.edit_page", fn=state_from_iso3)
def section_edit(request, iso3, key):
    """Edit the draft of one section, with a preview. Focal points and the ISU.

    A save that would overwrite someone else's newer save is refused and both
    versions are shown.
    """
    state = state_from_iso3(request, iso3)
    key = _section_key(key)
    form_class = SECTION_FORMS[key]
    section = selectors.page_section_get(state=state, key=key)
    has_links = key == SectionKey.RESOURCES
    conflict = None
    preview = None
    if request.method == "POST":
        form = form_class(request.POST)
        links = ResourceLinkFormSet(request.POST, prefix="links") if has_links else None
        valid = form.is_valid() and (links is None or links.is_valid())
        if valid:
            content = form.content()
            if has_links:
                content["links"] = [
                    {k: f.cleaned_data[k] for k in ("kind", "title", "url")}
                    for f in links.forms
                    if f.cleaned_data and not f.cleaned_data.get("DELETE")
                ]
            if "preview" in request.POST:
                preview = selectors.page_sections_build(
                    state=state,
                    sections={key: {"visible": True, "content": content}},
                    needs=[],
                    maps=[],
                    user=request.user,
                )
            else:
                try:
                    services.page_section_save(
                        state=state,
                        key=key,
                        user=request.user,
                        is_visible=form.cleaned_data["is_visible"],
                        content=content,
                        expected_version=form.cleaned_data["version"],
                    )
                except services.EditConflict as exc:
                    conflict = exc.current
                    form = _rebind_with_version(
                        form_class, request.POST, conflict.version
                    )
                    form.add_error(None, str(exc))
                else:
                    messages.success(
                        request,
                        f"“{SectionKey(key).label}” saved as a draft. Publish the "
                        "page to make it public.",
                    )
                    return redirect("country_pages:edit", iso3=state.iso3)
    else:
        form = form_class(
            initial={
                **section.content,
                "is_visible": section.is_visible,
                "version": section.version,
            }
        )
        links = (
            ResourceLinkFormSet(
                initial=section.content.get("links", []), prefix="links"
            )
            if has_links
            else None
        )
    return render(
        request,
        "country_pages/pagesection_form.html",
        {
            "state": state,
            "key": key,
            "title": SectionKey(key).label,
            "form": form,
            "links": links,
            "section": section,
            "preview": preview,
            "conflict": conflict,
            "conflict_fields": _conflict_fields(form_class, conflict, links)
            if conflict
            else None,
        },
    )


def _rebind_with_version(form_class, data, version):
    """The editor's own input, now carrying the saved version.

    Saving again after reading the other version replaces it on purpose.
    """
    data = data.copy()
    data["version"] = version
    form = form_class(data)
    form.is_valid()
    return form


def _conflict_fields(form_class, current, links):
    """The saved (other person's) values beside the labels, for the conflict box."""
    rows = [
        ("Shown on the page", "yes" if current.is_visible else "no"),
    ]
    for name, field in form_class.content_fields():
        value = current.content.get(name)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        rows.append((field.label, value or ""))
    if links is not None:
        rows.append(
            (
                "Links",
                "\n".join(
                    f"{link.get('title')} — {link.get('url')}"
                    for link in current.content.get("links", [])
                ),
            )
        )
    return rows


@permission_required("country_pages.view_draft", fn=state_from_iso3)
def preview(request, iso3):
    """The whole draft page as it will look once published.

    Focal points of the State, the ISU and the committee.
    """
    state = state_from_iso3(request, iso3)
    return render(
        request,
        "country_pages/countrypage_preview.html",
        {
            "state": state,
            **selectors.country_page_draft(state=state, user=request.user),
        },
    )


@require_POST
@permission_required("country_pages.publish_page", fn=state_from_iso3)
def publish(request, iso3):
    """Publish the draft as a new revision. Focal points of the State and the ISU."""
    state = state_from_iso3(request, iso3)
    form = PublishForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Publish from the editor's page, after reviewing it.")
        return redirect("country_pages:edit", iso3=state.iso3)
    try:
        revision = services.country_page_publish(
            state=state,
            user=request.user,
            note=form.cleaned_data["note"],
            expected_draft_version=form.cleaned_data["draft_version"],
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
        return redirect("country_pages:edit", iso3=state.iso3)
    messages.success(
        request, f"Published: revision {revision.number} of {state.name}'s page."
    )
    return redirect(state)


def _need_for_state(request, iso3, pk):
    return get_object_or_404(
        Need.objects.select_related("state", "updated_by"),
        pk=pk,
        state__iso3=iso3.upper(),
    )


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


@permission_required("country_pages.edit_page", fn=_need_for_state)
def need_edit(request, iso3, pk):
    """Change a need; a conflicting save shows both versions.

    Focal points of the State and the ISU.
    """
    need = _need_for_state(request, iso3, pk)
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
@permission_required("country_pages.edit_page", fn=_need_for_state)
def need_delete(request, iso3, pk):
    """Remove a need from the page. Focal points of the State and the ISU."""
    need = _need_for_state(request, iso3, pk)
    try:
        services.need_delete(need=need, user=request.user)
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Need “{need.title}” removed.")
    return redirect("country_pages:edit", iso3=need.state.iso3)


@permission_required("country_pages.edit_page", fn=state_from_iso3)
def map_add(request, iso3):
    """Upload a map (PNG, JPEG or GeoJSON). Focal points of the State and the ISU."""
    state = state_from_iso3(request, iso3)
    form = PageMapForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        services.page_map_add(state=state, user=request.user, form=form)
        messages.success(
            request,
            f"Map “{form.cleaned_data['title']}” added. It becomes public when you "
            "publish the page.",
        )
        return redirect("country_pages:edit", iso3=state.iso3)
    return render(
        request, "country_pages/pagemap_form.html", {"state": state, "form": form}
    )


def _map_for_state(request, iso3, pk):
    return get_object_or_404(
        PageMap.objects.select_related("state"), pk=pk, state__iso3=iso3.upper()
    )


@require_POST
@permission_required("country_pages.edit_page", fn=_map_for_state)
def map_delete(request, iso3, pk):
    """Remove a map from the page. Focal points of the State and the ISU."""
    page_map = _map_for_state(request, iso3, pk)
    services.page_map_delete(page_map=page_map, user=request.user)
    messages.success(request, f"Map “{page_map.title}” removed.")
    return redirect("country_pages:edit", iso3=page_map.state.iso3)


def map_file(request, iso3, pk):
    """A map's file: public once published; before that, for those who see drafts."""
    page_map = _map_for_state(request, iso3, pk)
    if not page_map.is_published and not request.user.has_perm(
        "country_pages.view_draft", page_map.state
    ):
        if not request.user.is_authenticated:
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        raise Http404("No such map.")
    try:
        handle = page_map.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404("The map file is missing.") from exc
    response = FileResponse(handle, content_type=page_map.content_type)
    response["Content-Disposition"] = (
        f'inline; filename="{page_map.state.iso3}-map-{page_map.pk}.'
        f'{page_map.extension}"'
    )
    return response


# --- History ----------------------------------------------------------------


@permission_required("country_pages.view_history", fn=state_from_iso3)
def history(request, iso3):
    """The revisions of a State's page, newest first.

    Focal points of the State, the ISU and the committee.
    """
    state = state_from_iso3(request, iso3)
    page = Paginator(selectors.page_revision_list(state=state), 25).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "country_pages/pagerevision_list.html",
        {"state": state, "page": page, "revisions": page.object_list},
    )


def _revision(state, number):
    try:
        return selectors.page_revision_get(state=state, number=number)
    except (ValueError, TypeError) as exc:
        raise Http404("No such revision.") from exc
    except selectors.PageRevision.DoesNotExist as exc:
        raise Http404("No such revision.") from exc


@permission_required("country_pages.view_history", fn=state_from_iso3)
def revision(request, iso3, number):
    """One revision of the page as it was published.

    Focal points of the State, the ISU and the committee.
    """
    state = state_from_iso3(request, iso3)
    rev = _revision(state, number)
    needs = selectors.snapshot_needs(rev.snapshot)
    return render(
        request,
        "country_pages/pagerevision_detail.html",
        {
            "state": state,
            "revision": rev,
            "sections": selectors.page_sections_build(
                state=state,
                sections=rev.snapshot.get("sections", {}),
                needs=needs,
                maps=[],
                user=request.user,
            ),
        },
    )


@permission_required("country_pages.view_history", fn=state_from_iso3)
def compare(request, iso3):
    """The difference between two revisions, or a revision and the current draft.

    Focal points of the State, the ISU and the committee.
    """
    state = state_from_iso3(request, iso3)
    numbers = list(
        selectors.page_revision_list(state=state).values_list("number", flat=True)
    )
    if not numbers:
        messages.info(request, "The page has not been published yet.")
        return redirect("country_pages:history", iso3=state.iso3)
    to = request.GET.get("to") or str(numbers[0])
    default_from = numbers[1] if len(numbers) > 1 and to != "draft" else numbers[0]
    old_number = request.GET.get("from") or str(default_from)
    old = _revision(state, old_number)
    if to == "draft":
        from .services import page_snapshot

        new_snapshot, new_label = page_snapshot(state=state), "the current draft"
    else:
        new = _revision(state, to)
        new_snapshot, new_label = new.snapshot, f"revision {new.number}"
    return render(
        request,
        "country_pages/pagerevision_compare.html",
        {
            "state": state,
            "old": old,
            "new_label": new_label,
            "to": to,
            "numbers": numbers,
            "changes": selectors.page_revision_diff(old=old.snapshot, new=new_snapshot),
        },
    )


@require_POST
@permission_required("country_pages.restore_revision", fn=state_from_iso3)
def restore(request, iso3, number):
    """Restore a revision's sections as the new draft.

    Focal points of the State and the ISU.
    """
    state = state_from_iso3(request, iso3)
    rev = _revision(state, number)
    services.page_revision_restore(revision=rev, user=request.user)
    messages.success(
        request,
        f"Revision {rev.number} restored as the draft. Review it, then publish.",
    )
    return redirect(reverse("country_pages:edit", kwargs={"iso3": state.iso3}))
