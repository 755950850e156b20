"""Reads of States Parties and their needs that views and other apps share."""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, F, Q, QuerySet, Window
from django.db.models.functions import RowNumber
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from portal.diff import DiffPart, word_diff
from portal.exports import choice_labels
from portal.markdown import markdown_text
from portal.models import AuditEntry

from .models import (
    CountryFollow,
    CountryPage,
    FocalPointAssignment,
    Membership,
    Need,
    NeedStatus,
    NeedTheme,
    PageMap,
    PageRevision,
    PageSection,
    PageTranslation,
    Region,
    ResourceKind,
    SectionKey,
    StateParty,
    StockpileStatus,
    SustainableDevelopmentGoal,
)
from .reference.deadlines import article5_deadline_flag
from .reference.words import state_facts
from .registry import SECTION_LIST_LIMIT, section_parts
from .rules import focal_state_ids, page_items_visible_filter, states_visible_filter
from .translation.texts import (
    need_translations_prefetch,
    needs_in_language,
    sections_in_language,
    translation_draft_sections,
    translation_published_sections,
)


def states_for_focal_point(*, user) -> QuerySet[StateParty]:
    return StateParty.objects.filter(pk__in=focal_state_ids(user))


def focal_point_assignment_list() -> QuerySet[FocalPointAssignment]:
    return FocalPointAssignment.objects.select_related("user", "state", "assigned_by")


def need_list_for_state(*, state: StateParty, published_only: bool = True):
    """A State's published needs, by theme: what the public page and reports show."""
    qs = Need.objects.filter(state=state).order_by("theme", "title")
    if published_only:
        qs = qs.filter(is_published=True)
    return qs


def need_list_visible(*, state: StateParty, user) -> QuerySet[Need]:
    """A State's needs that `user` may read (rules: read_need), by theme.

    Drafts are included for those who read the State's drafts.
    """
    return (
        Need.objects.filter(state=state)
        .filter(page_items_visible_filter(user))
        .order_by("theme", "title")
    )


def map_list_visible(*, state: StateParty, user) -> QuerySet[PageMap]:
    """A State's maps that `user` may read (rules: read_map), oldest first."""
    return (
        PageMap.objects.filter(state=state)
        .filter(page_items_visible_filter(user))
        .select_related("state")
    )


def country_follower_emails(*, state: StateParty) -> list[str]:
    """The addresses of the active people who follow a State."""
    return list(
        CountryFollow.objects.filter(state=state, user__is_active=True).values_list(
            "user__email", flat=True
        )
    )


def is_following(*, user, state: StateParty) -> bool:
    return bool(
        user.is_authenticated
        and CountryFollow.objects.filter(user=user, state=state).exists()
    )


# --- Country pages -------------------------------------------------------------


@dataclass
class SectionView:
    """One section as a page shows it: its key, title and what to render."""

    key: str
    title: str
    content: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)
    # The language of the section's text, and a note when it is not the
    # reader's (country_pages.translation).
    lang: str = ""
    note: str = ""


def _has_text(content: dict) -> bool:
    return any(value not in (None, "", [], {}) for value in content.values())


# Filled by the apps above (country_pages.registry); they say so when empty.
CONTRIBUTED_SECTIONS = (SectionKey.IA, SectionKey.PARTNERSHIPS)
# The sections of the published page that every reader sees alike (the status
# section shows its editors their links; the IA section lists the meetings
# each reader may read).
SHARED_SECTIONS = tuple(
    key for key in SectionKey.values if key not in (SectionKey.STATUS, SectionKey.IA)
)


