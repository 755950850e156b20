"""Editing a country page in other languages: the original language, and each
translation's overview, sections, needs, preview and publish."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.editing import conflict_context
from portal.permissions import permission_required
from portal.services import EditConflict, ServiceError

from .. import selectors
from ..forms import (
    NeedTranslationForm,
    OriginalLanguageForm,
    PublishForm,
    section_text_fields,
    section_translation_form,
)
from ..models import NeedTranslation, PageSectionTranslation, SectionKey
from ..translation import services
from ..translation.selectors import translation_overview
from ..translation.texts import (
    NEED_TEXT_FIELDS,
    language_in_sentence,
    language_label,
    page_original_language,
    translation_languages,
)
from .lookups import need_for_state, state_from_iso3


def _translation_language(state, language) -> str:
    """The language of the address, if the page can be translated into it."""
    original = page_original_language(state=state)
    if language not in translation_languages(original=original):
        raise Http404("No such translation.")
    return language


def _language_context(state, language) -> dict:
    original = page_original_language(state=state)
    return {
        "state": state,
        "language": language,
        "language_name": language_label(language),
        "language_in_sentence": language_in_sentence(language),
        "original_language": original,
        "original_name": language_label(original),
    }


@require_POST
@permission_required("country_pages.edit_page", fn=state_from_iso3)
def original_language(request, iso3):
    """Say which language the page is written in. Focal points and the ISU."""
    state = state_from_iso3(request, iso3)
    form = OriginalLanguageForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the languages offered."))
        return redirect("country_pages:edit", iso3=state.iso3)
    try:
        services.page_original_language_set(
            state=state, user=request.user, language=form.cleaned_data["language"]
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            _("The page is written in %(language)s.")
            % {"language": language_in_sentence(form.cleaned_data["language"])},
        )
    return redirect("country_pages:edit", iso3=state.iso3)


@permission_required("country_pages.edit_page", fn=state_from_iso3)
def translation_edit(request, iso3, language):
    """A translation of the page: its sections and needs, and its publish.

    The State's focal points and the ISU.
    """
    state = state_from_iso3(request, iso3)
    language = _translation_language(state, language)
    overview = translation_overview(state=state, language=language, user=request.user)
    translation = overview["translation"]
    publish_form = PublishForm(
        initial={"draft_version": translation.draft_version if translation else 0}
    )
    return render(
        request,
        "country_pages/pagetranslation_edit.html",
        {
            **_language_context(state, language),
            **overview,
            "publish_form": publish_form,
        },
    )


@permission_required("country_pages.edit_page", fn=state_from_iso3)
def section_translation_edit(request, iso3, language, key):
    """One section's text in another language, beside the original's.

    The State's focal points and the ISU. A save that would overwrite someone
    else's newer save is refused and both versions are shown.
    """
    state = state_from_iso3(request, iso3)
    language = _translation_language(state, language)
    if key not in SectionKey.values or not section_text_fields(key):
        raise Http404("No such section.")
    form_class = section_translation_form(key, language=language)
    draft = (
        PageSectionTranslation.objects.select_related("updated_by")
        .filter(state=state, key=key, language=language)
        .first()
    ) or PageSectionTranslation(state=state, key=key, language=language)
    original = selectors.page_section_get(state=state, key=key).content
    conflict = {}
    if request.method == "POST":
        form = form_class(request.POST)
        if form.is_valid():
            try:
                services.page_section_translation_save(
                    state=state,
                    key=key,
                    language=language,
                    user=request.user,
                    content=form.content(),
                    expected_version=form.cleaned_data["version"],
                )
            except EditConflict as exc:
                conflict = conflict_context(
                    form, exc, fields=form.saved_fields(exc.current)
                )
            except ServiceError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    _(
                        "“%(section)s” in %(language)s saved as a draft. Publish "
                        "this version to make it public."
                    )
                    % {
                        "section": SectionKey(key).label,
                        "language": language_in_sentence(language),
                    },
                )
                return redirect(
                    "country_pages:translation_edit", iso3=state.iso3, language=language
                )
    else:
        form = form_class(initial={**draft.content, "version": draft.version})
    return render(
        request,
        "country_pages/pagesectiontranslation_form.html",
        {
            **_language_context(state, language),
            "key": key,
            "title": SectionKey(key).label,
            "section": draft,
            "form": form,
            "rows": [
                (form[name], original.get(name, ""))
                for name, _field in form.fields.items()
                if name != "version"
            ],
            **conflict,
        },
    )


@permission_required("country_pages.edit_page", fn=need_for_state)
def need_translation_edit(request, iso3, language, pk):
    """A need's texts in another language, beside the original's.

    The State's focal points and the ISU.
    """
    need = need_for_state(request, iso3, pk)
    state = need.state
    language = _translation_language(state, language)
    row = _need_translation(need, language)
    form = NeedTranslationForm(request.POST or None, instance=row, language=language)
    conflict = {}
    if request.method == "POST" and form.is_valid():
        try:
            services.need_translation_save(
                need=need,
                language=language,
                user=request.user,
                expected_version=form.expected_version,
                **form.values(),
            )
        except EditConflict as exc:
            conflict = conflict_context(form, exc)
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _("Need “%(title)s” in %(language)s saved.")
                % {"title": need.title, "language": language_in_sentence(language)},
            )
            return redirect(
                "country_pages:translation_edit", iso3=state.iso3, language=language
            )
    return render(
        request,
        "country_pages/needtranslation_form.html",
        {
            **_language_context(state, language),
            "need": need,
            "translation": row,
            "form": form,
            "rows": [(form[name], getattr(need, name)) for name in NEED_TEXT_FIELDS],
            **conflict,
        },
    )


def _need_translation(need, language) -> NeedTranslation:
    """The need's saved translation, or a new one (version 0) to start."""
    return NeedTranslation.objects.select_related("updated_by").filter(
        need=need, language=language
    ).first() or NeedTranslation(need=need, language=language)


@permission_required("country_pages.view_draft", fn=state_from_iso3)
def translation_preview(request, iso3, language):
    """The page as it will read in `language` once this version is published.

    Focal points of the State, the ISU and the committee.
    """
    state = state_from_iso3(request, iso3)
    language = _translation_language(state, language)
    return render(
        request,
        "country_pages/countrypage_preview.html",
        {
            **_language_context(state, language),
            **selectors.country_page_draft(
                state=state, user=request.user, language=language
            ),
        },
    )


@require_POST
@permission_required("country_pages.publish_page", fn=state_from_iso3)
def translation_publish(request, iso3, language):
    """Publish a translation as a revision of its own.

    Focal points of the State and the ISU.
    """
    state = state_from_iso3(request, iso3)
    language = _translation_language(state, language)
    back = redirect(
        "country_pages:translation_edit", iso3=state.iso3, language=language
    )
    form = PublishForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, _("Publish from the editor's page, after reviewing it.")
        )
        return back
    try:
        revision = services.page_translation_publish(
            state=state,
            language=language,
            user=request.user,
            note=form.cleaned_data["note"],
            expected_draft_version=form.cleaned_data["draft_version"],
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
        return back
    messages.success(
        request,
        _("Published: revision %(number)s of %(state)s's page, in %(language)s.")
        % {
            "number": revision.number,
            "state": state.local_name,
            "language": language_in_sentence(language),
        },
    )
    return back
