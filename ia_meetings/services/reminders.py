"""Reminders, sent by a periodic task (Celery beat: `ia_meetings.send_reminders`).

Three kinds, each a configurable number of days ahead (settings):
- those invited who accepted or have not answered, before the meeting
  (`IA_REMINDER_DAYS_BEFORE`), with the calendar entry;
- the State's focal points, while section II of an upcoming meeting is still
  empty (`IA_SECTION_II_REMINDER_DAYS`);
- the owner of an open action point (a participant), before it falls due
  (`IA_ACTION_POINT_REMINDER_DAYS`).

Each reminder goes out once: a Reminder row with a unique (kind, key) is
written in the same transaction as the e-mail's outbox row. A second run, or
a second beat running at the same moment, meets the unique constraint (on
PostgreSQL the second insert waits for the first to commit, then fails) and
sends nothing. The key holds the meeting's start or the due date, so a
meeting moved later, or an action point given a new date, is reminded again.
"""

import datetime as dt
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from country_pages.selectors import focal_point_assignment_list
from portal.emails import email_link, email_send
from portal.models import Role

from ..models import (
    ActionPoint,
    ActionPointStatus,
    Meeting,
    MeetingStatus,
    Reminder,
    ReminderKind,
    Response,
)
from ..status import UPCOMING_STATUSES
from .notices import participant_email


@dataclass
class ReminderCounts:
    meeting: int = 0
    section_ii: int = 0
    action_point: int = 0


def _once(*, kind: str, key: str, meeting_id: int, send) -> bool:
    """Record the reminder and send it, together; False if it went out before."""
    try:
        with transaction.atomic():
            Reminder.objects.create(kind=kind, key=key, meeting_id=meeting_id)
            send()
    except IntegrityError:
        return False
    return True


def _base_url() -> str:
    return settings.PORTAL_BASE_URL


def meeting_reminders_send(*, now: dt.datetime) -> int:
    """Those invited who accepted or have not answered, before the meeting."""
    horizon = now + dt.timedelta(days=settings.IA_REMINDER_DAYS_BEFORE)
    meetings = Meeting.objects.select_related("state").filter(
        status=MeetingStatus.SCHEDULED, starts_at__gt=now, starts_at__lte=horizon
    )
    sent = 0
    for meeting in meetings:
        participants = list(
            meeting.participants.filter(invitation_sent_at__isnull=False).filter(
                response__in=[Response.ACCEPTED, Response.NONE]
            )
        )
        stamp = f"{meeting.starts_at:%Y%m%dT%H%M}"
        for participant in participants:
            sent += _once(
                kind=ReminderKind.MEETING,
                key=f"meeting:{meeting.pk}:{stamp}:participant:{participant.pk}",
                meeting_id=meeting.pk,
                send=partial(
                    participant_email,
                    meeting=meeting,
                    participant=participant,
                    template="ia_meetings/emails/reminder_meeting",
                    context={},
                    base_url=_base_url(),
                ),
            )
    return sent


def section_ii_reminders_send(*, now: dt.datetime) -> int:
    """The State's focal points, while section II is still to be written."""
    horizon = now + dt.timedelta(days=settings.IA_SECTION_II_REMINDER_DAYS)
    meetings = (
        Meeting.objects.select_related("state")
        .filter(status__in=UPCOMING_STATUSES, starts_at__gt=now, starts_at__lte=horizon)
        .filter(agenda_items__by_state=True, agenda_items__content="")
        .distinct()
    )
    sent = 0
    for meeting in meetings:
        focal_points = list(
            focal_point_assignment_list()
            .filter(state_id=meeting.state_id)
            .select_related("user")
            .filter(user__is_active=True, user__role=Role.FOCAL_POINT)
        )
        empty = list(
            meeting.agenda_items.filter(by_state=True, content="").order_by(
                "order", "pk"
            )
        )
        stamp = f"{meeting.starts_at:%Y%m%dT%H%M}"
        for assignment in focal_points:
            user = assignment.user
            sent += _once(
                kind=ReminderKind.SECTION_II,
                key=f"section_ii:{meeting.pk}:{stamp}:user:{user.pk}",
                meeting_id=meeting.pk,
                send=partial(
                    email_send,
                    template="ia_meetings/emails/reminder_section_ii",
                    context={
                        "meeting": meeting,
                        "items": empty,
                        "name": user.get_full_name(),
                        "meeting_url": email_link(
                            lambda meeting=meeting: (
                                _base_url() + meeting.get_absolute_url()
                            )
                        ),
                    },
                    to=[user.email],
                    language=settings.LANGUAGE_CODE,
                ),
            )
    return sent


def action_point_reminders_send(*, today: dt.date) -> int:
    """The owners of open action points that fall due soon."""
    horizon = today + dt.timedelta(days=settings.IA_ACTION_POINT_REMINDER_DAYS)
    points = list(
        ActionPoint.objects.select_related("meeting__state", "owner_participant")
        .filter(owner_participant__isnull=False, due_date__isnull=False)
        .filter(due_date__gte=today, due_date__lte=horizon)
        .exclude(status=ActionPointStatus.DONE)
        .exclude(meeting__status=MeetingStatus.CANCELLED)
    )
    sent = 0
    for point in points:
        owner = point.owner_participant
        sent += _once(
            kind=ReminderKind.ACTION_POINT,
            key=f"action_point:{point.pk}:{point.due_date:%Y%m%d}",
            meeting_id=point.meeting_id,
            send=partial(
                email_send,
                template="ia_meetings/emails/reminder_action_point",
                context={
                    "point": point,
                    "meeting": point.meeting,
                    "name": owner.name,
                    "point_url": email_link(
                        lambda point=point: _base_url() + point.get_absolute_url()
                    ),
                },
                to=[owner.email],
                language=settings.LANGUAGE_CODE,
            ),
        )
    return sent


def reminders_send(*, now: dt.datetime | None = None) -> ReminderCounts:
    """Every reminder due now that has not gone out yet."""
    now = now or timezone.now()
    return ReminderCounts(
        meeting=meeting_reminders_send(now=now),
        section_ii=section_ii_reminders_send(now=now),
        action_point=action_point_reminders_send(today=timezone.localdate(now)),
    )