def page_sections_build(
    *,
    state: StateParty,
    sections: dict,
    needs: list,
    maps: list,
    user,
    need_limit: int | None = None,
    languages: dict | None = None,
    only: str = "",
) -> list[SectionView]:
    """The sections to show, in placemat order; hidden and empty ones left out.

    `sections` maps a section key to {"visible", "content"} (a revision's
    snapshot or the drafts). The Individualised Approach and partnerships
    sections come from their apps and say so when they have nothing yet.
    `languages` maps a section key to the TextLanguage its text is in.
    `only` builds that one section (the section editor's preview).
    """
    shown = []
    languages = languages or {}
    for key, title in SectionKey.choices:
        if only and key != only:
            continue
        section = sections.get(key, {"visible": True, "content": {}})
        if not section.get("visible", True):
            continue
        content = section.get("content") or {}
        view = SectionView(key=key, title=title, content=content)
        if key in languages:
            view.lang, view.note = languages[key].lang, languages[key].note
        if key == SectionKey.STATUS:
            view.extra["state"] = state
            view.extra["facts"] = state_facts(state=state)
            view.extra["deadline_flag"] = article5_deadline_flag(
                state=state, today=timezone.localdate()
            )
            # The latest Article 7 report's figures and the Article 5
            # trajectory, from the reporting app above (registry).
            view.extra["parts"] = section_parts(key, state=state, user=user)
        elif key == SectionKey.NEEDS:
            if not needs and not _has_text(content):
                continue
            view.extra["themes"] = needs_by_theme(needs, state=state, limit=need_limit)
        elif key == SectionKey.MAPS:
            if not maps and not _has_text(content):
                continue
            view.extra["maps"] = maps
        elif key in CONTRIBUTED_SECTIONS:
            parts = section_parts(key, state=state, user=user)
            view.extra["parts"] = parts
            view.extra["has_content"] = any(part.has_content for part in parts)
        elif key == SectionKey.RESOURCES:
            links = content.get("links") or []
            if not links:
                continue
            labels = dict(ResourceKind.choices)
            view.extra["links"] = [
                {
                    **link,
                    "kind_label": labels.get(
                        link.get("kind"), ResourceKind.OTHER.label
                    ),
                }
                for link in links
            ]
        elif not _has_text(content):
            continue
        if key == SectionKey.NATIONAL_CONTEXT and content.get("sdgs"):
            labels = dict(SustainableDevelopmentGoal.choices)
            view.extra["sdgs"] = [labels[g] for g in content["sdgs"] if g in labels]
        shown.append(view)
    return shown


def needs_by_theme(
    needs, *, state=None, limit: int | None = None
) -> list[tuple[str, list, str]]:
    """(theme label, needs, "see all" address) for each theme with needs;
    with `limit`, the first `limit` of each and the needs browser's address
    of the theme's whole list when there are more."""
    labels = dict(NeedTheme.choices)
    grouped: dict[str, list] = {}
    for need in needs:
        grouped.setdefault(need.theme, []).append(need)
    themes = []
    for theme in NeedTheme.values:
        if theme not in grouped:
            continue
        shown, more_url = grouped[theme], ""
        if limit is not None and len(shown) > limit:
            shown, more_url = shown[:limit], _needs_browser_url(state, theme)
        themes.append((labels[theme], shown, more_url))
    return themes


def _needs_browser_url(state, theme: str) -> str:
    try:  # the needs browser belongs to an app above this one
        base = reverse("partnerships:needs")
    except NoReverseMatch:
        return ""
    return f"{base}?{urlencode({'country': state.iso3, 'theme': theme})}"


def need_list_first_by_theme(*, state: StateParty, limit: int) -> QuerySet[Need]:
    """A State's published needs, the first `limit` + 1 of each theme by title:
    the page shows `limit` and, when there is one more, links to the rest. The
    rows read do not grow with the State's needs."""
    rank = Window(
        RowNumber(),
        partition_by=F("theme"),
        order_by=(F("title").asc(), F("pk").asc()),
    )
    return (
        need_list_for_state(state=state, published_only=True)
        .annotate(theme_rank=rank)
        .filter(theme_rank__lte=limit + 1)
    )


