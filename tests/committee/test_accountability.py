"""The public accountability tracker, per State and across States."""

import datetime as dt
import json

import pytest
from django.utils import timezone

from ia_meetings.models import ActionPoint, ActionPointStatus, FollowUpStatus
from tests.ia_meetings.factories import (
    ActionPointFactory,
    FollowUpFactory,
    MeetingFactory,
)
from tests.roles import assert_shows

ROLES = [
    "anonymous",
    "member",
    "donor",
    "focal_point",
    "other_focal_point",
    "committee",
    "chair",
    "isu",
]


@pytest.mark.parametrize("role", ROLES)
def test_every_role_reads_the_tracker_of_public_meetings_only(
    role, make_user, client_for, angola_story
):
    """Whoever reads it, the tracker counts public meetings only: it is the
    public's account of what was undertaken."""
    client = client_for(make_user(role))
    html = assert_shows(
        client.get("/accountability/"), "Accountability tracker", "Angola"
    )
    html = assert_shows(
        client.get("/countries/AGO/accountability/"),
        "Publish the survey results",
        "Convene operators",
    )
    assert "Secret undertaking" not in html
    assert "restricted" not in html


def _state_row(client):
    data = json.loads(
        client.get("/accountability/", {"format": "json", "table": "states"}).content
    )
    return next(r for r in data["results"] if r["state"] == "Angola")


def test_share_done_on_time_counts_done_points_by_their_due_date(client, angola):
    meeting = MeetingFactory(state=angola, status="held")
    today = timezone.localdate()
    ActionPointFactory(meeting=meeting, status=ActionPointStatus.DONE)
    late = ActionPointFactory(
        meeting=meeting,
        status=ActionPointStatus.DONE,
        due_date=today - dt.timedelta(days=5),
    )
    ActionPointFactory(meeting=meeting, due_date=today - dt.timedelta(days=1))
    FollowUpFactory(meeting=meeting, status=FollowUpStatus.DONE)
    row = _state_row(client)
    assert row["action_points"] == 3
    assert row["done"] == 2
    assert row["done_on_time"] == 1
    assert row["on_time_share"] == 50
    assert row["overdue"] == 1
    assert row["follow_ups_done"] == 1
    assert ActionPoint.objects.get(pk=late.pk).status == "done"
    html = assert_shows(client.get("/countries/AGO/accountability/"), "50 %")
    assert "2 done, 1 of them on time" in html


def test_an_unknown_state_is_named_as_such(client, db):
    response = client.get("/countries/QQQ/accountability/")
    assert response.status_code == 404
    assert "No State Party has the code" in response.content.decode()


@pytest.mark.parametrize("table", ["action_points", "follow_ups"])
def test_state_tables_export(client, angola_story, table):
    data = json.loads(
        client.get(
            "/countries/AGO/accountability/", {"format": "json", "table": table}
        ).content
    )
    assert data["count"] >= 1
    assert all(r["url"].startswith("http") for r in data["results"])


def test_query_counts_do_not_grow(client, angola, django_assert_max_num_queries):
    def grow(n):
        for _ in range(n):
            meeting = MeetingFactory(state=angola, status="held")
            ActionPointFactory(meeting=meeting)
            FollowUpFactory(meeting=meeting)

    grow(2)
    with django_assert_max_num_queries(6):
        client.get("/accountability/")
    with django_assert_max_num_queries(6):
        client.get("/countries/AGO/accountability/")
    grow(25)
    with django_assert_max_num_queries(6):
        client.get("/accountability/")
    with django_assert_max_num_queries(6):
        client.get("/countries/AGO/accountability/")


def test_done_on_time_is_read_from_the_update_that_marked_it_done(client, angola):
    """A point marked done (by a dated progress update) before its due date
    stays on time when someone edits it after the due date; its latest
    progress note shows in the tracker."""
    from ia_meetings.models import ActionPointUpdate

    meeting = MeetingFactory(state=angola, status="held")
    today = timezone.localdate()
    point = ActionPointFactory(
        meeting=meeting,
        status=ActionPointStatus.DONE,
        due_date=today - dt.timedelta(days=10),
    )
    ActionPointUpdate.objects.create(
        point=point,
        date=today - dt.timedelta(days=30),
        status=ActionPointStatus.IN_PROGRESS,
        note="Survey under way in Moxico.",
    )
    ActionPointUpdate.objects.create(
        point=point,
        date=today - dt.timedelta(days=12),
        status=ActionPointStatus.DONE,
        note="Results shared with the operators.",
    )
    # Its last change (updated_at) is today, after the due date.
    ActionPoint.objects.filter(pk=point.pk).update(updated_at=timezone.now())
    row = _state_row(client)
    assert (row["done"], row["done_on_time"], row["on_time_share"]) == (1, 1, 100)
    data = json.loads(
        client.get(
            "/countries/AGO/accountability/",
            {"format": "json", "table": "action_points"},
        ).content
    )
    [exported] = data["results"]
    assert exported["done_on"] == str(today - dt.timedelta(days=12))
    assert exported["progress"] == "Results shared with the operators."
    assert_shows(
        client.get("/countries/AGO/accountability/"),
        "Latest progress",
        "Results shared with the operators.",
    )
