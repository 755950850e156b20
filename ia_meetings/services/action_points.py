"""What someone undertook to do at a meeting, by when [003 §10]."""

import datetime as dt

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.models import User
from portal.services import ServiceError, audit_record, field_changes, versioned_update

from ..models import (
    ActionPoint,
    ActionPointStatus,
    ActionPointUpdate,
    AgendaItem,
    Meeting,
    Participant,
)


def _check_item(meeting: Meeting, item: AgendaItem | None) -> None:
    if item is not None and item.meeting_id != meeting.pk:
        raise ServiceError(_("That agenda item belongs to another meeting."))


def _check_owner(
    meeting: Meeting, owner_organisation: str, owner: Participant | None
) -> None:
    if owner is not None and owner.meeting_id != meeting.pk:
        raise ServiceError(_("That participant is not on this meeting's list."))
    if owner is None and not owner_organisation.strip():
        raise ServiceError(_("Name the owner: a participant or an organisation."))


@transaction.atomic
def action_point_add(
    *,
    meeting: Meeting,
    user: User,
    description: str,
    owner_organisation: str,
    due_date: dt.date | None = None,
    status: str = ActionPointStatus.OPEN,
    agenda_item: AgendaItem | None = None,
    owner_participant: Participant | None = None,
) -> ActionPoint:
    _check_item(meeting, agenda_item)
    _check_owner(meeting, owner_organisation, owner_participant)
    point = ActionPoint.objects.create(
        meeting=meeting,
        created_by=user,
        description=description,
        owner_organisation=owner_organisation,
        owner_participant=owner_participant,
        due_date=due_date,
        status=status,
        agenda_item=agenda_item,
    )
    audit_record(
        actor=user,
        action="action_point.add",
        summary=f"{meeting.title}: {point}",
        target=meeting,
    )
    return point


@transaction.atomic
def action_point_update(
    *,
    point: ActionPoint,
    user: User,
    expected_version: int,
    description: str,
    owner_organisation: str,
    due_date: dt.date | None,
    status: str,
    agenda_item: AgendaItem | None,
    owner_participant: Participant | None = None,
) -> ActionPoint:
    _check_item(point.meeting, agenda_item)
    _check_owner(point.meeting, owner_organisation, owner_participant)
    values = {
        "description": description,
        "owner_organisation": owner_organisation,
        "owner_participant": owner_participant,
        "due_date": due_date,
        "status": status,
        "agenda_item": agenda_item,
    }
    current = versioned_update(
        point,
        expected_version=expected_version,
        values=values,
        actor=user,
    )
    audit_record(
        changes=field_changes(point, values),
        actor=user,
        action="action_point.update",
        summary=f"{point.meeting.title}: {current} "
        f"({current.get_status_display().lower()})",
        target=point.meeting,
    )
    return current


@transaction.atomic
def action_point_delete(*, point: ActionPoint, user: User) -> None:
    audit_record(
        actor=user,
        action="action_point.delete",
        summary=f"{point.meeting.title}: {point} removed",
        target=point.meeting,
    )
    point.delete()


@transaction.atomic
def action_point_progress_add(
    *,
    point: ActionPoint,
    user: User,
    status: str,
    note: str,
    date: dt.date | None = None,
) -> ActionPointUpdate:
    """A dated progress update; the action point takes its status. Updates
    are added, never edited, so the record of progress stays as written."""
    if status not in ActionPointStatus.values:
        raise ServiceError(_("Choose a status."))
    if not note.strip():
        raise ServiceError(_("Say what progress was made."))
    date = date or timezone.localdate()
    if date > timezone.localdate():
        raise ServiceError(_("A progress update cannot be dated in the future."))
    update = ActionPointUpdate.objects.create(
        point=point, status=status, note=note.strip(), date=date, author=user
    )
    ActionPoint.objects.filter(pk=point.pk).update(
        status=status, version=F("version") + 1, updated_at=timezone.now()
    )
    audit_record(
        actor=user,
        action="action_point.progress",
        summary=f"{point.meeting.title}: {point} ({status})",
        target=point.meeting,
        changes={"status": (point.status, status)} if point.status != status else None,
    )
    return update
