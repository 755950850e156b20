"""Editing a country page: the overview, sections, preview and publish."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.editing import conflict_context
from portal.permissions import permission_required
from portal.services import EditConflict, ServiceError

from .. import selectors, services
from ..forms import (
    SECTION_FORMS,
    OriginalLanguageForm,
    PublishForm,
    ResourceLinkFormSet,
)
from ..models import SectionKey
from .lookups import state_from_iso3


@permission_required("country_pages.edit_page", fn=state_from_iso3)
def edit(request, iso3):
    """The editor's overview of a State's page: sections, needs, maps, publish.

    The State's focal points and the ISU.
    """
    state = state_from_iso3(request, iso3)
    overview = selectors.page_editor_overview(state=state, user=request.user)
    page = overview["page"]
    publish_form = PublishForm(
        initial={"draft_version": page.draft_version if page else 0}
    )
    language_form = OriginalLanguageForm(
        initial={"language": overview["original_language"]}
    )
    return render(
        request,
        "country_pages/countrypage_edit.html",
        {
            "state": state,
            "publish_form": publish_form,
            "language_form": language_form,
            **overview,
        },
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
    conflict = {}
    preview = None
    if request.method == "POST":
        form = form_class(request.POST)
        links = ResourceLinkFormSet(request.POST, prefix="links") if has_links else None
        if form.is_valid() and (links is None or links.is_valid()):
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
                except EditConflict as exc:
                    conflict = conflict_context(
                        form, exc, fields=form_class.saved_fields(exc.current)
                    )
                else:
                    messages.success(
                        request,
                        _(
                            "“%(section)s” saved as a draft. Publish the page to "
                            "make it public."
                        )
                        % {"section": SectionKey(key).label},
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
            **conflict,
        },
    )


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
        messages.error(
            request, _("Publish from the editor's page, after reviewing it.")
        )
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
        request,
        _("Published: revision %(number)s of %(state)s's page.")
        % {"number": revision.number, "state": state.local_name},
    )
    return redirect(state)
