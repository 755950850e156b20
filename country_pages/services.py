"""Every write to States Parties, focal point assignments and country pages."""

from datetime import date
from decimal import Decimal

from django.core.cache import cache
from django.core.files import File
from django.db import IntegrityError, transaction
from django.db.models import F, ProtectedError, RestrictedError
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.effects import on_commit
from portal.emails import email_send
from portal.models import Role
from portal.services import ServiceError, audit_record, versioned_update

from .models import (
    CountryFollow,
    CountryPage,
    FocalPointAssignment,
    MapKind,
    Need,
    NeedStatus,
    NeedTheme,
    PageMap,
    PageRevision,
    PageSection,
    PageSectionTranslation,
    PageTranslation,
    SectionKey,
    StateParty,
)
from .selectors import NEED_LIST_GENERATION_KEY, country_follower_emails, page_snapshot


@transaction.atomic
def focal_point_assign(*, user, state: StateParty, actor) -> FocalPointAssignment:
    """Make a person focal point of a State; they get the focal point role."""
    if user.role not in (Role.MEMBER, Role.FOCAL_POINT):
        raise ServiceError(
            _("%(person)s is %(role)s; change their role before assigning them.")
            % {"person": user, "role": user.role_label}
        )
    try:
        with transaction.atomic():
            assignment = FocalPointAssignment.objects.create(
                user=user, state=state, assigned_by=actor
            )
    except IntegrityError as exc:
        raise ServiceError(
            _("%(person)s is already focal point of %(state)s.")
            % {"person": user, "state": state}
        ) from exc
    if user.role != Role.FOCAL_POINT:
        user.role = Role.FOCAL_POINT
        user.save(update_fields=["role"])
    audit_record(
        actor=actor,
        action="focal_point.assign",
        summary=f"{user.email} assigned to {state.name}",
        target=state,
    )
    return assignment


@transaction.atomic
def focal_point_unassign(*, assignment: FocalPointAssignment, actor) -> None:
    audit_record(
        actor=actor,
        action="focal_point.unassign",
        summary=f"{assignment.user.email} removed from {assignment.state.name}",
        target=assignment.state,
    )
    assignment.delete()


@transaction.atomic
def state_status_update(
    *,
    state: StateParty,
    actor,
    article5_obligations_remaining: bool,
    article5_deadline: date | None,
    article4_stockpile_status: str,
    survivors_responsibility: bool,
    remaining_contamination: str = "",
    latest_article7_report_year: int | None = None,
    latest_article7_report_url: str = "",
    source_note: str = "",
) -> StateParty:
    """The ISU corrects a State's reference data and implementation status.

    The audit trail records the fields that differ from the row as saved.
    """
    if article5_deadline and not article5_obligations_remaining:
        raise ServiceError(
            _("A State without remaining Article 5 obligations has no deadline.")
        )
    values = {
        "article5_obligations_remaining": article5_obligations_remaining,
        "article5_deadline": article5_deadline,
        "article4_stockpile_status": article4_stockpile_status,
        "survivors_responsibility": survivors_responsibility,
        "remaining_contamination": remaining_contamination,
        "latest_article7_report_year": latest_article7_report_year,
        "latest_article7_report_url": latest_article7_report_url,
        "source_note": source_note,
    }
    saved = StateParty.objects.select_for_update().get(pk=state.pk)
    changed = {
        field: str(value)
        for field, value in values.items()
        if getattr(saved, field) != value
    }
    for field, value in values.items():
        setattr(saved, field, value)
    saved.status_updated_at = timezone.now()
    saved.status_updated_by = actor
    saved.save()
    audit_record(
        actor=actor,
        action="state.status",
        summary=f"{saved.name}: {', '.join(changed) or 'no change'}",
        target=saved,
        data=changed,
    )
    on_commit(country_page_cache_drop, state=saved)
    return saved


