"""Which text a reader gets: a section or need in their language where the
State translated it, otherwise the original with a note."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from ..models import (
    CountryPage,
    Need,
    NeedTranslation,
    PageSectionTranslation,
    PageTranslation,
    SectionKey,
    StateParty,
)

# Language names as they read inside a sentence ("not available in French"):
# lower case in French and Spanish, with the article in Arabic.
LANGUAGE_IN_SENTENCE = {
    "en": pgettext_lazy("language name inside a sentence", "English"),
    "fr": pgettext_lazy("language name inside a sentence", "French"),
    "es": pgettext_lazy("language name inside a sentence", "Spanish"),
    "ar": pgettext_lazy("language name inside a sentence", "Arabic"),
}

# The texts of a need that a translation carries.
NEED_TEXT_FIELDS = ("title", "description", "age_gender_considerations")


def language_in_sentence(code: str) -> str:
    return str(LANGUAGE_IN_SENTENCE.get(code, code))


def language_label(code: str) -> str:
    """A language's own name, as the switcher shows it ("Français")."""
    return dict(settings.LANGUAGES).get(code, code)


def page_original_language(*, state: StateParty) -> str:
    """The language the State writes its page in (English until it says)."""
    language = getattr(state, "_original_language", None)
    if language is None:
        language = (
            CountryPage.objects.filter(state=state)
            .values_list("original_language", flat=True)
            .first()
        ) or settings.LANGUAGE_CODE
        state._original_language = language
    return language


def translation_languages(*, original: str) -> list[str]:
    """The languages a page may be translated into: every other one offered."""
    return [code for code, _name in settings.LANGUAGES if code != original]


@dataclass
class TextLanguage:
    """The language a section's or need's text is shown in, and the note that
    tells the reader when it is not theirs."""

    lang: str
    note: str = ""


def _texts(content: dict) -> dict:
    return {
        name: value
        for name, value in (content or {}).items()
        if isinstance(value, str) and value.strip()
    }


def has_text(content: dict) -> bool:
    return bool(_texts(content))


def fallback_note(*, wanted: str, shown: str, partly: bool = False) -> str:
    if partly:
        return _("Partly available in %(wanted)s; the rest is shown in %(shown)s.") % {
            "wanted": language_in_sentence(wanted),
            "shown": language_in_sentence(shown),
        }
    return _("Not available in %(wanted)s; shown in %(shown)s.") % {
        "wanted": language_in_sentence(wanted),
        "shown": language_in_sentence(shown),
    }


def content_in_language(
    original: dict, translated: dict | None, *, language: str, original_language: str
) -> tuple[dict, TextLanguage]:
    """One section's (or need's) texts in `language` where it has them.

    A translated field replaces the original's; a field the translation left
    empty keeps the original's, and the note says so. Fields that are not text
    (figures, goals, links) are always the original's.
    """
    original = original or {}
    if language == original_language:
        return original, TextLanguage(original_language)
    texts = _texts(translated or {})
    if not texts:
        has_text = bool(_texts(original))
        note = (
            fallback_note(wanted=language, shown=original_language) if has_text else ""
        )
        return original, TextLanguage(original_language, note)
    missing = [name for name in _texts(original) if name not in texts]
    note = (
        fallback_note(wanted=language, shown=original_language, partly=True)
        if missing
        else ""
    )
    return {**original, **texts}, TextLanguage(language, note)


def sections_in_language(
    sections: dict, translated: dict, *, language: str, original_language: str
) -> tuple[dict, dict[str, TextLanguage]]:
    """Every section of a snapshot in `language` where the translation has text.

    `sections` is a revision's {key: {"visible", "content"}}; `translated` is
    {key: content} of the translation (its published revision, or its drafts).
    """
    shown, languages = {}, {}
    for key in SectionKey.values:
        section = sections.get(key, {"visible": True, "content": {}})
        content, text_language = content_in_language(
            section.get("content") or {},
            translated.get(key),
            language=language,
            original_language=original_language,
        )
        shown[key] = {**section, "content": content}
        if content is not (section.get("content") or {}):
            # The translation replaced some text: the original's stored HTML
            # no longer matches, so the page renders this section's Markdown
            # (bounded by the forms' maximum lengths).
            shown[key].pop("html", None)
        languages[key] = text_language
    return shown, languages


