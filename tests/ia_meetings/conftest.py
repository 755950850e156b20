import datetime as dt

import pytest
from django.utils import timezone

from ia_meetings.models import MeetingStatus, Visibility
from ia_meetings.services.meetings import meeting_propose, meeting_status_set
from tests.factories import IsuFactory
from tests.ia_meetings.factories import MeetingFactory, ParticipantFactory


@pytest.fixture
def meeting_with_agenda(db, angola):
    """A scheduled, public IA launch of Angola with the standard agenda."""
    isu = IsuFactory(email="convener@example.org")
    start = timezone.now().replace(microsecond=0) + dt.timedelta(days=30)
    meeting = meeting_propose(
        state=angola,
        user=isu,
        title="Angola: launch of the Individualised Approach",
        kind="ia_launch",
        setting="intersessional",
        format="hybrid",
        venue="Palais des Nations, Room XXIV",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        timezone="Europe/Zurich",
        visibility=Visibility.PUBLIC,
    )
    return meeting_status_set(
        meeting=meeting, user=isu, to_status=MeetingStatus.SCHEDULED
    )


@pytest.fixture
def restricted_meeting(db, angola):
    return MeetingFactory(
        state=angola, visibility=Visibility.COMMITTEE, title="Restricted meeting"
    )


@pytest.fixture
def participants_meeting(db, angola):
    """Visible to participants; the donor of the role matrix is one of them."""
    meeting = MeetingFactory(
        state=angola,
        visibility=Visibility.PARTICIPANTS,
        title="Meeting for participants",
    )
    ParticipantFactory(
        meeting=meeting, email="donor@example.org", name="Ms Donor Delegate"
    )
    return meeting
