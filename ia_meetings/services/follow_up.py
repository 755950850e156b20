"""The follow-up of a meeting, at the discretion of the affected State [001]:
a report shared, a subsequent meeting, information sharing, and so on."""

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from portal.models import User
from portal.services import ServiceError, audit_record, field_changes, versioned_update

from ..models import FollowUp, FollowUpKind, FollowUpStatus, Meeting
from .country_page import country_page_changed


def _check_follow_up(
    meeting: Meeting, *, kind: str, subsequent_meeting: Meeting | None
) -> None:
    if subsequent_meeting is None:
        return
    if kind != FollowUpKind.SUBSEQUENT_MEETING:
        raise ServiceError(_("Only a subsequent meeting links to another meeting."))
    if (
        subsequent_meeting.pk == meeting.pk
        or subsequent_meeting.state_id != meeting.state_id
    ):
        raise ServiceError(
            _("The subsequent meeting must be another meeting of the same State.")
        )


@transaction.atomic
def follow_up_add(
    *,
    meeting: Meeting,
    user: User,
    kind: str,
    status: str = FollowUpStatus.PLANNED,
    date: dt.date | None = None,
    notes: str = "",
    subsequent_meeting: Meeting | None = None,
) -> FollowUp:
    _check_follow_up(meeting, kind=kind, subsequent_meeting=subsequent_meeting)
    follow_up = FollowUp.objects.create(
        meeting=meeting,
        created_by=user,
        kind=kind,
        status=status,
        date=date,
        notes=notes,
        subsequent_meeting=subsequent_meeting,
    )
    audit_record(
        actor=user,
        action="follow_up.add",
        summary=f"{meeting.title}: {follow_up}",
        target=meeting,
    )
    country_page_changed(meeting)
    return follow_up


@transaction.atomic
def follow_up_update(
    *,
    follow_up: FollowUp,
    user: User,
    expected_version: int,
    kind: str,
    status: str,
    date: dt.date | None,
    notes: str,
    subsequent_meeting: Meeting | None,
) -> FollowUp:
    meeting = follow_up.meeting
    _check_follow_up(meeting, kind=kind, subsequent_meeting=subsequent_meeting)
    values = {
        "kind": kind,
        "status": status,
        "date": date,
        "notes": notes,
        "subsequent_meeting": subsequent_meeting,
    }
    current = versioned_update(
        follow_up,
        expected_version=expected_version,
        values=values,
        actor=user,
    )
    audit_record(
        changes=field_changes(follow_up, values),
        actor=user,
        action="follow_up.update",
        summary=f"{meeting.title}: {current}",
        target=meeting,
    )
    country_page_changed(meeting)
    return current


@transaction.atomic
def follow_up_delete(*, follow_up: FollowUp, user: User) -> None:
    meeting = follow_up.meeting
    audit_record(
        actor=user,
        action="follow_up.delete",
        summary=f"{meeting.title}: {follow_up} removed",
        target=meeting,
    )
    follow_up.delete()
    country_page_changed(meeting)
