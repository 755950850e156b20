"""Reads of a country page's translations: the editor's overview, what a
translation's publish stores, and how a revision reads."""

from django.conf import settings

from ..forms import section_text_fields
from ..models import (
    CountryPage,
    NeedTranslation,
    PageRevision,
    PageSectionTranslation,
    PageTranslation,
    SectionKey,
    StateParty,
)
from ..selectors import need_list_visible, page_snapshot, snapshot_needs
from .texts import (
    NEED_TEXT_FIELDS,
    has_text,
    need_translations_prefetch,
    sections_in_language,
    translation_draft_sections,
)


def translation_overview(*, state: StateParty, language: str, user) -> dict:
    """For a translation's editing page: each section's original and draft,
    each need and its translation, and what is published in the language."""
    translation = (
        PageTranslation.objects.select_related("published_revision__created_by")
        .filter(state=state, language=language)
        .first()
    )
    drafts = {
        row.key: row
        for row in PageSectionTranslation.objects.select_related("updated_by").filter(
            state=state, language=language
        )
    }
    original = page_snapshot(state=state)["sections"]
    sections = []
    for key, title in SectionKey.choices:
        if not section_text_fields(key):
            continue
        draft = drafts.get(key)
        sections.append(
            {
                "key": key,
                "title": title,
                "draft": draft,
                "original_has_text": has_text(original[key]["content"]),
                "translated": bool(draft and has_text(draft.content)),
            }
        )
    needs = list(
        need_list_visible(state=state, user=user).prefetch_related(
            need_translations_prefetch(language=language, published_only=False)
        )
    )
    for need in needs:
        need.translation = need.language_rows[0] if need.language_rows else None
    return {
        "translation": translation,
        "sections": sections,
        "needs": needs,
    }


def page_revision_previous_numbers(
    *, state: StateParty, revisions: list[tuple[int, str]] | None = None
) -> dict[int, int]:
    """{revision number: the number of the revision before it in its language}.

    `revisions`, (number, language) pairs, saves the query when the caller
    has them."""
    if revisions is None:
        revisions = PageRevision.objects.filter(state=state).values_list(
            "number", "language"
        )
    previous, last = {}, {}
    for number, language in sorted(revisions):
        if language in last:
            previous[number] = last[language]
        last[language] = number
    return previous


def page_revision_content(*, revision: PageRevision):
    """A revision's sections, needs and their languages, to show it.

    A translation's revision is shown over the original as published now.
    """
    if not revision.language:
        return (
            revision.snapshot.get("sections", {}),
            snapshot_needs(revision.snapshot),
            {},
        )
    page = (
        CountryPage.objects.select_related("published_revision")
        .filter(state=revision.state)
        .first()
    )
    original = (
        page.published_revision.snapshot if page and page.published_revision else {}
    )
    translated = {
        key: section.get("content", {})
        for key, section in revision.snapshot.get("sections", {}).items()
    }
    sections, languages = sections_in_language(
        original.get("sections", {}),
        translated,
        language=revision.language,
        original_language=page.original_language if page else settings.LANGUAGE_CODE,
    )
    needs = snapshot_needs(original)
    texts = {row["id"]: row for row in revision.snapshot.get("needs", [])}
    for need in needs:
        for name, value in texts.get(need.pk, {}).items():
            if name != "id" and value:
                setattr(need, name, value)
    return sections, needs, languages


def translation_snapshot(*, state: StateParty, language: str) -> dict:
    """The translation's drafts as plain JSON: what its publish stores."""
    needs = (
        NeedTranslation.objects.filter(need__state=state, language=language)
        .select_related("need")
        .order_by("need__theme", "need__title", "need_id")
    )
    return {
        "language": language,
        "sections": {
            key: {"visible": True, "content": content}
            for key, content in sorted(
                translation_draft_sections(state=state, language=language).items()
            )
        },
        "needs": [
            {
                "id": row.need_id,
                **{name: getattr(row, name) for name in NEED_TEXT_FIELDS},
            }
            for row in needs
        ],
    }