def translation_published_sections(*, state: StateParty, language: str) -> dict:
    """{section key: content} as last published in `language` ({} if never)."""
    translation = (
        PageTranslation.objects.select_related("published_revision")
        .filter(state=state, language=language)
        .first()
    )
    if translation is None or translation.published_revision is None:
        return {}
    return {
        key: section.get("content", {})
        for key, section in translation.published_revision.snapshot.get(
            "sections", {}
        ).items()
    }


def translation_draft_sections(*, state: StateParty, language: str) -> dict:
    """{section key: content} of the translation's drafts."""
    return {
        row.key: row.content
        for row in PageSectionTranslation.objects.filter(state=state, language=language)
    }


def need_translations_prefetch(*, language: str, published_only: bool = True):
    """Prefetch of each need's text in `language`, as `need.language_rows`."""
    rows = NeedTranslation.objects.filter(language=language)
    if published_only:
        rows = rows.filter(is_published=True)
    return Prefetch("translations", queryset=rows, to_attr="language_rows")


def need_in_language(
    need: Need, *, language: str, original_language: str
) -> TextLanguage:
    """Put `need`'s texts in `language` where its translation has them (the
    instance is for reading; nothing saves it). Needs read with
    need_translations_prefetch; returns the language shown and its note."""
    rows = getattr(need, "language_rows", None) or []
    translated = (
        {name: getattr(rows[0], name) for name in NEED_TEXT_FIELDS} if rows else None
    )
    original = {name: getattr(need, name) for name in NEED_TEXT_FIELDS}
    texts, text_language = content_in_language(
        original, translated, language=language, original_language=original_language
    )
    translated_texts = _texts(translated or {})
    for name in NEED_TEXT_FIELDS:
        setattr(need, name, texts.get(name, ""))
        if name in Need.markdown_fields and name in translated_texts:
            # The translation's HTML, rendered when it was saved.
            setattr(need, f"{name}_html", getattr(rows[0], f"{name}_html"))
    need.text_language = text_language
    return text_language


def needs_in_language(needs, *, language: str, original_language: str) -> list[Need]:
    needs = list(needs)
    for need in needs:
        need_in_language(need, language=language, original_language=original_language)
    return needs


# --- Lists of needs across States (the needs browser and its exports) -------------


def needs_with_languages(needs: QuerySet, *, language: str) -> QuerySet:
    """Needs of any State, each with its page's original language
    (`need.original_language`) and its published text in `language`."""
    return needs.annotate(
        original_language=Coalesce(
            "state__page__original_language", Value(settings.LANGUAGE_CODE)
        )
    ).prefetch_related(need_translations_prefetch(language=language))


def need_each_in_language(need: Need, *, language: str) -> Need:
    """A need read with needs_with_languages, in `language` where it has text
    (need.text_language says which language it is shown in)."""
    need_in_language(need, language=language, original_language=need.original_language)
    return need


def needs_each_in_language(needs, *, language: str) -> list[Need]:
    return [need_each_in_language(need, language=language) for need in needs]


def need_text_matches(word: str) -> Q:
    """A need whose texts contain `word`, in its original or in any published
    translation: a reader finds a need in whichever language they search."""
    translated = NeedTranslation.objects.filter(
        need=OuterRef("pk"), is_published=True
    ).filter(
        Q(title__icontains=word)
        | Q(description__icontains=word)
        | Q(age_gender_considerations__icontains=word)
    )
    return (
        Q(title__icontains=word)
        | Q(description__icontains=word)
        | Q(age_gender_considerations__icontains=word)
        | Q(Exists(translated))
    )
