"""What those invited receive: invitations with the calendar file, the agenda
and the join link; change notices (old → new, in their language, with the
updated calendar entry); cancellations that take the entry out."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from ia_meetings.models import Meeting, MeetingStatus, Response
from ia_meetings.services.invitations import (
    invitations_send,
    participant_response_token,
)
from ia_meetings.services.meetings import meeting_status_set, meeting_update
from portal.services import ServiceError
from tests.factories import UserFactory
from tests.ia_meetings.factories import (
    AgendaItemFactory,
    MeetingFactory,
    ParticipantFactory,
)
from tests.roles import assert_shows

pytestmark = pytest.mark.django_db

START = dt.datetime(2030, 6, 19, 8, 0, tzinfo=dt.UTC)


def _calendar(message) -> tuple[str, Calendar]:
    (attachment,) = message.attachments
    name, content, mimetype = attachment
    assert name.endswith(".ics")
    return mimetype, Calendar.from_ical(content)


def _invite_everyone(meeting, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitations_send(
            meeting_id=meeting.pk,
            participant_ids=list(meeting.participants.values_list("pk", flat=True)),
            requested_at=timezone.now().isoformat(),
            base_url="https://portal.example/",
        )
    mail.outbox.clear()


def _values(meeting: Meeting, **changes) -> dict:
    names = (
        "title kind setting format starts_at ends_at timezone venue online_link "
        "visibility purpose highlights previous_meeting"
    ).split()
    return {name: getattr(meeting, name) for name in names} | changes


def test_an_invitation_carries_the_calendar_file_the_agenda_and_the_join_link(
    django_capture_on_commit_callbacks,
):
    meeting = MeetingFactory(
        starts_at=START,
        ends_at=START + dt.timedelta(hours=2),
        format="hybrid",
        online_link="https://meet.example/ia-angola",
    )
    AgendaItemFactory(meeting=meeting, code="II.A", presenter="Director, CNIDAH")
    participant = ParticipantFactory(meeting=meeting, email="delegate@norway.example")
    with django_capture_on_commit_callbacks(execute=True):
        invitations_send(
            meeting_id=meeting.pk,
            participant_ids=[participant.pk],
            requested_at=timezone.now().isoformat(),
            base_url="https://portal.example/",
        )
    (message,) = mail.outbox
    assert "Join online: https://meet.example/ia-angola" in message.body
    assert (
        "II.A. Circumstances, needs and challenges in mine clearance — "
        "Director, CNIDAH" in message.body
    )
    mimetype, calendar = _calendar(message)
    assert mimetype.startswith("text/calendar")
    assert calendar["method"] == "REQUEST"
    (event,) = calendar.walk("VEVENT")
    assert str(event["uid"]).startswith(f"meeting-{meeting.pk}@")
    assert "https://meet.example/ia-angola" in str(event["description"])
    assert "delegate@norway.example" in str(event["attendee"])


def test_an_in_person_meeting_s_invitation_has_no_join_link(
    django_capture_on_commit_callbacks,
):
    meeting = MeetingFactory(format="in_person", online_link="https://meet.example/x")
    ParticipantFactory(meeting=meeting)
    _invite = invitations_send
    with django_capture_on_commit_callbacks(execute=True):
        _invite(
            meeting_id=meeting.pk,
            participant_ids=list(meeting.participants.values_list("pk", flat=True)),
            requested_at=timezone.now().isoformat(),
            base_url="https://portal.example/",
        )
    (message,) = mail.outbox
    assert "meet.example" not in message.body


def test_moving_a_meeting_by_a_day_and_changing_its_room_tells_each_invitee(
    isu, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(starts_at=START, ends_at=START + dt.timedelta(hours=2))
    accepted = ParticipantFactory(meeting=meeting, email="yes@example.org")
    silent = ParticipantFactory(meeting=meeting, email="silent@example.org")
    declined = ParticipantFactory(meeting=meeting, email="no@example.org")
    _invite_everyone(meeting, django_capture_on_commit_callbacks)
    ParticipantFactory(meeting=meeting, email="not-invited@example.org")
    for participant, answer in ((accepted, "accepted"), (declined, "declined")):
        type(participant).objects.filter(pk=participant.pk).update(
            response=answer, responded_at=timezone.now()
        )
    meeting.refresh_from_db()
    old_sequence = meeting.version
    with django_capture_on_commit_callbacks(execute=True):
        meeting_update(
            meeting=meeting,
            user=isu,
            expected_version=meeting.version,
            note="Room XXIV is being renovated.",
            **_values(
                meeting,
                starts_at=START + dt.timedelta(days=1),
                ends_at=START + dt.timedelta(days=1, hours=2),
                venue="Palais des Nations, Room XVII, Geneva",
            ),
        )
    assert sorted(m.to[0] for m in mail.outbox) == [
        "silent@example.org",
        "yes@example.org",
    ]
    message = mail.outbox[0]
    assert message.subject.endswith(f"Changed: {meeting.title}")
    assert (
        "When: Wednesday 19 June 2030, 10:00–12:00 (Europe/Zurich) → "
        "Thursday 20 June 2030, 10:00–12:00 (Europe/Zurich)" in message.body
    )
    assert (
        "Venue: Palais des Nations, Room XXIV, Geneva → "
        "Palais des Nations, Room XVII, Geneva" in message.body
    )
    assert "Room XXIV is being renovated." in message.body
    _mimetype, calendar = _calendar(message)
    (event,) = calendar.walk("VEVENT")
    assert str(event["uid"]).startswith(f"meeting-{meeting.pk}@")
    assert int(event["sequence"]) > old_sequence
    assert event.decoded("dtstart").day == 20
    assert silent.email in {m.to[0] for m in mail.outbox}


def test_a_participant_reads_the_change_in_the_language_of_their_account(
    isu, django_capture_on_commit_callbacks
):
    UserFactory(email="delegue@france.example", preferred_language="fr")
    meeting = MeetingFactory(starts_at=START, ends_at=START + dt.timedelta(hours=2))
    ParticipantFactory(meeting=meeting, email="Delegue@France.example")
    ParticipantFactory(meeting=meeting, email="delegate@uk.example")
    _invite_everyone(meeting, django_capture_on_commit_callbacks)
    meeting.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        meeting_update(
            meeting=meeting,
            user=isu,
            expected_version=meeting.version,
            **_values(meeting, venue="Salle XVII"),
        )
    bodies = {m.to[0].lower(): m.body for m in mail.outbox}
    assert bodies["delegue@france.example"].startswith("Bonjour")
    assert bodies["delegate@uk.example"].startswith("Dear")


def test_changes_nobody_invited_can_see_send_nothing(
    isu, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory()
    ParticipantFactory(meeting=meeting)
    _invite_everyone(meeting, django_capture_on_commit_callbacks)
    meeting.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        meeting_update(
            meeting=meeting,
            user=isu,
            expected_version=meeting.version,
            **_values(meeting, purpose="New purpose", highlights="Highlights"),
        )
    assert mail.outbox == []


def test_a_cancellation_takes_the_entry_out_of_each_calendar(
    isu, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(title="Angola\nfollow-up")
    ParticipantFactory(meeting=meeting)
    _invite_everyone(meeting, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        meeting_status_set(
            meeting=Meeting.objects.get(pk=meeting.pk),
            user=isu,
            to_status=MeetingStatus.CANCELLED,
            note="Postponed to next year.",
        )
    (message,) = mail.outbox
    # A line break typed into a title never reaches a header.
    assert "\n" not in message.subject and "Cancelled: Angola follow-up" in (
        message.subject
    )
    assert "Postponed to next year." in message.body
    _mimetype, calendar = _calendar(message)
    assert calendar["method"] == "CANCEL"
    (event,) = calendar.walk("VEVENT")
    assert event["status"] == "CANCELLED"


def test_a_new_date_in_the_past_is_refused_and_changes_nothing(isu):
    meeting = MeetingFactory()
    past = timezone.now() - dt.timedelta(days=2)
    with pytest.raises(ServiceError, match="in the past"):
        meeting_update(
            meeting=meeting,
            user=isu,
            expected_version=meeting.version,
            **_values(meeting, starts_at=past, ends_at=past + dt.timedelta(hours=1)),
        )
    assert Meeting.objects.get(pk=meeting.pk).starts_at == meeting.starts_at


def test_the_person_changing_sees_who_will_be_told_and_adds_a_note(
    isu, client_for, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(
        starts_at=START, ends_at=START + dt.timedelta(hours=2), venue="Room XXIV"
    )
    ParticipantFactory(meeting=meeting, name="Ms Solberg", organisation="Norway")
    declined = ParticipantFactory(meeting=meeting, name="Mr Declined")
    _invite_everyone(meeting, django_capture_on_commit_callbacks)
    type(declined).objects.filter(pk=declined.pk).update(
        response=Response.DECLINED, responded_at=timezone.now()
    )
    meeting.refresh_from_db()
    form = {
        "title": meeting.title,
        "kind": meeting.kind,
        "setting": meeting.setting,
        "format": meeting.format,
        "venue": "Room XVII",
        "starts_at": "2030-06-19T10:00",
        "ends_at": "2030-06-19T12:00",
        "timezone": "Europe/Zurich",
        "visibility": "public",
        "version": meeting.version,
    }
    url = reverse("ia_meetings:edit", args=[meeting.pk])
    client = client_for(isu)
    page = assert_shows(
        client.post(url, form),
        "1 person invited will be told of this change",
        "Ms Solberg (Norway)",
        "Save and tell them",
    )
    assert "Mr Declined" not in page
    assert "Up to 2,000 characters." in page
    assert Meeting.objects.get(pk=meeting.pk).venue == "Room XXIV"
    assert mail.outbox == []
    # A note longer than the limit is refused, never cut: the notice comes back
    # with the message and the note as typed, and nothing is saved or sent.
    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post(
            url, form | {"notice": "confirmed", "notice_note": "x" * 2_001}
        )
    assert_shows(
        refused,
        "The note can be at most 2,000 characters long (it has 2,001).",
        "Save and tell them",
    )
    assert Meeting.objects.get(pk=meeting.pk).venue == "Room XXIV"
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, form | {"notice": "confirmed", "notice_note": "Bring your badge."}
        )
    assert response.status_code == 302
    assert Meeting.objects.get(pk=meeting.pk).venue == "Room XVII"
    (message,) = mail.outbox
    assert "Venue: Room XXIV → Room XVII" in message.body
    assert "Bring your badge." in message.body


def test_the_answer_page_offers_the_meeting_for_the_calendar(client):
    meeting = MeetingFactory(visibility="committee")
    participant = ParticipantFactory(meeting=meeting)
    token = participant_response_token(participant=participant)
    response = client.post(
        reverse("ia_meetings:respond", args=[token]), {"response": "accepted"}
    )
    page = assert_shows(response, "Add to calendar (.ics)")
    link = re.search(r'href="([^"]+meeting\.ics)"', page)[1]
    ics = client.get(link)
    assert ics.status_code == 200
    calendar = Calendar.from_ical(ics.content)
    (event,) = calendar.walk("VEVENT")
    assert meeting.title in str(event["summary"])
