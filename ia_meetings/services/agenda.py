"""A meeting's agenda: the standard structure of seed 001, its items, and
their presentation and minutes (which the ISU may lock as final)."""

import datetime as dt

from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.models import User
from portal.services import ServiceError, audit_record, field_changes, versioned_update

from ..agenda_standard import STANDARD_AGENDA
from ..models import AgendaItem, Meeting, MinutesEvent, MinutesRevision
from .country_page import country_page_changed

# The item of section II each focus keeps [002 §10] (models.MeetingFocus).
FOCUS_ITEMS = {
    "clearance": "II.A",
    "stockpile": "II.B",
    "risk_education": "II.C",
    "victim_assistance": "II.D",
    "norms": "II.E",
    "cooperation": "II.F",
}


def standard_agenda(focus: str = "") -> list[tuple[str, str, bool]]:
    """The standard structure, or for a meeting focused on one area, with
    that area only under section II."""
    keep = FOCUS_ITEMS.get(focus)
    return [
        entry
        for entry in STANDARD_AGENDA
        if keep is None or not entry[0].startswith("II.") or entry[0] == keep
    ]


def _revision(item: AgendaItem, *, user, event: str) -> MinutesRevision:
    return MinutesRevision.objects.create(
        item=item,
        meeting_id=item.meeting_id,
        event=event,
        minutes=item.minutes,
        content=item.content,
        author=user,
    )


AGENDA_ITEM_FIELDS = (
    "code",
    "title",
    "by_state",
    "presenter",
    "start_time",
    "content",
    "minutes",
)
MINUTES_FINAL = _("The minutes of this item are final; the ISU can reopen them.")


def _item_save(
    *, item: AgendaItem, user: User, expected_version: int, values: dict
) -> AgendaItem:
    # Finalising bumps the version too, so finalising after this check still
    # stops the save (as a conflict).
    if AgendaItem.objects.filter(pk=item.pk, minutes_final=True).exists():
        raise ServiceError(MINUTES_FINAL)
    saved = versioned_update(
        item, expected_version=expected_version, values=values, actor=user
    )
    if changes := field_changes(item, values):
        audit_record(
            actor=user,
            action="agenda.update",
            summary=f"{item.meeting.title}: {saved}",
            target=item.meeting,
            changes=changes,
        )
    return saved


@transaction.atomic
def agenda_item_add(
    *,
    meeting: Meeting,
    user: User,
    title: str,
    code: str = "",
    by_state: bool = False,
    presenter: str = "",
    start_time: dt.time | None = None,
) -> AgendaItem:
    """A new item at the end of the agenda."""
    last = meeting.agenda_items.aggregate(last=Max("order"))["last"] or 0
    item = AgendaItem.objects.create(
        meeting=meeting,
        order=last + 1,
        updated_by=user,
        code=code,
        title=title,
        by_state=by_state,
        presenter=presenter,
        start_time=start_time,
    )
    audit_record(
        actor=user,
        action="agenda.add",
        summary=f"{meeting.title}: {item} added",
        target=meeting,
    )
    return item


@transaction.atomic
def agenda_item_update(
    *,
    item: AgendaItem,
    user: User,
    expected_version: int,
    code: str,
    title: str,
    by_state: bool,
    presenter: str,
    start_time: dt.time | None,
    content: str,
    minutes: str,
) -> AgendaItem:
    """Rename an item or write its presentation and minutes; each save that
    changes the text is a revision (who, when, what)."""
    text_changed = (minutes, content) != (item.minutes, item.content)
    current = _item_save(
        item=item,
        user=user,
        expected_version=expected_version,
        values={
            "code": code,
            "title": title,
            "by_state": by_state,
            "presenter": presenter,
            "start_time": start_time,
            "content": content,
            "minutes": minutes,
        },
    )
    if text_changed:
        _revision(current, user=user, event=MinutesEvent.SAVED)
    country_page_changed(current.meeting)
    return current


@transaction.atomic
def agenda_item_finalise(
    *, item: AgendaItem, user: User, expected_version: int
) -> AgendaItem:
    """Lock the minutes as final; nobody edits them until the ISU reopens them."""
    saved = _item_save(
        item=item,
        user=user,
        expected_version=expected_version,
        values={
            "minutes_final": True,
            "minutes_finalised_at": timezone.now(),
            "minutes_finalised_by": user,
        },
    )
    _revision(saved, user=user, event=MinutesEvent.LOCKED)
    return saved


@transaction.atomic
def agenda_item_reopen(*, item: AgendaItem, user: User) -> AgendaItem:
    """The ISU opens final minutes for editing again."""
    AgendaItem.objects.filter(pk=item.pk).update(
        minutes_final=False,
        minutes_finalised_at=None,
        minutes_finalised_by=None,
        version=F("version") + 1,
    )
    item = AgendaItem.objects.select_related("meeting").get(pk=item.pk)
    _revision(item, user=user, event=MinutesEvent.REOPENED)
    audit_record(
        actor=user,
        action="agenda.reopen",
        summary=f"{item.meeting.title}: minutes of {item} reopened",
        target=item.meeting,
    )
    return item


@transaction.atomic
def agenda_item_move(*, item: AgendaItem, user: User, direction: str) -> None:
    """Swap an item with its neighbour above ("up") or below ("down")."""
    items = list(
        AgendaItem.objects.select_for_update()
        .filter(meeting_id=item.meeting_id)
        .order_by("order", "pk")
    )
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    target = index - 1 if direction == "up" else index + 1
    if direction not in ("up", "down") or not 0 <= target < len(items):
        return
    items[index], items[target] = items[target], items[index]
    for position, other in enumerate(items, start=1):
        other.order = position
    AgendaItem.objects.bulk_update(items, ["order"])


@transaction.atomic
def agenda_item_delete(*, item: AgendaItem, user: User) -> None:
    if item.materials.exists():
        raise ServiceError(
            _(
                "This item has materials; remove them first so nothing is lost by "
                "accident."
            )
        )
    audit_record(
        actor=user,
        action="agenda.delete",
        summary=f"{item.meeting.title}: {item} removed",
        target=item.meeting,
    )
    item.delete()