def country_page_public(*, state: StateParty, user, language: str = "") -> dict:
    """What the public page shows: the published revision, needs and maps, in
    `language` (the reader's) where the State has translated them."""
    page = (
        CountryPage.objects.select_related("published_revision")
        .filter(state=state)
        .first()
    )
    language = language or get_language()
    original = page.original_language if page else settings.LANGUAGE_CODE
    revision = page.published_revision if page else None
    sections = revision.snapshot.get("sections", {}) if revision else {}
    translated = (
        translation_published_sections(state=state, language=language)
        if language != original
        else {}
    )
    sections, languages = sections_in_language(
        sections, translated, language=language, original_language=original
    )
    needs = need_list_first_by_theme(state=state, limit=SECTION_LIST_LIMIT)
    if language != original:
        needs = needs.prefetch_related(need_translations_prefetch(language=language))
    needs = needs_in_language(needs, language=language, original_language=original)
    maps = list(
        PageMap.objects.filter(state=state, is_published=True).select_related("state")
    )
    return {
        "page": page,
        "revision": revision,
        "original_language": original,
        "sections": page_sections_build(
            state=state,
            sections=sections,
            needs=needs,
            maps=maps,
            user=user,
            need_limit=SECTION_LIST_LIMIT,
            languages=languages,
        ),
        # Rendered once per content version and language for every reader
        # ({% contentcache %} in _sections.html).
        "shared_sections": SHARED_SECTIONS,
    }


def country_page_draft(*, state: StateParty, user, language: str = "") -> dict:
    """The page as it would look if published now (drafts, all needs and maps);
    with `language`, that translation's drafts over the original's."""
    page = CountryPage.objects.filter(state=state).first()
    original = page.original_language if page else settings.LANGUAGE_CODE
    language = language or original
    snapshot = page_snapshot(state=state)
    translated = (
        translation_draft_sections(state=state, language=language)
        if language != original
        else {}
    )
    sections, languages = sections_in_language(
        snapshot["sections"], translated, language=language, original_language=original
    )
    needs = need_list_visible(state=state, user=user)
    if language != original:
        needs = needs.prefetch_related(
            need_translations_prefetch(language=language, published_only=False)
        )
    needs = needs_in_language(needs, language=language, original_language=original)
    maps = list(map_list_visible(state=state, user=user))
    return {
        "page": page,
        "language": language,
        "original_language": original,
        "sections": page_sections_build(
            state=state,
            sections=sections,
            needs=needs,
            maps=maps,
            user=user,
            languages=languages,
        ),
    }


def _need_snapshot(need: Need) -> dict:
    return {
        "id": need.pk,
        "theme": need.theme,
        "title": need.title,
        "description": need.description,
        "estimated_cost": str(need.estimated_cost)
        if need.estimated_cost is not None
        else "",
        "currency": need.currency,
        "funding_secured": str(need.funding_secured),
        "start_year": need.start_year,
        "end_year": need.end_year,
        "age_gender_considerations": need.age_gender_considerations,
        "status": need.status,
    }


def _map_snapshot(page_map: PageMap) -> dict:
    return {
        "id": page_map.pk,
        "title": page_map.title,
        "kind": page_map.kind,
        "description": page_map.description,
        "source": page_map.source,
        "link": page_map.link,
    }


def page_snapshot(*, state: StateParty) -> dict:
    """The draft of the whole page as plain JSON: sections, needs and maps.

    What a publish stores as a revision, and what "compare with the draft" reads.
    """
    drafts = {s.key: s for s in PageSection.objects.filter(state=state)}
    sections = {}
    for key in SectionKey.values:
        draft = drafts.get(key)
        sections[key] = {
            "visible": draft.is_visible if draft else True,
            "content": draft.content if draft else {},
        }
    return {
        "sections": sections,
        "needs": [
            _need_snapshot(n)
            for n in Need.objects.filter(state=state).order_by("theme", "title", "pk")
        ],
        "maps": [
            _map_snapshot(m)
            for m in PageMap.objects.filter(state=state).order_by("created_at", "pk")
        ],
    }


def page_published_sections(*, state: StateParty) -> dict | None:
    """The sections of a State's published page as data (for the open data
    API): the published revision's number and date, and each section the State
    shows, in placemat order, with its title and content. None when the page
    was never published."""
    page = (
        CountryPage.objects.select_related("published_revision")
        .filter(state=state, published_revision__isnull=False)
        .first()
    )
    if page is None:
        return None
    revision = page.published_revision
    sections = revision.snapshot.get("sections", {})
    return {
        "revision": revision.number,
        "published_at": page.published_at or revision.created_at,
        "sections": [
            {"key": key, "title": str(title), "content": section.get("content") or {}}
            for key, title in SectionKey.choices
            if (section := sections.get(key)) and section.get("visible", True)
        ],
    }


