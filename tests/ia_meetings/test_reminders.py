"""Reminders go out once each, however often the periodic task runs."""

import datetime as dt
import os
import threading

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection
from django.utils import timezone

from ia_meetings.models import Reminder
from ia_meetings.services.reminders import reminders_send
from ia_meetings.tasks import send_reminders
from portal.models import OutboxEmail
from tests.factories import FocalPointFactory
from tests.ia_meetings.factories import (
    ActionPointFactory,
    AgendaItemFactory,
    MeetingFactory,
    ParticipantFactory,
)

pytestmark = pytest.mark.django_db


def _soon(days=3):
    return (timezone.now() + dt.timedelta(days=days)).replace(microsecond=0)


def test_those_who_accepted_or_not_answered_are_reminded_once(
    django_capture_on_commit_callbacks,
):
    start = _soon()
    meeting = MeetingFactory(starts_at=start, ends_at=start + dt.timedelta(hours=2))
    sent = timezone.now()
    ParticipantFactory(
        meeting=meeting,
        email="yes@example.org",
        invitation_sent_at=sent,
        response="accepted",
        responded_at=sent,
    )
    ParticipantFactory(
        meeting=meeting, email="maybe@example.org", invitation_sent_at=sent
    )
    ParticipantFactory(
        meeting=meeting,
        email="no@example.org",
        invitation_sent_at=sent,
        response="declined",
        responded_at=sent,
    )
    ParticipantFactory(meeting=meeting, email="never-invited@example.org")
    far = _soon(settings.IA_REMINDER_DAYS_BEFORE + 5)
    later = MeetingFactory(starts_at=far, ends_at=far + dt.timedelta(hours=1))
    ParticipantFactory(meeting=later, invitation_sent_at=sent)
    with django_capture_on_commit_callbacks(execute=True):
        first = reminders_send()
        second = send_reminders()
    assert first.meeting == 2 and second["meeting"] == 0
    assert sorted(m.to[0] for m in mail.outbox) == [
        "maybe@example.org",
        "yes@example.org",
    ]
    message = mail.outbox[0]
    assert message.subject.startswith("[IA Portal] Reminder: ")
    assert message.attachments and message.attachments[0][0].endswith(".ics")
    assert Reminder.objects.filter(meeting=meeting).count() == 2


def test_a_meeting_moved_later_is_reminded_again(django_capture_on_commit_callbacks):
    start = _soon()
    meeting = MeetingFactory(starts_at=start, ends_at=start + dt.timedelta(hours=2))
    ParticipantFactory(meeting=meeting, invitation_sent_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        reminders_send()
        type(meeting).objects.filter(pk=meeting.pk).update(
            starts_at=start + dt.timedelta(days=1),
            ends_at=start + dt.timedelta(days=1, hours=2),
        )
        reminders_send()
    assert len(mail.outbox) == 2


def test_the_states_focal_points_are_reminded_of_an_empty_section_ii(
    angola, django_capture_on_commit_callbacks
):
    focal = FocalPointFactory(email="focal@angola.example", states=[angola])
    start = _soon(10)
    meeting = MeetingFactory(starts_at=start, ends_at=start + dt.timedelta(hours=2))
    AgendaItemFactory(meeting=meeting, code="II.A", content="")
    AgendaItemFactory(meeting=meeting, code="II.B", title="Stockpiles", content="Done")
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders_send().section_ii == 1
        assert reminders_send().section_ii == 0
    (message,) = [m for m in mail.outbox if focal.email in m.to]
    assert "II.A. Circumstances" in message.body and "Stockpiles" not in message.body


def test_the_owner_of_an_action_point_falling_due_is_reminded_once(
    django_capture_on_commit_callbacks,
):
    meeting = MeetingFactory(status="held")
    owner = ParticipantFactory(meeting=meeting, email="owner@example.org")
    ActionPointFactory(
        meeting=meeting,
        owner_participant=owner,
        due_date=timezone.localdate() + dt.timedelta(days=2),
    )
    ActionPointFactory(
        meeting=meeting,
        owner_participant=owner,
        status="done",
        due_date=timezone.localdate() + dt.timedelta(days=2),
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders_send().action_point == 1
        assert reminders_send().action_point == 0
    (message,) = mail.outbox
    assert message.to == ["owner@example.org"]
    assert "Share the updated survey results" in message.body


def test_the_reminder_task_is_on_beats_schedule():
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "ia_meetings.send_reminders" in tasks


@pytest.mark.services
@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="two beats at once need PostgreSQL's row locks",
)
@pytest.mark.django_db(transaction=True)
def test_two_beats_running_at_once_send_each_reminder_once(angola):
    """Two processes' tasks at the same moment: the second insert of the same
    reminder waits for the first to commit, then fails, and sends nothing."""
    start = _soon()
    meeting = MeetingFactory(starts_at=start, ends_at=start + dt.timedelta(hours=2))
    for _ in range(5):
        ParticipantFactory(meeting=meeting, invitation_sent_at=timezone.now())
    barrier = threading.Barrier(2)
    totals = []

    def beat():
        barrier.wait()
        try:
            totals.append(reminders_send().meeting)
        finally:
            connection.close()

    threads = [threading.Thread(target=beat) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(totals) == 5
    assert Reminder.objects.filter(meeting=meeting).count() == 5
    assert OutboxEmail.objects.count() == 5
