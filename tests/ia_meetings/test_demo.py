import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from ia_meetings.models import ActionPoint, FollowUp, Meeting, Participant
from ia_meetings.services.meetings import meeting_status_set
from portal.models import User


@pytest.mark.django_db
def test_demo_meetings_come_from_the_seeds_and_load_once():
    call_command("demo", stdout=io.StringIO())
    counts = _counts()
    assert counts[0] == 11
    launch = Meeting.objects.get(state__iso3="SDN", kind="ia_launch")
    assert launch.starts_local.strftime("%B %Y") == "June 2017"
    khartoum = Meeting.objects.get(state__iso3="SDN", kind="stakeholder_coordination")
    assert "Embassy of Japan" in khartoum.venue
    assert khartoum.previous_meeting == launch
    assert launch.follow_ups.filter(kind="report", status="done").exists()
    assert Meeting.objects.filter(status="scheduled", ends_at__gt=launch.ends_at)
    assert launch.agenda_items.count() == 10
    call_command("demo", stdout=io.StringIO())
    assert _counts() == counts


def _counts():
    return tuple(
        model.objects.count() for model in (Meeting, Participant, ActionPoint, FollowUp)
    )


@pytest.mark.django_db
def test_a_fresh_demo_has_a_meeting_under_way_that_the_isu_can_mark_held():
    """The "mark held, then make the report" journey needs no back-dating."""
    call_command("demo", stdout=io.StringIO())
    now = timezone.now()
    (meeting,) = Meeting.objects.filter(
        status="scheduled", starts_at__lte=now, ends_at__gt=now
    )
    assert meeting.state.iso3 == "SRB"
    isu = User.objects.get(email="isu@demo.example")
    held = meeting_status_set(meeting=meeting, user=isu, to_status="held")
    assert held.status == "held"
