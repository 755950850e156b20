"""Every write to States Parties, assignments and needs."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from portal.models import Role
from portal.services import EditConflict, ServiceError, audit_record

from . import selectors
from .models import FocalPointAssignment, StateParty

STATUS_FIELDS = [
    "article5_obligations_remaining", "article5_deadline",
    "article4_stockpile_status", "survivors_responsibility",
    "remaining_contamination", "latest_article7_report_year",
    "latest_article7_report_url", "source_note",
]  # fmt: skip


@transaction.atomic
def focal_point_assign(*, user, state: StateParty, actor) -> FocalPointAssignment:
    """Make a person focal point of a State; they get the focal point role."""
    if user.role not in (Role.MEMBER, Role.FOCAL_POINT):
        raise ServiceError(
            f"{user} is {user.role_label}; change their role before assigning them."
        )
    try:
        with transaction.atomic():
            assignment = FocalPointAssignment.objects.create(
                user=user, state=state, assigned_by=actor
            )
    except IntegrityError as exc:
        raise ServiceError(f"{user} is already focal point of {state}.") from exc
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
def state_status_update(*, state: StateParty, actor, data: dict) -> StateParty:
    """The ISU corrects a State's reference data and implementation status."""
    changed = {
        field: str(value)
        for field, value in data.items()
        if field in STATUS_FIELDS and getattr(state, field) != value
    }
    for field in changed:
        setattr(state, field, data[field])
    if not state.article5_obligations_remaining and state.article5_deadline:
        raise ServiceError(
            "A State without remaining Article 5 obligations has no deadline."
        )
    state.status_updated_at = timezone.now()
    state.status_updated_by = actor
    state.save()
    audit_record(
        actor=actor,
        action="state.status",
        summary=f"{state.name}: {', '.join(changed) or 'no change'}",
        target=state,
        data=changed,
    )
    _drop_cache_on_commit(state)
    return state


def country_follow(*, user, state: StateParty) -> bool:
    """Follow a State; returns False when the user already followed it."""
    from .models import CountryFollow

    _, created = CountryFollow.objects.get_or_create(user=user, state=state)
    return created


def country_unfollow(*, user, state: StateParty) -> None:
    from .models import CountryFollow

    CountryFollow.objects.filter(user=user, state=state).delete()


def country_followers_notify(*, state: StateParty, subject: str, body: str) -> int:
    """E-mail everyone who follows a State (after commit, from a Celery worker).

    Other apps call this when a need is published or a meeting scheduled.
    """
    from portal.services import email_enqueue

    from .models import CountryFollow

    emails = list(
        CountryFollow.objects.filter(state=state, user__is_active=True).values_list(
            "user__email", flat=True
        )
    )
    for email in emails:
        # One message each: followers do not see each other's addresses.
        email_enqueue(subject=subject, body=body, to=[email])
    return len(emails)


def country_page_cache_drop(*, state: StateParty) -> None:
    """Forget the cached anonymous rendering of a State's page.

    Called when the State publishes, and by other apps when what the page shows
    of them changes (a meeting scheduled, a report made public, a partnership).
    """
    from django.core.cache import cache

    cache.delete(country_page_cache_key(state.iso3))
    # What the page changed may be a need; the needs browser's cached pages
    # for anonymous readers are keyed by this generation, so they all expire.
    try:
        cache.incr(selectors.NEED_LIST_GENERATION_KEY)
    except ValueError:
        cache.set(selectors.NEED_LIST_GENERATION_KEY, 2, None)


def country_page_cache_key(iso3: str) -> str:
    return f"country_pages:page:{iso3.upper()}"


# --- Country pages: drafts, publishing, revisions -----------------------------


def _page_touch(*, state: StateParty) -> None:
    from .models import CountryPage

    page, _ = CountryPage.objects.get_or_create(state=state)
    CountryPage.objects.filter(pk=page.pk).update(
        draft_changed_at=timezone.now(), draft_version=F("draft_version") + 1
    )


def _drop_cache_on_commit(state: StateParty) -> None:
    transaction.on_commit(lambda: country_page_cache_drop(state=state))


@transaction.atomic
def page_section_save(
    *,
    state: StateParty,
    key: str,
    user,
    is_visible: bool,
    content: dict,
    expected_version: int,
):
    """Save the draft of one section, refusing it if someone saved in between."""
    from .models import PageSection, SectionKey

    if key not in SectionKey.values:
        raise ServiceError("There is no such section.")
    section, _ = PageSection.objects.get_or_create(state=state, key=key)
    updated = PageSection.objects.filter(
        pk=section.pk, version=expected_version
    ).update(
        is_visible=is_visible,
        content=content,
        version=F("version") + 1,
        updated_at=timezone.now(),
        updated_by=user,
    )
    if not updated:
        current = PageSection.objects.select_related("updated_by").get(pk=section.pk)
        who = current.updated_by or "someone"
        when = timezone.localtime(current.updated_at)
        raise EditConflict(
            f"{who} saved this section at {when:%H:%M}"
            " while you were editing it. Your text is below, beside theirs: copy "
            "what you need into the form and save again.",
            current=current,
        )
    _page_touch(state=state)
    return PageSection.objects.get(pk=section.pk)


def _need_snapshot(need) -> dict:
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


def _map_snapshot(page_map) -> dict:
    return {
        "id": page_map.pk,
        "title": page_map.title,
        "kind": page_map.kind,
        "description": page_map.description,
        "source": page_map.source,
        "link": page_map.link,
    }


