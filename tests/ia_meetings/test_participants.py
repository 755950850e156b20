"""Participants: the list, invitations by e-mail, signed response links,
attendance and the contact list."""

import csv
import io
import re
import time
from unittest import mock

import pytest
from django.core import mail
from django.urls import reverse

from ia_meetings import services
from ia_meetings.models import Participant
from tests.ia_meetings.factories import MeetingFactory, ParticipantFactory

pytestmark = pytest.mark.django_db


def _add(client, meeting, **changes):
    data = {"group": "donor", "organisation": "Embassy of Japan",
            "name": "Ms Tanaka", "email": "tanaka@example.org"}  # fmt: skip
    data.update(changes)
    return client.post(reverse("ia_meetings:participants", args=[meeting.pk]), data)


def test_the_focal_point_adds_participants_and_an_email_twice_is_refused(
    focal_point, client_for
):
    meeting = MeetingFactory()
    client = client_for(focal_point)
    assert _add(client, meeting).status_code == 302
    response = _add(client, meeting, name="Someone else", email="TANAKA@example.org")
    assert response.status_code == 200
    assert "tanaka@example.org is already on the participant list" in (
        response.content.decode()
    )
    assert meeting.participants.count() == 1


def test_invitations_are_sent_by_a_task_with_a_link_that_records_the_answer(
    isu, client_for, client, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(title="Angola: IA launch")
    ParticipantFactory(meeting=meeting, email="a@example.org", name="A")
    ParticipantFactory(meeting=meeting, email="b@example.org", name="B")
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(isu).post(
            reverse("ia_meetings:invite", args=[meeting.pk])
        )
    assert response.status_code == 302
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
        services.participants_invite(meeting=meeting, user=isu, base_url="http://x/")
    with pytest.raises(services.ServiceError, match="already been invited"):
        services.participants_invite(meeting=meeting, user=isu, base_url="http://x/")
    assert len(mail.outbox) == 1


def test_a_retried_task_does_not_invite_anyone_twice(isu):
    from django.utils import timezone

    meeting = MeetingFactory()
    participant = ParticipantFactory(meeting=meeting)
    args = {
        "meeting_id": meeting.pk,
        "participant_ids": [participant.pk],
        "requested_at": timezone.now().isoformat(),
        "base_url": "http://x/",
    }
    assert services.invitations_send(**args) == 1
    assert services.invitations_send(**args) == 0
    assert len(mail.outbox) == 1


def test_a_tampered_response_link_is_refused_with_a_message(client):
    participant = ParticipantFactory()
    token = services.participant_response_token(participant=participant)
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
        token = services.participant_response_token(participant=participant)
    response = client.post(
        reverse("ia_meetings:respond", args=[token]), {"response": "accepted"}
    )
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    participant.refresh_from_db()
    assert participant.response == "none"


def test_a_link_stops_working_when_the_address_is_corrected(client):
    participant = ParticipantFactory(email="old@example.org")
    token = services.participant_response_token(participant=participant)
    Participant.objects.filter(pk=participant.pk).update(email="new@example.org")
    response = client.get(reverse("ia_meetings:respond", args=[token]))
    assert response.status_code == 400


def test_attendance_is_recorded(focal_point, client_for):
    meeting = MeetingFactory()
    came, stayed_away = ParticipantFactory.create_batch(2, meeting=meeting)
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
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
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
