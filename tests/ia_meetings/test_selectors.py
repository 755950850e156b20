"""The contract other apps use, and the pages' query ceilings."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from ia_meetings import selectors
from ia_meetings.models import ActionPoint, Participant
from tests.ia_meetings.factories import (
    ActionPointFactory,
    AgendaItemFactory,
    FollowUpFactory,
    MaterialFactory,
    MeetingFactory,
    ParticipantFactory,
)

pytestmark = pytest.mark.django_db

# Ceilings that hold with 1 row or 200 (DESIGN.md: queries do not grow with data).
LIST_CEILING = 10
DETAIL_CEILING = 18
PARTICIPANTS_CEILING = 8
ACTION_POINTS_CEILING = 10
# The meetings, then the materials (the reports are meeting_reports' part).
SUMMARY_CEILING = 2


def _past(days):
    return timezone.now() - dt.timedelta(days=days)


def test_country_ia_summary_shows_what_the_reader_may_see(angola, zimbabwe):
    held = MeetingFactory(
        title="Launch", status="held", starts_at=_past(100),
        highlights="A new donor committed support.",
    )  # fmt: skip
    upcoming = MeetingFactory(title="Follow-up", previous_meeting=held)
    MeetingFactory(title="Restricted", visibility="committee")
    MeetingFactory(title="Proposed", status="proposed")
    MeetingFactory(title="Cancelled", status="cancelled")
    MeetingFactory(title="Elsewhere", state=zimbabwe)
    MaterialFactory(agenda_item__meeting=held, title="Angola's slides")
    from django.contrib.auth.models import AnonymousUser

    summary = selectors.country_ia_summary(state=angola, user=AnonymousUser())
    assert [i.title for i in summary.upcoming_meetings] == ["Follow-up"]
    assert summary.upcoming_meetings[0].url == upcoming.get_absolute_url()
    assert [i.title for i in summary.past_meetings] == ["Launch"]
    assert summary.highlights[0].detail == "A new donor committed support."
    presentations = selectors.country_presentations(state=angola, user=AnonymousUser())
    assert [i.title for i in presentations] == ["Angola's slides"]
    assert presentations[0].url.startswith("/meetings/materials/")
    assert not summary.is_empty


def test_the_committee_sees_restricted_meetings_in_the_summary(angola, committee):
    MeetingFactory(title="Restricted", visibility="committee")
    summary = selectors.country_ia_summary(state=angola, user=committee)
    assert [i.title for i in summary.upcoming_meetings] == ["Restricted"]


def test_states_with_ia_platform_are_those_that_held_a_launch(angola, zimbabwe):
    MeetingFactory(state=angola, status="held", starts_at=_past(10))
    MeetingFactory(state=zimbabwe, status="scheduled")
    assert selectors.states_with_ia_platform() == {angola.pk}


def test_last_meeting_start_and_country_meetings_serve_the_nmap_page(zimbabwe, client):
    old = MeetingFactory(
        state=zimbabwe, kind="nmap", status="held", starts_at=_past(90)
    )
    new = MeetingFactory(state=zimbabwe, kind="nmap")
    MeetingFactory(state=zimbabwe, kind="nmap", status="cancelled")
    MeetingFactory(state=zimbabwe, kind="ia_launch")
    assert selectors.last_meeting_start(state=zimbabwe, kind="nmap") == new.starts_at
    from django.contrib.auth.models import AnonymousUser

    items = selectors.country_meetings(
        state=zimbabwe, user=AnonymousUser(), kind="nmap"
    )
    assert [i.url for i in items] == [new.get_absolute_url(), old.get_absolute_url()]
    assert "National Mine Action Platform meeting" in items[0].detail


def _many_meetings(count, angola):
    for n in range(count):
        meeting = MeetingFactory(title=f"Meeting {n}")
        ParticipantFactory(meeting=meeting)


@pytest.mark.parametrize("count", [1, 200])
def test_the_meeting_list_query_count_does_not_grow(
    count, angola, focal_point, client_for, django_assert_max_num_queries
):
    _many_meetings(count, angola)
    Participant.objects.create(
        meeting_id=MeetingFactory().pk, group="state", organisation="O", name="N",
        email=focal_point.email,
    )  # fmt: skip
    client = client_for(focal_point)
    with django_assert_max_num_queries(LIST_CEILING):
        response = client.get(reverse("ia_meetings:list"))
    assert response.status_code == 200


@pytest.mark.parametrize("count", [1, 200])
def test_the_meeting_page_query_count_does_not_grow(
    count, isu, client_for, django_assert_max_num_queries
):
    meeting = MeetingFactory()
    for n in range(count):
        item = AgendaItemFactory(meeting=meeting, minutes=f"Minutes {n}")
        MaterialFactory(agenda_item=item)
        ParticipantFactory(meeting=meeting)
        ActionPointFactory(meeting=meeting, agenda_item=item)
        FollowUpFactory(meeting=meeting)
    client = client_for(isu)
    with django_assert_max_num_queries(DETAIL_CEILING):
        response = client.get(meeting.get_absolute_url())
    assert response.status_code == 200


@pytest.mark.parametrize("count", [1, 200])
def test_the_participant_list_query_count_does_not_grow(
    count, focal_point, client_for, django_assert_max_num_queries
):
    meeting = MeetingFactory()
    ParticipantFactory.create_batch(count, meeting=meeting)
    client = client_for(focal_point)
    with django_assert_max_num_queries(PARTICIPANTS_CEILING):
        response = client.get(reverse("ia_meetings:participants", args=[meeting.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize("count", [1, 200])
def test_the_country_action_points_query_count_does_not_grow(
    count, committee, client_for, django_assert_max_num_queries
):
    meeting = MeetingFactory()
    item = AgendaItemFactory(meeting=meeting)
    ActionPoint.objects.bulk_create(
        ActionPoint(meeting=meeting, agenda_item=item, description=f"Task {n}",
                    owner_organisation="O", due_date=timezone.localdate())
        for n in range(count)
    )  # fmt: skip
    client = client_for(committee)
    with django_assert_max_num_queries(ACTION_POINTS_CEILING):
        response = client.get(
            reverse("ia_meetings:country_action_points", args=["AGO"])
        )
    assert response.status_code == 200


@pytest.mark.parametrize("count", [1, 200])
def test_the_country_summary_query_count_does_not_grow(
    count, angola, django_assert_max_num_queries
):
    from django.contrib.auth.models import AnonymousUser

    for n in range(count):
        meeting = MeetingFactory(title=f"M{n}", status="held", starts_at=_past(n + 1))
        MaterialFactory(agenda_item__meeting=meeting)
    with django_assert_max_num_queries(SUMMARY_CEILING):
        summary = selectors.country_ia_summary(state=angola, user=AnonymousUser())
        presentations = selectors.country_presentations(
            state=angola, user=AnonymousUser()
        )
    assert len(summary.past_meetings) == len(presentations) == count
