"""Participants: the list, invitations by e-mail, signed response links,
attendance and the contact list."""

import csv
import datetime as dt
import io
import re
import time
from unittest import mock

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from ia_meetings.models import Participant
from ia_meetings.services.invitations import (
    invitations_send,
    participant_response_token,
)
from ia_meetings.services.participants import participants_invite
from portal.services import ServiceError
from tests.ia_meetings.factories import MeetingFactory, ParticipantFactory

pytestmark = pytest.mark.django_db


def _add(client, meeting, **changes):
    data = {
        "group": "donor",
        "organisation": "Embassy of Japan",
        "name": "Ms Tanaka",
        "email": "tanaka@example.org",
    }
    return client.post(
        reverse("ia_meetings:participants", args=[meeting.pk]), data | changes
    )


def test_the_focal_point_adds_participants_and_an_email_twice_is_refused(
    focal_point, client_for
):
    meeting = MeetingFactory()
    client = client_for(focal_point)
    _add(client, meeting, email=" Tanaka@Example.org ")
    (participant,) = meeting.participants.all()
    assert (participant.name, participant.email, participant.added_by) == (
        "Ms Tanaka",
        "tanaka@example.org",
        focal_point,
    )
    response = _add(client, meeting, name="Someone else", email="TANAKA@example.org")
    assert response.status_code == 200
    assert "tanaka@example.org is already on the participant list" in (
        response.content.decode()
    )
    # What was typed stays in the form.
    assert "Someone else" in response.content.decode()
    assert meeting.participants.count() == 1