def page_section_get(*, state: StateParty, key: str) -> PageSection:
    """The draft of a section; an unsaved one (version 0) if never edited."""
    section = (
        PageSection.objects.select_related("updated_by")
        .filter(state=state, key=key)
        .first()
    )
    return section or PageSection(state=state, key=key)


def page_editor_overview(*, state: StateParty, user) -> dict:
    """For the editor's front page: each section's draft, needs, maps, page."""
    drafts = {
        s.key: s
        for s in PageSection.objects.select_related("updated_by").filter(state=state)
    }
    page = (
        CountryPage.objects.select_related("published_revision__created_by")
        .filter(state=state)
        .first()
    )
    original = page.original_language if page else settings.LANGUAGE_CODE
    translations = {t.language: t for t in PageTranslation.objects.filter(state=state)}
    return {
        "page": page,
        "original_language": original,
        "translations": [
            (code, name, translations.get(code))
            for code, name in settings.LANGUAGES
            if code != original
        ],
        "sections": [
            (key, title, drafts.get(key)) for key, title in SectionKey.choices
        ],
        "needs": list(need_list_visible(state=state, user=user)),
        "maps": list(map_list_visible(state=state, user=user)),
    }


def page_revision_list(*, state: StateParty) -> QuerySet[PageRevision]:
    return (
        PageRevision.objects.filter(state=state)
        .select_related("created_by")
        .defer("snapshot")
        .order_by("-number")
    )


def page_revision_get(*, state: StateParty, number: int) -> PageRevision:
    return PageRevision.objects.select_related("created_by", "state").get(
        state=state, number=number
    )


def state_index(*, user) -> QuerySet[StateParty]:
    """The States Parties `user` may read (rules: read_state), with their page,
    for when each was last published."""
    return (
        StateParty.objects.filter(states_visible_filter(user))
        .select_related("page")
        .order_by("name")
    )


STATE_EXPORT_COLUMNS = [
    "iso3",
    "name",
    "region",
    "region_label",
    "membership",
    "membership_label",
    "date_signed",
    "date_ratified_or_acceded",
    "entry_into_force",
    "withdrawal_effective",
    "article5_obligations_remaining",
    "article5_deadline",
    "article4_stockpile_status",
    "article4_stockpile_status_label",
    "survivors_responsibility",
    "remaining_contamination",
    "latest_article7_report_year",
    "latest_article7_report_url",
    "status_updated_at",
    "page_published_at",
    "source_note",
    "url",
]


def state_export_rows(
    *, states: QuerySet[StateParty], url, columns: list
) -> Iterator[dict]:
    """The index of States Parties as rows: every column of the index and of
    the status of implementation, from one query of plain values, with the
    yes/no columns other apps add (`columns`: registry.IndexColumn, each by its
    key). `url(iso3)` is a State page's address."""
    regions = choice_labels(Region.choices)
    memberships = choice_labels(Membership.choices)
    stockpiles = choice_labels(StockpileStatus.choices)
    fields = [c for c in STATE_EXPORT_COLUMNS if not c.endswith("_label")]
    fields.remove("url")
    fields.remove("page_published_at")
    for row in states.values("pk", "page__published_at", *fields):
        yield {
            **row,
            "region_label": regions(row["region"]),
            "membership_label": memberships(row["membership"]),
            "article4_stockpile_status_label": stockpiles(
                row["article4_stockpile_status"]
            ),
            "page_published_at": row["page__published_at"],
            "url": url(row["iso3"]),
            **{column.key: row["pk"] in column.state_ids for column in columns},
        }


@dataclass
class FieldDiff:
    label: str
    # The field's words as a reader sees them, marked kept, added or removed.
    parts: list[DiffPart]


