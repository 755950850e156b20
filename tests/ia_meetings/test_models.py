"""Rules on the data that the database itself keeps."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from ia_meetings.models import FollowUpKind
from tests.ia_meetings.factories import (
    FollowUpFactory,
    MaterialFactory,
    MeetingFactory,
    ParticipantFactory,
)

pytestmark = pytest.mark.django_db


def test_a_meeting_cannot_end_before_it_starts():
    meeting = MeetingFactory()
    meeting.ends_at = meeting.starts_at - dt.timedelta(hours=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        meeting.save()


def test_the_same_email_twice_on_one_meeting_is_refused_whatever_its_case():
    participant = ParticipantFactory(email="a.person@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        ParticipantFactory(meeting=participant.meeting, email="A.Person@Example.org")
    # Another meeting may invite the same person.
    ParticipantFactory(email="a.person@example.org")


def test_only_a_subsequent_meeting_follow_up_links_a_meeting():
    meeting = MeetingFactory()
    FollowUpFactory(kind=FollowUpKind.SUBSEQUENT_MEETING, subsequent_meeting=meeting)
    with pytest.raises(IntegrityError), transaction.atomic():
        FollowUpFactory(kind=FollowUpKind.REPORT, subsequent_meeting=meeting)


def test_material_files_get_a_path_nobody_can_guess():
    material = MaterialFactory()
    assert "slides" not in material.file.name
    assert material.file.name.startswith("ia_meetings/materials/")
    assert material.file.name.endswith(".pdf")