def test_invitations_are_sent_by_a_task_with_a_link_that_records_the_answer(
    isu, client_for, client, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(title="Angola: IA launch")
    ParticipantFactory(meeting=meeting, email="a@example.org", name="A")
    ParticipantFactory(meeting=meeting, email="b@example.org", name="B")
    with django_capture_on_commit_callbacks(execute=True):
        client_for(isu).post(reverse("ia_meetings:invite", args=[meeting.pk]))
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.org", "b@example.org"]
    assert not meeting.participants.filter(invitation_sent_at__isnull=True).exists()
    message = next(m for m in mail.outbox if m.to == ["a@example.org"])
    assert "Angola: IA launch" in message.subject
    link = re.search(r"http://testserver(/meetings/respond/\S+/)", message.body)[1]
    # Opening the link changes nothing (mail scanners open links too).
    assert client.get(link).status_code == 200
    assert meeting.participants.get(email="a@example.org").response == "none"
    response = client.post(link, {"response": "declined"})
    assert "Thank you" in response.content.decode()
    participant = meeting.participants.get(email="a@example.org")
    assert participant.response == "declined" and participant.responded_at


def test_sending_again_only_invites_those_not_yet_invited(
    isu, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory()
    ParticipantFactory(meeting=meeting)
    with django_capture_on_commit_callbacks(execute=True):
        participants_invite(meeting=meeting, user=isu, base_url="http://x/")
    with pytest.raises(ServiceError, match="already been invited"):
        participants_invite(meeting=meeting, user=isu, base_url="http://x/")
    assert len(mail.outbox) == 1


def test_a_retried_task_does_not_invite_anyone_twice(
    isu, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory()
    participant = ParticipantFactory(meeting=meeting)
    args = {
        "meeting_id": meeting.pk,
        "participant_ids": [participant.pk],
        "requested_at": timezone.now().isoformat(),
        "base_url": "http://x/",
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert invitations_send(**args) == 1
        assert invitations_send(**args) == 0
    assert len(mail.outbox) == 1


def test_the_invitation_says_when_and_where_and_how_to_answer(
    isu, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(
        title="Angola's IA launch & review",
        starts_at=dt.datetime(2030, 6, 19, 8, 0, tzinfo=dt.UTC),
        ends_at=dt.datetime(2030, 6, 19, 10, 0, tzinfo=dt.UTC),
    )
    participant = ParticipantFactory(meeting=meeting, name="Ms O'Hara")
    with django_capture_on_commit_callbacks(execute=True):
        invitations_send(
            meeting_id=meeting.pk,
            participant_ids=[participant.pk],
            requested_at=timezone.now().isoformat(),
            base_url="https://portal.example/",
        )
    (message,) = mail.outbox
    assert message.subject.endswith("Invitation: Angola's IA launch & review")
    link = re.search(r"https://portal.example/meetings/respond/\S+/", message.body)[0]
    assert message.body == (
        "Dear Ms O'Hara,\n\n"
        "Angola invites you to “Angola's IA launch & review” (IA launch).\n\n"
        "When: Wednesday 19 June 2030, 10:00–12:00 (Europe/Zurich)\n"
        "Where: Palais des Nations, Room XXIV, Geneva (hybrid)\n\n"
        f"Please accept or decline here (no account needed):\n{link}\n\n"
        "The attached calendar file adds the meeting to your calendar.\n"
        f"The meeting: https://portal.example/meetings/{meeting.pk}/\n\n"
        "Committee on the Enhancement of Cooperation and Assistance\n"
        "c/o the Implementation Support Unit\n"
    )


def test_a_tampered_response_link_is_refused_with_a_message(client):
    participant = ParticipantFactory()
    token = participant_response_token(participant=participant)
    other = ParticipantFactory(meeting=participant.meeting)
    forged = token.replace(f"{participant.pk}:", f"{other.pk}:", 1)
    for bad in (forged, token[:-2] + "xx", "nonsense"):
        response = client.post(
            reverse("ia_meetings:respond", args=[bad]), {"response": "accepted"}
        )
        assert response.status_code == 400
        assert "not valid" in response.content.decode()
    assert not Participant.objects.exclude(response="none").exists()


def test_an_expired_response_link_is_refused_with_a_message(client):
    participant = ParticipantFactory()
    long_ago = time.time() - 61 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=long_ago):
        token = participant_response_token(participant=participant)
    response = client.post(
        reverse("ia_meetings:respond", args=[token]), {"response": "accepted"}
    )
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    participant.refresh_from_db()
    assert participant.response == "none"


def test_a_link_stops_working_when_the_address_is_corrected(client):
    participant = ParticipantFactory(email="old@example.org")
    token = participant_response_token(participant=participant)
    Participant.objects.filter(pk=participant.pk).update(email="new@example.org")
    response = client.get(reverse("ia_meetings:respond", args=[token]))
    assert response.status_code == 400
    assert "the participant list has changed" in response.content.decode()


def test_attendance_records_exactly_those_ticked(focal_point, client_for):
    start = timezone.now() - dt.timedelta(hours=1)
    meeting = MeetingFactory(starts_at=start, ends_at=start + dt.timedelta(hours=2))
    came, stayed_away = ParticipantFactory.create_batch(2, meeting=meeting)
    stayed_away.attended = True
    stayed_away.save()
    client_for(focal_point).post(
        reverse("ia_meetings:attendance", args=[meeting.pk]), {"attended": [came.pk]}
    )
    came.refresh_from_db(), stayed_away.refresh_from_db()
    assert came.attended and not stayed_away.attended


def test_the_contact_list_is_a_csv_that_spreadsheets_cannot_run(committee, client_for):
    meeting = MeetingFactory()
    ParticipantFactory(meeting=meeting, organisation="=HYPERLINK(1)", name="Eve")
    response = client_for(committee).get(
        reverse("ia_meetings:contact_list", args=[meeting.pk])
    )
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][:4] == ["Group", "Organisation", "Name", "E-mail"]
    assert rows[1][1] == "'=HYPERLINK(1)"


def test_a_participant_reads_the_meeting_but_not_a_restricted_one(
    donor, client_for, angola
):
    shared = MeetingFactory(visibility="participants")
    restricted = MeetingFactory(visibility="committee")
    for meeting in (shared, restricted):
        ParticipantFactory(meeting=meeting, email=donor.email.upper())
    client = client_for(donor)
    assert client.get(shared.get_absolute_url()).status_code == 200
    assert client.get(restricted.get_absolute_url()).status_code == 403
    listed = client.get(reverse("ia_meetings:list")).content.decode()
    assert shared.title in listed and restricted.title not in listed