def _amount(value) -> str:
    """An amount as people read it: grouped digits, cents only when there are."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    places = 0 if number == number.to_integral_value() else 2
    return number_format(number, places, use_l10n=True, force_grouping=True)


def _field_text(value) -> str:
    """A section's field as read on the page: Markdown rendered to its words,
    numbers grouped, a list one item a line."""
    if isinstance(value, list):
        return "\n".join(
            " · ".join(str(v) for v in item.values() if v not in (None, ""))
            if isinstance(item, dict)
            else str(item)
            for item in value
        )
    if isinstance(value, bool):
        return _("shown") if value else _("hidden")
    if isinstance(value, int | float | Decimal):
        return _amount(value)
    return markdown_text(str(value)) if value else ""


def page_revision_diff(
    *, old: dict, new: dict, labels: dict[str, dict[str, str]]
) -> list[tuple[str, list[FieldDiff]]]:
    """What changed between two snapshots, section by section, field by field,
    word by word in the text as readers see it (Markdown rendered, amounts
    formatted).

    `labels` names each section's content fields ({section key: {name: label}},
    see forms.section_field_labels); a field without a label shows its name.
    """
    result = []
    old_sections, new_sections = old.get("sections", {}), new.get("sections", {})
    for key, title in SectionKey.choices:
        before = old_sections.get(key, {"visible": True, "content": {}})
        after = new_sections.get(key, {"visible": True, "content": {}})
        section_labels = labels.get(key, {})
        diffs = []
        if before.get("visible", True) != after.get("visible", True):
            diffs.append(
                FieldDiff(
                    _("Shown on the page"),
                    word_diff(
                        _field_text(before.get("visible", True)),
                        _field_text(after.get("visible", True)),
                    ),
                )
            )
        names = list(section_labels) + [
            n
            for n in {**before.get("content", {}), **after.get("content", {})}
            if n not in section_labels
        ]
        for name in names:
            a = _field_text(before.get("content", {}).get(name))
            b = _field_text(after.get("content", {}).get(name))
            if a != b:
                diffs.append(FieldDiff(section_labels.get(name, name), word_diff(a, b)))
        if key == SectionKey.NEEDS:
            diffs += _records_diff(old.get("needs", []), new.get("needs", []), Need)
        if key == SectionKey.MAPS:
            diffs += _records_diff(old.get("maps", []), new.get("maps", []), PageMap)
        if diffs:
            result.append((title, diffs))
    return result


# A need's amounts are read with its currency.
_MONEY_FIELDS = {"estimated_cost", "funding_secured"}


def _record_text(record: dict, model) -> str:
    """A need or map as labelled lines, choices shown as people read them and
    amounts with their currency."""
    lines = []
    for name, value in record.items():
        if name in ("id", "title", "currency") or value in (None, ""):
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            label = name
        else:
            label = capfirst(field.verbose_name)
            value = dict(field.choices or ()).get(value, value)
        if name in _MONEY_FIELDS:
            text = f"{record.get('currency', '')} {_amount(value)}".strip()
        elif isinstance(value, int):  # years
            text = str(value)
        else:
            text = _field_text(value)
        lines.append(f"{label}: {text}")
    return "\n".join(lines)


def _records_diff(old: list, new: list, model) -> list[FieldDiff]:
    before = {r["id"]: r for r in old}
    after = {r["id"]: r for r in new}
    diffs = []
    for pk in list(before) + [pk for pk in after if pk not in before]:
        a, b = before.get(pk), after.get(pk)
        if a == b:
            continue
        title = (b or a)["title"]
        if a is None:
            label = _("Added: %(title)s") % {"title": title}
        elif b is None:
            label = _("Removed: %(title)s") % {"title": title}
        elif a["title"] != b["title"]:
            label = f"{a['title']} → {b['title']}"
        else:
            label = title
        diffs.append(
            FieldDiff(
                label,
                word_diff(
                    _record_text(a, model) if a else "",
                    _record_text(b, model) if b else "",
                ),
            )
        )
    return diffs


class SnapshotNeed:
    """A need as a revision recorded it, shaped like a Need for the templates."""

    def __init__(self, data: dict):
        self.pk = data.get("id")
        self.theme = data.get("theme", "other")
        self.title = data.get("title", "")
        self.description = data.get("description", "")
        self.currency = data.get("currency", "")
        self.start_year = data.get("start_year")
        self.end_year = data.get("end_year")
        self.age_gender_considerations = data.get("age_gender_considerations", "")
        self.status = data.get("status", "")
        try:
            self.estimated_cost = Decimal(data.get("estimated_cost") or "x")
        except InvalidOperation:
            self.estimated_cost = None
        self.funding_secured = Decimal(data.get("funding_secured") or 0)
        self.status_label = dict(NeedStatus.choices).get(self.status, self.status)

    def get_status_display(self):
        return self.status_label

    @property
    def funding_gap(self):
        if self.estimated_cost is None:
            return None
        return max(self.estimated_cost - self.funding_secured, 0)


def snapshot_needs(snapshot: dict) -> list[SnapshotNeed]:
    return [SnapshotNeed(n) for n in snapshot.get("needs", [])]


NEED_LIST_GENERATION_KEY = "country_pages:needs:generation"


def need_list_cache_generation() -> int:
    """Changes whenever any State's page or needs change (see services)."""
    return cache.get_or_set(NEED_LIST_GENERATION_KEY, 1, None)


