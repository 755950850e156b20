"""The reading page and the management view: each action only when allowed
now, destructive ones confirmed with what is lost, restricted meetings never
named, and a ceiling on the queries of both pages."""

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from ia_meetings.models import (
    ActionPoint,
    ActionPointUpdate,
    AgendaItem,
    Meeting,
    MeetingStatus,
    Participant,
)
from ia_meetings.services.action_points import action_point_progress_add
from tests.ia_meetings.factories import (
    ActionPointFactory,
    AgendaItemFactory,
    MaterialFactory,
    MeetingFactory,
    ParticipantFactory,
)
from tests.roles import assert_refused, assert_shows

pytestmark = pytest.mark.django_db

# The queries of each page, whatever the size of the meeting (30 participants,
# the standard agenda with materials, 10 action points with progress).
READING_CEILING = 24
MANAGE_CEILING = 40


def _past(days):
    return (timezone.now() - dt.timedelta(days=days)).replace(microsecond=0)


def _big_meeting(**kwargs):
    meeting = MeetingFactory(**kwargs)
    items = [AgendaItemFactory(meeting=meeting, code=f"II.{n}") for n in range(10)]
    for item in items[:5]:
        MaterialFactory(agenda_item=item)
    people = [ParticipantFactory(meeting=meeting) for _ in range(30)]
    for n in range(10):
        point = ActionPointFactory(
            meeting=meeting, agenda_item=items[n], owner_participant=people[n]
        )
        ActionPointUpdate.objects.create(point=point, status="open", note="Started")
    return meeting


@pytest.mark.parametrize(
    "role", ["anonymous", "donor", "focal_point", "other_focal_point", "committee",
             "isu"],
)  # fmt: skip
def test_the_reading_page_has_a_ceiling_of_queries_for_every_role(
    role, make_user, client_for, django_assert_max_num_queries
):
    meeting = _big_meeting()
    client = client_for(make_user(role))
    with django_assert_max_num_queries(READING_CEILING):
        response = client.get(meeting.get_absolute_url())
    page = assert_shows(response, meeting.title, "Started")
    # Reading: no button that changes anything.
    assert "Remove" not in page and "Mark as held" not in page


@pytest.mark.parametrize("role", ["focal_point", "isu"])
def test_the_management_view_has_a_ceiling_of_queries(
    role, make_user, client_for, django_assert_max_num_queries
):
    meeting = _big_meeting()
    client = client_for(make_user(role))
    with django_assert_max_num_queries(MANAGE_CEILING):
        response = client.get(reverse("ia_meetings:manage", args=[meeting.pk]))
    assert_shows(response, "Agenda, materials and minutes", "Record progress")


@pytest.mark.parametrize(
    "role,opens",
    [("anonymous", False), ("donor", False), ("focal_point", True),
     ("other_focal_point", False), ("committee", False), ("isu", True)],
)  # fmt: skip
def test_only_those_who_may_act_open_the_management_view(
    role, opens, make_user, client_for
):
    meeting = MeetingFactory(title="Angola launch")
    user = make_user(role)
    response = client_for(user).get(reverse("ia_meetings:manage", args=[meeting.pk]))
    if opens:
        assert_shows(response, "Manage Angola launch")
        reading = client_for(user).get(meeting.get_absolute_url())
        assert_shows(reading, "Manage this meeting")
    else:
        assert_refused(response, user, hidden=("Manage Angola launch",))
        if user is not None:
            reading = client_for(user).get(meeting.get_absolute_url())
            assert "Manage this meeting" not in reading.content.decode()


def test_a_future_meeting_offers_no_held_no_attendance_and_no_send_again(
    isu, client_for
):
    meeting = MeetingFactory()
    ParticipantFactory(meeting=meeting)
    client = client_for(isu)
    page = client.get(reverse("ia_meetings:manage", args=[meeting.pk])).content
    page = page.decode()
    assert "Mark as held" not in page
    assert "Record who attended" not in page
    assert "Send again to everyone" not in page
    assert "Send the invitation to 1 person not yet invited" in page
    participants = client.get(
        reverse("ia_meetings:participants", args=[meeting.pk])
    ).content.decode()
    assert 'name="attended"' not in participants
    assert "Send again to everyone" not in participants
    # Nor does the address do it behind the page's back.
    client.post(
        reverse("ia_meetings:attendance", args=[meeting.pk]),
        {"attended": [meeting.participants.get().pk]},
    )
    assert not Participant.objects.filter(attended=True).exists()


