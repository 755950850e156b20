"""What someone undertook to do at a meeting, by when [003 §10]."""

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from portal.models import User
from portal.services import ServiceError, audit_record, field_changes, versioned_update

from ..models import ActionPoint, ActionPointStatus, AgendaItem, Meeting


def _check_item(meeting: Meeting, item: AgendaItem | None) -> None:
    if item is not None and item.meeting_id != meeting.pk:
        raise ServiceError(_("That agenda item belongs to another meeting."))


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
) -> ActionPoint:
    _check_item(meeting, agenda_item)
    point = ActionPoint.objects.create(
        meeting=meeting,
        created_by=user,
        description=description,
        owner_organisation=owner_organisation,
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
) -> ActionPoint:
    _check_item(point.meeting, agenda_item)
    values = {
        "description": description,
        "owner_organisation": owner_organisation,
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