def country_follow(*, user, state: StateParty) -> bool:
    """Follow a State; returns False when the user already followed it."""
    _follow, created = CountryFollow.objects.get_or_create(user=user, state=state)
    return created


def country_unfollow(*, user, state: StateParty) -> None:
    CountryFollow.objects.filter(user=user, state=state).delete()


def country_followers_notify(*, state: StateParty, template: str, context: dict) -> int:
    """E-mail everyone who follows a State, from `template` (portal.emails).

    One message each, so followers do not see each other's addresses; sent by
    a worker after commit. Other apps call this when a meeting is scheduled.
    """
    emails = country_follower_emails(state=state)
    for email in emails:
        email_send(template=template, context=context, to=[email])
    return len(emails)


def country_page_cache_drop(*, state: StateParty) -> None:
    """Forget the cached anonymous rendering of a State's page.

    Called (on commit) when the State publishes, and by other apps when what the
    page shows of them changes (a meeting scheduled, a report made public, a
    partnership).
    """
    cache.delete(country_page_cache_key(state.iso3))
    # What the page changed may be a need; the needs browser's cached pages
    # for anonymous readers are keyed by this generation, so they all expire.
    try:
        cache.incr(NEED_LIST_GENERATION_KEY)
    except ValueError:
        cache.set(NEED_LIST_GENERATION_KEY, 2, None)


def country_page_cache_key(iso3: str) -> str:
    return f"country_pages:page:{iso3.upper()}"


# --- Country pages: drafts, publishing, revisions -----------------------------


def _page_touch(*, state: StateParty) -> None:
    """Note that the draft changed: editors see it, a stale publish is refused."""
    page, _created = CountryPage.objects.get_or_create(state=state)
    CountryPage.objects.filter(pk=page.pk).update(
        draft_changed_at=timezone.now(), draft_version=F("draft_version") + 1
    )


@transaction.atomic
def page_section_save(
    *,
    state: StateParty,
    key: str,
    user,
    is_visible: bool,
    content: dict,
    expected_version: int,
) -> PageSection:
    """Save the draft of one section, refusing it if someone saved in between
    (EditConflict, carrying the section as saved)."""
    if key not in SectionKey.values:
        raise ServiceError(_("There is no such section."))
    section, _created = PageSection.objects.get_or_create(state=state, key=key)
    saved = versioned_update(
        section,
        expected_version=expected_version,
        values={"is_visible": is_visible, "content": content},
        actor=user,
    )
    _page_touch(state=state)
    return saved


@transaction.atomic
def country_page_publish(
    *,
    state: StateParty,
    user,
    note: str = "",
    expected_draft_version: int | None = None,
) -> PageRevision:
    """Make the draft public: a new revision, and the needs and maps go live.

    With `expected_draft_version`, the publish is refused if the draft changed
    since its author looked at it (someone else saved a section meanwhile).
    Followers of the State are e-mailed the needs published for the first time.
    """
    CountryPage.objects.get_or_create(state=state)
    # Lock the page so two publishes at once get consecutive numbers.
    page = CountryPage.objects.select_for_update().get(state=state)
    if (
        expected_draft_version is not None
        and page.draft_version != expected_draft_version
    ):
        raise ServiceError(
            _(
                "The draft changed while you were looking at it: someone saved a "
                "section, need or map. Review the draft below, then publish again."
            )
        )
    snapshot = page_snapshot(state=state)
    latest = (
        PageRevision.objects.filter(state=state).order_by("-number").only("number")
    ).first()
    if (
        page.published_revision_id
        and PageRevision.objects.get(pk=page.published_revision_id).snapshot == snapshot
    ):
        raise ServiceError(_("Nothing has changed since the page was last published."))
    now = timezone.now()
    revision = PageRevision.objects.create(
        state=state,
        number=(latest.number + 1) if latest else 1,
        snapshot=snapshot,
        created_by=user,
        note=note.strip(),
    )
    page.published_revision = revision
    page.published_at = now
    page.save(update_fields=["published_revision", "published_at"])
    new_needs = list(
        Need.objects.filter(state=state, is_published=False).values_list(
            "title", flat=True
        )
    )
    Need.objects.filter(state=state, is_published=False).update(
        is_published=True, published_at=now
    )
    PageMap.objects.filter(state=state, is_published=False).update(
        is_published=True, published_at=now
    )
    audit_record(
        actor=user,
        action="country_page.publish",
        summary=f"{state.name}: revision {revision.number} published",
        target=state,
        data={"revision": revision.number},
    )
    on_commit(country_page_cache_drop, state=state)
    if new_needs:
        country_followers_notify(
            state=state,
            template="country_pages/emails/needs_published",
            context={"state": state, "titles": new_needs},
        )
    return revision