def test_a_started_meeting_offers_held_and_attendance(isu, client_for):
    start = _past(1)
    meeting = MeetingFactory(starts_at=start, ends_at=start + dt.timedelta(hours=2))
    ParticipantFactory(meeting=meeting, invitation_sent_at=start)
    page = (
        client_for(isu)
        .get(reverse("ia_meetings:manage", args=[meeting.pk]))
        .content.decode()
    )
    assert "Mark as held" in page and "Record who attended" in page
    assert "Send again to everyone" not in page  # the meeting is over


def test_removing_an_agenda_item_asks_first_and_says_what_is_lost(
    focal_point, client_for
):
    meeting = MeetingFactory()
    item = AgendaItemFactory(meeting=meeting, minutes="We agreed.", content="Text")
    url = reverse("ia_meetings:agenda_delete", args=[meeting.pk, item.pk])
    client = client_for(focal_point)
    assert_shows(
        client.get(url),
        "Remove “II.A Circumstances",
        "Its presentation as written.",
        "Its minutes and their history.",
    )
    assert AgendaItem.objects.filter(pk=item.pk).exists()
    client.post(url)
    assert not AgendaItem.objects.filter(pk=item.pk).exists()


def test_an_item_with_materials_cannot_be_removed_and_the_page_says_why(
    focal_point, client_for
):
    material = MaterialFactory()
    item = material.agenda_item
    url = reverse("ia_meetings:agenda_delete", args=[item.meeting_id, item.pk])
    page = assert_shows(client_for(focal_point).get(url), "has 1 material")
    assert "Remove the item" not in page


def test_cancelling_says_who_will_be_told_before_it_is_done(
    focal_point, client_for, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory()
    ParticipantFactory(meeting=meeting, invitation_sent_at=timezone.now())
    url = reverse("ia_meetings:cancel", args=[meeting.pk])
    client = client_for(focal_point)
    assert_shows(client.get(url), "1 person invited who has not declined is told")
    assert Meeting.objects.get(pk=meeting.pk).status == MeetingStatus.SCHEDULED
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"note": "Moved to 2031."})
    assert Meeting.objects.get(pk=meeting.pk).status == MeetingStatus.CANCELLED
    assert "Moved to 2031." in mail.outbox[0].body


def test_a_cancellation_note_over_its_limit_is_refused_and_nothing_changes(
    focal_point, client_for, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(status=MeetingStatus.SCHEDULED)
    ParticipantFactory(meeting=meeting, invitation_sent_at=timezone.now())
    url = reverse("ia_meetings:cancel", args=[meeting.pk])
    client = client_for(focal_point)
    assert_shows(client.get(url), "Up to 300 characters.")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"note": "x" * 301}, follow=True)
    assert_shows(response, "The note can be at most 300 characters long (it has 301).")
    assert Meeting.objects.get(pk=meeting.pk).status == MeetingStatus.SCHEDULED
    assert mail.outbox == []


def test_removing_an_action_point_says_its_progress_goes_too(focal_point, client_for):
    point = ActionPointFactory()
    action_point_progress_add(point=point, user=focal_point, status="open", note="x")
    url = reverse("ia_meetings:action_point_delete", args=[point.meeting_id, point.pk])
    assert_shows(client_for(focal_point).get(url), "Its 1 progress update.")
    assert ActionPoint.objects.filter(pk=point.pk).exists()


def test_a_public_meeting_never_names_a_restricted_one_it_relates_to(
    make_user, client_for
):
    secret = MeetingFactory(visibility="committee", title="Closed-door talks")
    public = MeetingFactory(previous_meeting=secret, title="Open meeting")
    MeetingFactory(previous_meeting=public, visibility="committee", title="Sequel")
    for role in ("anonymous", "donor", "other_focal_point"):
        page = assert_shows(
            client_for(make_user(role)).get(public.get_absolute_url()), "Open meeting"
        )
        assert "Closed-door talks" not in page and "Sequel" not in page, role
    page = client_for(make_user("committee")).get(public.get_absolute_url())
    assert_shows(page, "Closed-door talks", "Sequel")


def test_a_progress_update_cannot_be_dated_in_the_future(focal_point, client_for):
    point = ActionPointFactory()
    url = reverse(
        "ia_meetings:action_point_progress", args=[point.meeting_id, point.pk]
    )
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    response = client_for(focal_point).post(
        url, {"status": "done", "date": tomorrow.isoformat(), "note": "Finished"}
    )
    assert_shows(response, "cannot be dated in the future")
    assert not point.updates.exists()
    client_for(focal_point).post(
        url,
        {"status": "done", "date": timezone.localdate().isoformat(), "note": "Done"},
    )
    point.refresh_from_db()
    assert point.status == "done" and point.updates.get().note == "Done"