def page_snapshot(*, state: StateParty) -> dict:
    """The draft of the whole page as plain JSON: sections, needs and maps."""
    from .models import Need, PageMap, PageSection, SectionKey

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


@transaction.atomic
def country_page_publish(
    *,
    state: StateParty,
    user,
    note: str = "",
    expected_draft_version: int | None = None,
):
    """Make the draft public: a new revision, and the needs and maps go live.

    With `expected_draft_version`, the publish is refused if the draft changed
    since its author looked at it (someone else saved a section meanwhile).
    """
    from .models import CountryPage, Need, PageMap, PageRevision

    CountryPage.objects.get_or_create(state=state)
    # Lock the page so two publishes at once get consecutive numbers.
    page = CountryPage.objects.select_for_update().get(state=state)
    if (
        expected_draft_version is not None
        and page.draft_version != expected_draft_version
    ):
        raise ServiceError(
            "The draft changed while you were looking at it: someone saved a "
            "section, need or map. Review the draft below, then publish again."
        )
    snapshot = page_snapshot(state=state)
    latest = (
        PageRevision.objects.filter(state=state).order_by("-number").only("number")
    ).first()
    if (
        page.published_revision_id
        and PageRevision.objects.get(pk=page.published_revision_id).snapshot == snapshot
    ):
        raise ServiceError("Nothing has changed since the page was last published.")
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
    _drop_cache_on_commit(state)
    if new_needs:
        country_followers_notify(
            state=state,
            subject=f"{state.name} published new needs",
            body=f"{state.name} published on its country page:\n\n"
            + "\n".join(f"- {title}" for title in new_needs),
        )
    return revision


@transaction.atomic
def page_revision_restore(*, revision, user):
    """Copy a revision's sections back into the draft (needs and maps stay)."""
    from .models import PageSection

    for key, section in revision.snapshot.get("sections", {}).items():
        draft, _ = PageSection.objects.get_or_create(state=revision.state, key=key)
        # Bumping the version makes anyone still editing the old draft get the
        # conflict message instead of silently undoing the restore.
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


NEED_FIELDS = [
    "theme", "title", "description", "estimated_cost", "currency",
    "funding_secured", "start_year", "end_year", "age_gender_considerations",
    "status",
]  # fmt: skip


@transaction.atomic
def need_create(*, state: StateParty, user, data: dict):
    """Add a need to the draft; it becomes public when the page is published."""
    from .models import Need

    need = Need.objects.create(
        state=state,
        updated_by=user,
        is_published=False,
        **{f: data[f] for f in NEED_FIELDS if f in data},
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
def need_update(*, need, user, data: dict, expected_version: int):
    """Change a need, refusing it if someone saved the need in between.

    A published need changes at once on the page and in the needs browser:
    donors act on its cost and status, which must not wait for a page publish.
    """
    from .models import Need

    values = {f: data[f] for f in NEED_FIELDS if f in data}
    updated = Need.objects.filter(pk=need.pk, version=expected_version).update(
        **values,
        version=F("version") + 1,
        updated_by=user,
        updated_at=timezone.now(),
    )
    if not updated:
        current = Need.objects.select_related("updated_by").get(pk=need.pk)
        who = current.updated_by or "someone"
        when = timezone.localtime(current.updated_at)
        raise EditConflict(
            f"{who} saved this need at {when:%H:%M} "
            "while you were editing it. Your version is below, beside theirs: "
            "copy what you need into the form and save again.",
            current=current,
        )
    _page_touch(state=need.state)
    if need.is_published:
        _drop_cache_on_commit(need.state)
    audit_record(
        actor=user,
        action="need.update",
        summary=f"{need.state.name}: {values.get('title', need.title)}",
        target=need,
    )
    return Need.objects.get(pk=need.pk)


@transaction.atomic
def need_delete(*, need, user) -> None:
    """Remove a need, unless other records (e.g. donors' interest) point at it."""
    from django.db.models import ProtectedError, RestrictedError

    state = need.state
    try:
        with transaction.atomic():
            need.delete()
    except (ProtectedError, RestrictedError) as exc:
        raise ServiceError(
            f"“{need.title}” has partnership records linked to it, so it cannot "
            "be removed; set its status to completed or funded instead."
        ) from exc
    audit_record(
        actor=user,
        action="need.delete",
        summary=f"{state.name}: {need.title} removed",
        target=state,
    )
    _page_touch(state=state)
    _drop_cache_on_commit(state)


@transaction.atomic
def page_map_add(*, state: StateParty, user, form):
    """Store an uploaded map (checked by PageMapForm) as a draft of the page."""
    from .models import PageMap

    data = form.cleaned_data
    page_map = PageMap(
        state=state,
        title=data["title"],
        kind=form.kind,
        content_type=form.content_type,
        extension=form.extension,
        svg=form.svg,
        description=data.get("description", ""),
        source=data.get("source", ""),
        link=data.get("link", ""),
        created_by=user,
    )
    page_map.file.save(data["file"].name, data["file"], save=False)
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
def page_map_delete(*, page_map, user) -> None:
    state = page_map.state
    storage, name = page_map.file.storage, page_map.file.name
    audit_record(
        actor=user,
        action="map.delete",
        summary=f"{state.name}: map {page_map.title} removed",
        target=state,
    )
    page_map.delete()
    transaction.on_commit(lambda: storage.delete(name))
    _page_touch(state=state)
    _drop_cache_on_commit(state)