def page_translation_touch(*, state: StateParty, language: str) -> PageTranslation:
    """Note that a translation's draft changed (country_pages.translation)."""
    translation, _created = PageTranslation.objects.get_or_create(
        state=state, language=language
    )
    PageTranslation.objects.filter(pk=translation.pk).update(
        draft_changed_at=timezone.now(), draft_version=F("draft_version") + 1
    )
    return translation


def _translation_revision_restore(*, revision: PageRevision, user) -> None:
    state, language = revision.state, revision.language
    for key, section in revision.snapshot.get("sections", {}).items():
        draft, _created = PageSectionTranslation.objects.get_or_create(
            state=state, key=key, language=language
        )
        PageSectionTranslation.objects.filter(pk=draft.pk).update(
            content=section.get("content", {}),
            version=F("version") + 1,
            updated_at=timezone.now(),
            updated_by=user,
        )
    page_translation_touch(state=state, language=language)


@transaction.atomic
def page_revision_restore(*, revision: PageRevision, user) -> None:
    """Copy a revision's sections back into the draft (needs and maps stay).

    A translation's revision goes back into that language's drafts.
    """
    if revision.language:
        _translation_revision_restore(revision=revision, user=user)
    else:
        for key, section in revision.snapshot.get("sections", {}).items():
            draft, _created = PageSection.objects.get_or_create(
                state=revision.state, key=key
            )
            # Bumping the version makes anyone still editing the old draft get
            # the conflict message instead of silently undoing the restore.
            PageSection.objects.filter(pk=draft.pk).update(
                is_visible=section.get("visible", True),
                content=section.get("content", {}),
                version=F("version") + 1,
                updated_at=timezone.now(),
                updated_by=user,
            )
        _page_touch(state=revision.state)
    audit_record(
        actor=user,
        action="country_page.restore",
        summary=f"{revision.state.name}: revision {revision.number} restored as draft",
        target=revision.state,
        data={"revision": revision.number},
    )


# --- Needs and challenges -------------------------------------------------------


@transaction.atomic
def need_create(
    *,
    state: StateParty,
    user,
    theme: NeedTheme | str,
    title: str,
    description: str,
    estimated_cost: Decimal | None = None,
    currency: str = "USD",
    funding_secured: Decimal | int = 0,
    start_year: int | None = None,
    end_year: int | None = None,
    age_gender_considerations: str = "",
    status: NeedStatus | str = NeedStatus.OPEN,
) -> Need:
    """Add a need to the draft; it becomes public when the page is published."""
    need = Need.objects.create(
        state=state,
        updated_by=user,
        is_published=False,
        theme=theme,
        title=title,
        description=description,
        estimated_cost=estimated_cost,
        currency=currency,
        funding_secured=funding_secured,
        start_year=start_year,
        end_year=end_year,
        age_gender_considerations=age_gender_considerations,
        status=status,
    )
    _page_touch(state=state)
    audit_record(
        actor=user,
        action="need.create",
        summary=f"{state.name}: {need.title}",
        target=need,
    )
    return need


