"""The contract other apps use, and the pages' query ceilings."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone

from country_pages.models import StateParty
from ia_meetings import selectors
from ia_meetings.models import (
    ActionPoint,
    AgendaItem,
    FollowUp,
    Material,
    Meeting,
    Participant,
)
from tests.ia_meetings.factories import (
    AgendaItemFactory,
    MaterialFactory,
    MeetingFactory,
)

pytestmark = pytest.mark.django_db

# Ceilings that hold with one row or twenty (DESIGN.md: queries do not grow
# with data).
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
        title="Launch",
        status="held",
        starts_at=_past(100),
        highlights="A new donor committed support.",
    )
    upcoming = MeetingFactory(title="Follow-up", previous_meeting=held)
    MeetingFactory(title="Restricted", visibility="committee")
    MeetingFactory(title="Proposed", status="proposed")
    MeetingFactory(title="Cancelled", status="cancelled")
    MeetingFactory(title="Elsewhere", state=zimbabwe)
    MaterialFactory(agenda_item__meeting=held, title="Angola's slides")
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


def test_last_meeting_start_and_country_meetings_serve_the_nmap_page(zimbabwe):
    old = MeetingFactory(
        state=zimbabwe, kind="nmap", status="held", starts_at=_past(90)
    )
    new = MeetingFactory(state=zimbabwe, kind="nmap")
    MeetingFactory(state=zimbabwe, kind="nmap", status="cancelled")
    MeetingFactory(state=zimbabwe, kind="ia_launch")
    assert selectors.last_meeting_start(state=zimbabwe, kind="nmap") == new.starts_at
    items = selectors.country_meetings(
        state=zimbabwe, user=AnonymousUser(), kind="nmap"
    )
    assert [i.url for i in items] == [new.get_absolute_url(), old.get_absolute_url()]
    assert "National Mine Action Platform meeting" in items[0].detail


ROWS = 20


def _meetings(count, *, first_start=None, **fields):
    """`count` meetings of Angola a day apart, made in one query."""
    first_start = first_start or timezone.now().replace(microsecond=0)
    values = {
        "state": StateParty.objects.get(iso3="AGO"),
        "kind": "ia_launch",
        "setting": "geneva",
        "format": "online",
        "status": "scheduled",
        "visibility": "public",
    }
    starts = [first_start + dt.timedelta(days=n + 1) for n in range(count)]
    return Meeting.objects.bulk_create(
        Meeting(
            title=f"Meeting {n}",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
            **values | fields,
        )
        for n, start in enumerate(starts)
    )


def test_the_meeting_list_reads_a_fixed_number_of_queries(
    focal_point, client_for, django_assert_max_num_queries
):
    meetings = _meetings(ROWS, visibility="participants")
    Participant.objects.bulk_create(
        Participant(
            meeting=meeting,
            group="state",
            organisation="O",
            name="N",
            email=focal_point.email if n % 2 else f"p{n}@example.org",
        )
        for n, meeting in enumerate(meetings)
    )
    client = client_for(focal_point)
    with django_assert_max_num_queries(LIST_CEILING):
        page = client.get(reverse("ia_meetings:list")).content.decode()
    assert page.count('<td data-label="Meeting"><a href="/meetings/') == ROWS


def test_the_meeting_page_reads_a_fixed_number_of_queries(
    isu, client_for, django_assert_max_num_queries
):
    meeting = MeetingFactory()
    items = AgendaItem.objects.bulk_create(
        AgendaItem(
            meeting=meeting,
            order=n,
            code=f"X.{n}",
            title=f"Item {n}",
            minutes=f"Minutes {n}",
        )
        for n in range(ROWS)
    )
    Material.objects.bulk_create(
        Material(
            meeting=meeting,
            agenda_item=item,
            title=f"Slides {n}",
            file=f"ia_meetings/materials/{n}.pdf",
            original_name=f"{n}.pdf",
            content_type="application/pdf",
            size=100,
        )
        for n, item in enumerate(items)
    )
    Participant.objects.bulk_create(
        Participant(
            meeting=meeting,
            group="ngo",
            organisation="O",
            name=f"P{n}",
            email=f"p{n}@example.org",
        )
        for n in range(ROWS)
    )
    ActionPoint.objects.bulk_create(
        ActionPoint(
            meeting=meeting,
            agenda_item=item,
            description=f"Task {n}",
            owner_organisation="O",
        )
        for n, item in enumerate(items)
    )
    FollowUp.objects.bulk_create(
        FollowUp(meeting=meeting, kind="information_sharing", notes=f"Shared {n}")
        for n in range(ROWS)
    )
    client = client_for(isu)
    with django_assert_max_num_queries(DETAIL_CEILING):
        page = client.get(meeting.get_absolute_url()).content.decode()
    for text in ("Minutes 19", "Slides 19", "Task 19", "Shared 19"):
        assert text in page
    assert f"{ROWS} on the list" in page


def test_the_participant_list_reads_a_fixed_number_of_queries(
    focal_point, client_for, django_assert_max_num_queries
):
    meeting = MeetingFactory()
    Participant.objects.bulk_create(
        Participant(
            meeting=meeting,
            group="ngo",
            organisation="O",
            name=f"P{n}",
            email=f"p{n}@example.org",
        )
        for n in range(ROWS)
    )
    client = client_for(focal_point)
    with django_assert_max_num_queries(PARTICIPANTS_CEILING):
        page = client.get(
            reverse("ia_meetings:participants", args=[meeting.pk])
        ).content.decode()
    assert all(f"p{n}@example.org" in page for n in range(ROWS))


def test_the_country_action_points_read_a_fixed_number_of_queries(
    committee, client_for, django_assert_max_num_queries
):
    meeting = MeetingFactory()
    item = AgendaItemFactory(meeting=meeting)
    ActionPoint.objects.bulk_create(
        ActionPoint(
            meeting=meeting,
            agenda_item=item,
            description=f"Task {n}",
            owner_organisation="O",
            due_date=timezone.localdate(),
        )
        for n in range(ROWS)
    )
    client = client_for(committee)
    with django_assert_max_num_queries(ACTION_POINTS_CEILING):
        page = client.get(
            reverse("ia_meetings:country_action_points", args=["AGO"])
        ).content.decode()
    assert f"Open ({ROWS})" in page


def test_the_country_summary_reads_a_fixed_number_of_queries(
    angola, django_assert_max_num_queries
):
    meetings = _meetings(ROWS, status="held", first_start=_past(60))
    items = AgendaItem.objects.bulk_create(
        AgendaItem(meeting=meeting, order=1, code="II.A", title="Clearance")
        for meeting in meetings
    )
    Material.objects.bulk_create(
        Material(
            meeting=item.meeting,
            agenda_item=item,
            title=f"Slides {n}",
            file=f"ia_meetings/materials/{n}.pdf",
            original_name=f"{n}.pdf",
            content_type="application/pdf",
            size=100,
        )
        for n, item in enumerate(items)
    )
    with django_assert_max_num_queries(SUMMARY_CEILING):
        summary = selectors.country_ia_summary(state=angola, user=AnonymousUser())
        presentations = selectors.country_presentations(
            state=angola, user=AnonymousUser()
        )
    assert len(summary.past_meetings) == len(presentations) == ROWS
