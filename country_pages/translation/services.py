"""Every write to a country page's translations: the original language, the
drafts of sections and needs in another language, and their publish."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.effects import on_commit
from portal.services import ServiceError, audit_record, field_changes, versioned_update

from ..models import (
    CountryPage,
    Need,
    NeedTranslation,
    PageRevision,
    PageSectionTranslation,
    PageTranslation,
    SectionKey,
    StateParty,
)
from ..services import country_page_cache_drop, page_translation_touch
from .selectors import translation_snapshot
from .texts import (
    NEED_TEXT_FIELDS,
    language_label,
    page_original_language,
    translation_languages,
)


def _check_language(*, state: StateParty, language: str) -> None:
    original = page_original_language(state=state)
    if language not in translation_languages(original=original):
        raise ServiceError(
            _("%(language)s is not a language this page can be translated into.")
            % {"language": language_label(language)}
        )


@transaction.atomic
def page_original_language_set(
    *, state: StateParty, user, language: str
) -> CountryPage:
    """The State says which language its page is written in.

    Refused when the page already has a version in that language: the
    original and a translation cannot be the same language.
    """
    if language not in translation_languages(original=""):
        raise ServiceError(_("That language is not offered."))
    page, _created = CountryPage.objects.select_for_update().get_or_create(state=state)
    if page.original_language == language:
        return page
    has_version = (
        PageSectionTranslation.objects.filter(state=state, language=language).exists()
        or NeedTranslation.objects.filter(need__state=state, language=language).exists()
    )
    if has_version:
        raise ServiceError(
            _(
                "The page already has a version in %(language)s; the original "
                "cannot be in the same language as a translation."
            )
            % {"language": language_label(language)}
        )
    before = page.original_language
    page.original_language = language
    page.save(update_fields=["original_language"])
    state._original_language = language
    audit_record(
        actor=user,
        action="country_page.original_language",
        summary=f"{state.name}: original language {before} → {language}",
        target=state,
        changes={"original_language": (before, language)},
    )
    on_commit(country_page_cache_drop, state=state)
    return page


@transaction.atomic
def page_section_translation_save(
    *,
    state: StateParty,
    key: str,
    language: str,
    user,
    content: dict,
    expected_version: int,
) -> PageSectionTranslation:
    """Save the draft of one section in `language`, refusing it if someone
    saved it in between (EditConflict)."""
    _check_language(state=state, language=language)
    if key not in SectionKey.values:
        raise ServiceError(_("There is no such section."))
    section, _created = PageSectionTranslation.objects.get_or_create(
        state=state, key=key, language=language
    )
    saved = versioned_update(
        section,
        expected_version=expected_version,
        values={"content": content},
        actor=user,
    )
    page_translation_touch(state=state, language=language)
    return saved


@transaction.atomic
def need_translation_save(
    *,
    need: Need,
    language: str,
    user,
    expected_version: int,
    title: str,
    description: str,
    age_gender_considerations: str,
) -> NeedTranslation:
    """Save a need's texts in `language`.

    Like the need, a translation is a draft until its language's version of
    the page is published, and changes show at once after that.
    """
    _check_language(state=need.state, language=language)
    row, _created = NeedTranslation.objects.get_or_create(need=need, language=language)
    values = {
        "title": title,
        "description": description,
        "age_gender_considerations": age_gender_considerations,
    }
    changes = field_changes(row, values)
    saved = versioned_update(
        row,
        expected_version=expected_version,
        values=values,
        actor=user,
    )
    page_translation_touch(state=need.state, language=language)
    if saved.is_published:
        on_commit(country_page_cache_drop, state=need.state)
    audit_record(
        actor=user,
        action="need.translate",
        summary=f"{need.state.name}: {need.title} ({language})",
        target=need,
        changes=changes,
    )
    return saved


@transaction.atomic
def page_translation_publish(
    *,
    state: StateParty,
    language: str,
    user,
    note: str = "",
    expected_draft_version: int | None = None,
) -> PageRevision:
    """Publish the translation's drafts as a revision of its own.

    Numbers run on from the page's revisions. Refused when nothing changed
    since the last publish in this language, or when the draft changed since
    its author looked at it.
    """
    _check_language(state=state, language=language)
    translation, _created = PageTranslation.objects.get_or_create(
        state=state, language=language
    )
    CountryPage.objects.get_or_create(state=state)
    # The page's row is the lock every publish takes, so numbers never clash.
    CountryPage.objects.select_for_update().get(state=state)
    translation = PageTranslation.objects.select_for_update().get(pk=translation.pk)
    if (
        expected_draft_version is not None
        and translation.draft_version != expected_draft_version
    ):
        raise ServiceError(
            _(
                "The draft changed while you were looking at it: someone saved a "
                "section, need or map. Review the draft below, then publish again."
            )
        )
    snapshot = translation_snapshot(state=state, language=language)
    if not any(
        any(str(v).strip() for v in section["content"].values())
        for section in snapshot["sections"].values()
    ) and not any(
        any(need[name].strip() for name in NEED_TEXT_FIELDS)
        for need in snapshot["needs"]
    ):
        raise ServiceError(
            _("Nothing is translated yet: translate a section or a need first.")
        )
    if (
        translation.published_revision_id
        and PageRevision.objects.get(pk=translation.published_revision_id).snapshot
        == snapshot
    ):
        raise ServiceError(
            _("Nothing has changed since this version was last published.")
        )
    latest = (
        PageRevision.objects.filter(state=state).order_by("-number").only("number")
    ).first()
    now = timezone.now()
    revision = PageRevision.objects.create(
        state=state,
        number=(latest.number + 1) if latest else 1,
        snapshot=snapshot,
        created_by=user,
        note=note.strip(),
        language=language,
    )
    translation.published_revision = revision
    translation.published_at = now
    translation.save(update_fields=["published_revision", "published_at"])
    NeedTranslation.objects.filter(
        need__state=state, language=language, is_published=False
    ).update(is_published=True, published_at=now)
    audit_record(
        actor=user,
        action="country_page.publish",
        summary=f"{state.name}: revision {revision.number} published ({language})",
        target=state,
        data={"revision": revision.number, "language": language},
    )
    on_commit(country_page_cache_drop, state=state)
    return revision