@transaction.atomic
def need_update(
    *,
    need: Need,
    user,
    expected_version: int,
    theme: NeedTheme | str,
    title: str,
    description: str,
    estimated_cost: Decimal | None,
    currency: str,
    funding_secured: Decimal,
    start_year: int | None,
    end_year: int | None,
    age_gender_considerations: str,
    status: NeedStatus | str,
) -> Need:
    """Change a need, refusing it if someone saved the need in between
    (EditConflict, carrying the need as saved).

    A published need changes at once on the page and in the needs browser:
    donors act on its cost and status, which must not wait for a page publish.
    """
    values = {
        "theme": theme,
        "title": title,
        "description": description,
        "estimated_cost": estimated_cost,
        "currency": currency,
        "funding_secured": funding_secured,
        "start_year": start_year,
        "end_year": end_year,
        "age_gender_considerations": age_gender_considerations,
        "status": status,
    }
    saved = versioned_update(
        need, expected_version=expected_version, values=values, actor=user
    )
    _page_touch(state=saved.state)
    if saved.is_published:
        on_commit(country_page_cache_drop, state=saved.state)
    audit_record(
        actor=user,
        action="need.update",
        summary=f"{saved.state.name}: {saved.title}",
        target=saved,
        # What changed, for the need's history on its page.
        data={"changes": _need_changes(need, saved, fields=values)},
    )
    return saved


def _need_changes(before: Need, after: Need, *, fields) -> dict[str, list]:
    """{field: [before, after]} of the fields that changed, as text (amounts
    with their two decimals, choices by value)."""

    def text(value):
        return "" if value is None else str(value)

    return {
        name: [text(getattr(before, name)), text(getattr(after, name))]
        for name in fields
        if text(getattr(before, name)) != text(getattr(after, name))
    }


@transaction.atomic
def need_delete(*, need: Need, user) -> None:
    """Remove a need, unless other records (e.g. donors' interest) point at it."""
    state = need.state
    try:
        with transaction.atomic():
            need.delete()
    except (ProtectedError, RestrictedError) as exc:
        raise ServiceError(
            _(
                "“%(title)s” has partnership records linked to it, so it cannot "
                "be removed; set its status to completed or funded instead."
            )
            % {"title": need.title}
        ) from exc
    audit_record(
        actor=user,
        action="need.delete",
        summary=f"{state.name}: {need.title} removed",
        target=state,
    )
    _page_touch(state=state)
    on_commit(country_page_cache_drop, state=state)


# --- Maps -----------------------------------------------------------------------


@transaction.atomic
def page_map_add(
    *,
    state: StateParty,
    user,
    title: str,
    upload: File,
    kind: MapKind | str,
    content_type: str,
    extension: str,
    svg: str = "",
    description: str = "",
    source: str = "",
    link: str = "",
) -> PageMap:
    """Store an uploaded map as a draft of the page.

    The upload has been checked (PageMapForm): `kind`, `content_type` and
    `extension` come from its content, `svg` is the drawing of a GeoJSON map.
    """
    page_map = PageMap(
        state=state,
        title=title,
        kind=kind,
        content_type=content_type,
        extension=extension,
        svg=svg,
        description=description,
        source=source,
        link=link,
        created_by=user,
    )
    page_map.file.save(upload.name, upload, save=False)
    page_map.save()
    _page_touch(state=state)
    audit_record(
        actor=user,
        action="map.add",
        summary=f"{state.name}: map {page_map.title}",
        target=state,
    )
    return page_map


@transaction.atomic
def page_map_delete(*, page_map: PageMap, user) -> None:
    """Remove a map; its file goes once the removal is committed."""
    state = page_map.state
    storage, name = page_map.file.storage, page_map.file.name
    audit_record(
        actor=user,
        action="map.delete",
        summary=f"{state.name}: map {page_map.title} removed",
        target=state,
    )
    page_map.delete()
    on_commit(storage.delete, name)
    _page_touch(state=state)
    on_commit(country_page_cache_drop, state=state)