@dataclass(frozen=True)
class PublishedRevision:
    """A publish of a State's page since a date: which sections it changed."""

    number: int
    published_at: object
    sections: list[str]
    # The revision it is compared with (None for the first publish).
    previous: int | None


def page_revisions_since(*, state: StateParty, since) -> tuple[dict, dict, list]:
    """The page as published just before `since` and as published now (plain
    snapshots, {} when there was none), and each revision published since with
    the sections it changed; three queries, whatever the number of revisions."""
    before = (
        PageRevision.objects.filter(state=state, created_at__lt=since)
        .order_by("-number")
        .values_list("number", flat=True)
        .first()
    )
    revisions = list(
        PageRevision.objects.filter(state=state)
        .filter(number__gte=before if before else 1, created_at__gte=since)
        .order_by("number")
        .only("number", "created_at", "snapshot")
    )
    baseline = {}
    if before:
        baseline = (
            PageRevision.objects.filter(state=state, number=before)
            .values_list("snapshot", flat=True)
            .get()
        )
    published = []
    previous, previous_number = baseline, before
    for revision in revisions:
        published.append(
            PublishedRevision(
                number=revision.number,
                published_at=revision.created_at,
                sections=snapshot_changed_sections(old=previous, new=revision.snapshot),
                previous=previous_number,
            )
        )
        previous, previous_number = revision.snapshot, revision.number
    return baseline, previous, published


def snapshot_changed_sections(*, old: dict, new: dict) -> list[str]:
    """The titles of the sections that differ between two page snapshots, in
    the page's order (needs and maps count in their own sections)."""
    old_sections, new_sections = old.get("sections", {}), new.get("sections", {})
    extra = {SectionKey.NEEDS: "needs", SectionKey.MAPS: "maps"}
    changed = []
    for key, title in SectionKey.choices:
        differs = old_sections.get(key) != new_sections.get(key)
        if key in extra:
            differs = differs or old.get(extra[key]) != new.get(extra[key])
        if differs:
            changed.append(str(title))
    return changed


def focal_point_emails(*, state: StateParty) -> list[str]:
    """The e-mail addresses of the State's active focal points, for the
    messages addressed to the State."""
    return list(
        FocalPointAssignment.objects.filter(state=state, user__is_active=True)
        .values_list("user__email", flat=True)
        .order_by("user__email")
    )


# --- For the dashboard (panels.py) ---------------------------------------------

# A section not updated for this long is flagged to the State's focal points:
# the Committee asks States to keep their pages up to date [002 §12].
STALE_SECTION_DAYS = 365


def stale_sections(*, state_ids) -> dict[int, list[PageSection]]:
    """The shown sections of these States that have text but were not updated
    for a year, oldest first, by State. One query."""
    cutoff = timezone.now() - dt.timedelta(days=STALE_SECTION_DAYS)
    stale: dict[int, list[PageSection]] = {}
    sections = PageSection.objects.filter(
        state_id__in=state_ids, is_visible=True, updated_at__lt=cutoff
    ).order_by("updated_at")
    for section in sections:
        if _has_text(section.content):
            stale.setdefault(section.state_id, []).append(section)
    return stale


