"""Each list shows exactly what its read rule lets the reader open.

rules.py keeps each list's filter beside its predicate (meetings_readable_q
with `read_meeting`, states_overseen_q with `follow_action_point`); these
tests check, role by role, that a page lists every object the rule allows and
no other, on meetings in every state of their life and visibility.
"""

import datetime as dt
import itertools
import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone

from ia_meetings import selectors
from ia_meetings.models import (
    ActionPoint,
    Meeting,
    MeetingStatus,
    Participant,
    Visibility,
)
from ia_meetings.rules import meetings_readable_q, states_overseen_q
from tests.conftest import ROLES

pytestmark = pytest.mark.django_db

STATES = ("AGO", "ZWE")


@pytest.fixture
def meetings(angola, zimbabwe):
    """Every State × visibility × status, once upcoming and once past (48
    meetings, one overdue action point each); the donor of the matrix takes
    part in Angola's meetings and in Zimbabwe's public ones."""
    states = {"AGO": angola, "ZWE": zimbabwe}
    now = timezone.now().replace(microsecond=0)
    rows = []
    for n, (iso3, visibility, status, when) in enumerate(
        itertools.product(
            STATES, Visibility.values, MeetingStatus.values, ("upcoming", "past")
        )
    ):
        starts = now + dt.timedelta(days=30 if when == "upcoming" else -30, hours=n)
        rows.append(
            Meeting(
                state=states[iso3],
                title=f"{iso3} {visibility} {status} {when}",
                kind="ia_follow_up",
                setting="geneva",
                format="online",
                starts_at=starts,
                ends_at=starts + dt.timedelta(hours=2),
                status=status,
                visibility=visibility,
            )
        )
    created = Meeting.objects.bulk_create(rows)
    Participant.objects.bulk_create(
        Participant(
            meeting=meeting,
            group="donor",
            organisation="Donor State",
            name="Donor",
            email="donor@example.org",
        )
        for meeting in created
        if meeting.state_id == angola.pk or meeting.visibility == Visibility.PUBLIC
    )
    ActionPoint.objects.bulk_create(
        ActionPoint(
            meeting=meeting,
            description=f"Point of {meeting.title}",
            owner_organisation="Owner",
            due_date=timezone.localdate() - dt.timedelta(days=1),
        )
        for meeting in created
    )
    return list(Meeting.objects.select_related("state"))


def _readers(make_user):
    for role in ROLES:
        yield role, make_user(role)


def _listed_meetings(html: str) -> set[int]:
    return {
        int(pk)
        for pk in re.findall(
            r'<td data-label="Meeting"><a href="/meetings/(\d+)/">', html
        )
    }


def _listed_points(html: str) -> set[int]:
    return {int(pk) for pk in re.findall(r'/meetings/\d+/#action-(\d+)"', html)}


def test_the_meeting_filter_selects_exactly_the_meetings_the_rule_lets_one_read(
    meetings, make_user
):
    for role, user in _readers(make_user):
        reader = user or AnonymousUser()
        allowed = {
            m.pk for m in meetings if reader.has_perm("ia_meetings.read_meeting", m)
        }
        readable = meetings_readable_q(reader)
        rows = (
            Meeting.objects.all()
            if readable is None
            else Meeting.objects.filter(readable)
        )
        assert set(rows.values_list("pk", flat=True)) == allowed, role
    # The anonymous reader of the cached public pages is None.
    anonymous = AnonymousUser()
    assert set(Meeting.objects.filter(meetings_readable_q(None))) == {
        m for m in meetings if anonymous.has_perm("ia_meetings.read_meeting", m)
    }


@pytest.mark.parametrize("when", ["upcoming", "past"])
def test_the_meeting_list_shows_exactly_what_each_role_may_read(
    meetings, make_user, client_for, when
):
    url = reverse("ia_meetings:list") + f"?when={when}"
    for role, user in _readers(make_user):
        reader = user or AnonymousUser()
        expected = {
            m.pk
            for m in meetings
            if m.title.endswith(when) and reader.has_perm("ia_meetings.read_meeting", m)
        }
        assert expected, f"{role} should see some {when} meetings"
        html = client_for(user).get(url).content.decode()
        assert _listed_meetings(html) == expected, role


def test_a_states_calendar_feed_carries_exactly_what_each_role_may_read(
    meetings, make_user, client_for
):
    for role, user in _readers(make_user):
        reader = user or AnonymousUser()
        expected = {
            f"meeting-{m.pk}@"
            for m in meetings
            if m.state.iso3 == "ZWE" and reader.has_perm("ia_meetings.read_meeting", m)
        }
        feed = client_for(user).get(reverse("ia_meetings:country_ics", args=["ZWE"]))
        assert set(re.findall(r"UID:(meeting-\d+@)", feed.content.decode())) == (
            expected
        ), role


def test_the_country_action_points_show_exactly_what_each_role_may_read(
    meetings, angola, make_user, client_for
):
    url = reverse("ia_meetings:country_action_points", args=["AGO"])
    points = list(ActionPoint.objects.select_related("meeting__state"))
    for role, user in _readers(make_user):
        reader = user or AnonymousUser()
        response = client_for(user).get(url)
        full = reader.has_perm("ia_meetings.view_country_action_points", angola)
        # The State, the committee and the ISU follow every meeting's; the
        # public tracker shows public meetings' only, to everyone else.
        expected = {
            p.pk
            for p in points
            if p.meeting.state.iso3 == "AGO"
            and p.meeting.status != "cancelled"
            and (
                reader.has_perm("ia_meetings.read_action_point", p)
                if full
                else AnonymousUser().has_perm("ia_meetings.read_action_point", p)
            )
        }
        assert _listed_points(response.content.decode()) == expected, role


def test_the_action_point_filters_agree_with_their_rules(meetings, make_user):
    points = list(ActionPoint.objects.select_related("meeting"))
    for role, user in _readers(make_user):
        reader = user or AnonymousUser()
        readable = selectors.action_point_list_for_user(user=reader)
        assert set(readable) == {
            p for p in points if reader.has_perm("ia_meetings.read_action_point", p)
        }, role
        followed = states_overseen_q(reader, prefix="meeting__")
        rows = ActionPoint.objects.all()
        rows = rows if followed is None else rows.filter(followed)
        assert set(rows) == {
            p for p in points if reader.has_perm("ia_meetings.follow_action_point", p)
        }, role


def test_the_overdue_action_points_are_those_each_role_follows(meetings, make_user):
    points = list(ActionPoint.objects.select_related("meeting"))
    for role, user in _readers(make_user):
        reader = user or AnonymousUser()
        listed, total = selectors.overdue_action_points(user=reader, limit=100)
        expected = {
            p
            for p in points
            if p.meeting.status != MeetingStatus.CANCELLED
            and reader.has_perm("ia_meetings.follow_action_point", p)
        }
        assert set(listed) == expected and total == len(expected), role


def test_the_dashboard_shows_the_overdue_action_points_of_ones_states(
    meetings, focal_point, client_for
):
    page = client_for(focal_point).get(reverse("portal:dashboard")).content.decode()
    # 18 meetings of Angola are not cancelled; each has an overdue point.
    assert "18 action points past their due date" in page
    assert "Point of AGO" in page and "Point of ZWE" not in page