def pages_waiting_list(*, limit: int = 20) -> tuple[list[CountryPage], int]:
    """Country pages whose draft has changes nobody published yet, oldest
    change first (for the ISU); and how many."""
    pages = CountryPage.objects.filter(draft_changed_at__isnull=False).filter(
        Q(published_at__isnull=True) | Q(draft_changed_at__gt=F("published_at"))
    )
    total = pages.count()
    if not total:
        return [], 0
    return list(
        pages.select_related("state").order_by("draft_changed_at")[:limit]
    ), total


def followed_country_list(*, user, days: int = 90) -> list[CountryFollow]:
    """The States `user` follows, each with `new_needs`: needs published in
    the last `days` days, and its page's last publication. One query."""
    since = timezone.now() - dt.timedelta(days=days)
    return list(
        CountryFollow.objects.filter(user=user)
        .select_related("state__page")
        .annotate(
            new_needs=Count(
                "state__needs",
                filter=Q(
                    state__needs__is_published=True,
                    state__needs__published_at__gte=since,
                ),
            )
        )
        .order_by("state__name")
    )


def latest_needs(*, limit: int = 5) -> list[Need]:
    """The needs published most recently, across States (the home page)."""
    return list(
        Need.objects.filter(is_published=True)
        .select_related("state")
        .order_by("-published_at", "-pk")[:limit]
    )


# A need's history (its own page) ---

# The facts of a need whose changes its history shows, before and after; the
# long texts are only said to have changed.
NEED_HISTORY_FACTS = {
    "title": gettext_lazy("Title"),
    "theme": gettext_lazy("Theme"),
    "estimated_cost": gettext_lazy("Estimated cost"),
    "currency": gettext_lazy("Currency"),
    "funding_secured": gettext_lazy("Funding secured"),
    "start_year": gettext_lazy("Start year"),
    "end_year": gettext_lazy("End year"),
    "status": gettext_lazy("Status"),
}
NEED_HISTORY_TEXTS = {
    "description": gettext_lazy("Description"),
    "age_gender_considerations": gettext_lazy("Age and gender considerations"),
}


@dataclass
class NeedChange:
    when: dt.datetime
    # "added", "published" or "changed"
    kind: str
    # (what, before, after); before and after are None for a long text.
    changes: list[tuple[str, str | None, str | None]] = field(default_factory=list)


def need_history(*, need: Need, user) -> list[NeedChange]:
    """What happened to a need, oldest first, from the audit trail: added,
    published, and each change with its facts before and after. Those who
    read the State's drafts see it all; everyone else from its publication
    on (what it was as a draft was never public). One query."""
    entries = AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Need),
        object_id=str(need.pk),
        action__in=["need.create", "need.update"],
    ).order_by("created_at", "pk")
    insider = user.has_perm("country_pages.view_draft", need.state)
    if not insider:
        if need.published_at is None:
            return []
        entries = entries.filter(created_at__gte=need.published_at)
    labels = {
        "theme": choice_labels(NeedTheme.choices),
        "status": choice_labels(NeedStatus.choices),
    }
    history = []
    for entry in entries.only("created_at", "action", "data"):
        if entry.action == "need.create":
            history.append(NeedChange(when=entry.created_at, kind="added"))
            continue
        changed = (entry.data or {}).get("changes") or {}
        changes = [
            (
                str(label),
                labels.get(name, str)(changed[name][0]),
                labels.get(name, str)(changed[name][1]),
            )
            for name, label in NEED_HISTORY_FACTS.items()
            if name in changed
        ] + [
            (str(label), None, None)
            for name, label in NEED_HISTORY_TEXTS.items()
            if name in changed
        ]
        if changes:
            history.append(
                NeedChange(when=entry.created_at, kind="changed", changes=changes)
            )
    if need.published_at is not None:
        history.append(NeedChange(when=need.published_at, kind="published"))
    history.sort(key=lambda change: change.when)
    return history
