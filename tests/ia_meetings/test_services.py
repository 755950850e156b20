"""The rules of the domain that the services keep."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from country_pages.models import CountryFollow
from ia_meetings import services
from ia_meetings.models import MeetingStatus, MeetingStatusChange
from portal.services import ServiceError
from tests.factories import UserFactory
from tests.ia_meetings.factories import (
    AgendaItemFactory,
    MaterialFactory,
    MeetingFactory,
)

pytestmark = pytest.mark.django_db

SEED_001_AGENDA = [
    ("I", "Introduction by the Chair of the Committee on the individualised approach"),
    ("II", "Presentation by the interested/affected States Party on the status, needs "
     "and challenges in implementation of its obligations and commitments under the "
     "Convention and Maputo Action Plan"),
    ("II.A", "Circumstances, needs and challenges in mine clearance"),
    ("II.B", "Circumstances, needs and challenges in stockpile destruction"),
    ("II.C", "Challenges and needs in providing mine risk reduction and education "
     "programmes"),
    ("II.D", "Challenges and needs in implementing Victim Assistance"),
    ("II.E", "Action the interested/affected States Party undertakes nationally to "
     "advance the norms of the Convention and to ensure compliance with it"),
    ("II.F", "Sharing the expertise of the interested/affected States Party in mine "
     "action through bilateral, regional and international cooperation"),
    ("III", "Discussion with participants on the information presented"),
    ("IV", "Conclusion"),
]  # fmt: skip


def _data(**changes):
    start = timezone.now().replace(microsecond=0) + dt.timedelta(days=10)
    data = {
        "title": "IA follow-up", "kind": "ia_follow_up", "setting": "geneva",
        "format": "in_person", "venue": "Geneva", "timezone": "Europe/Zurich",
        "starts_at": start, "ends_at": start + dt.timedelta(hours=2),
        "visibility": "public",
    }  # fmt: skip
    data.update(changes)
    return data


def test_a_proposed_meeting_gets_the_standard_agenda_of_seed_001(angola, focal_point):
    meeting = services.meeting_propose(state=angola, user=focal_point, data=_data())
    items = list(meeting.agenda_items.order_by("order"))
    assert [(i.code, i.title) for i in items] == SEED_001_AGENDA
    # Section II is the State's to write.
    assert [i.code for i in items if i.by_state] == [
        "II", "II.A", "II.B", "II.C", "II.D", "II.E", "II.F"
    ]  # fmt: skip
    assert meeting.status == MeetingStatus.PROPOSED
    change = meeting.status_changes.get()
    assert (change.from_status, change.to_status, change.changed_by) == (
        "", "proposed", focal_point
    )  # fmt: skip


@pytest.mark.parametrize(
    "changes,message",
    [
        ({"ends_at": timezone.now()}, "must end after it starts"),
        ({"timezone": "Mars/Olympus_Mons"}, "not a known time zone"),
    ],
)
def test_bad_dates_are_refused_and_nothing_is_saved(angola, isu, changes, message):
    data = _data()
    if "ends_at" in changes:
        changes = {"ends_at": data["starts_at"] - dt.timedelta(minutes=1)}
    with pytest.raises(ServiceError, match=message):
        services.meeting_propose(state=angola, user=isu, data=_data(**changes))
    assert not angola.meetings.exists()


def test_every_status_change_is_recorded_with_who_and_when(isu):
    meeting = MeetingFactory(
        status="proposed", starts_at=timezone.now() - dt.timedelta(hours=3)
    )
    services.meeting_status_set(meeting=meeting, user=isu, to_status="scheduled")
    services.meeting_status_set(meeting=meeting, user=isu, to_status="held")
    changes = list(MeetingStatusChange.objects.filter(meeting=meeting))
    assert [(c.from_status, c.to_status) for c in changes] == [
        ("proposed", "scheduled"), ("scheduled", "held")
    ]  # fmt: skip
    assert all(c.changed_by == isu and c.changed_at for c in changes)


def test_a_held_meeting_cannot_be_cancelled_and_a_future_one_cannot_be_held(isu):
    future = MeetingFactory()
    with pytest.raises(ServiceError, match="has not started"):
        services.meeting_status_set(meeting=future, user=isu, to_status="held")
    past = MeetingFactory(
        status="held", starts_at=timezone.now() - dt.timedelta(days=3)
    )
    with pytest.raises(ServiceError, match="cannot become cancelled"):
        services.meeting_status_set(meeting=past, user=isu, to_status="cancelled")


def test_scheduling_a_public_meeting_tells_the_states_followers(
    angola, isu, django_capture_on_commit_callbacks
):
    follower = UserFactory(email="follower@example.org")
    CountryFollow.objects.create(user=follower, state=angola)
    meeting = MeetingFactory(state=angola, status="proposed")
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_status_set(
            meeting=meeting, user=isu, to_status="scheduled",
            base_url="https://portal.example/",
        )  # fmt: skip
    assert [m.to for m in mail.outbox] == [["follower@example.org"]]
    assert meeting.title in mail.outbox[0].subject
    assert f"https://portal.example/meetings/{meeting.pk}/" in mail.outbox[0].body


def test_two_people_editing_a_meeting_never_overwrite_each_other(isu, focal_point):
    meeting = MeetingFactory()
    services.meeting_update(
        meeting=meeting, user=isu, data={"venue": "Room XVII"}, expected_version=1
    )
    with pytest.raises(services.ConflictError) as caught:
        services.meeting_update(
            meeting=meeting, user=focal_point, data={"venue": "Room XX"},
            expected_version=1,
        )  # fmt: skip
    assert caught.value.current.venue == "Room XVII"
    meeting.refresh_from_db()
    assert meeting.venue == "Room XVII" and meeting.version == 2


def test_final_minutes_are_locked_until_the_isu_reopens_them(isu):
    item = AgendaItemFactory(minutes="Draft")
    item = services.agenda_item_finalise(item=item, user=isu, expected_version=1)
    with pytest.raises(ServiceError, match="final"):
        services.agenda_item_update(
            item=item, user=isu, data={"minutes": "Changed"},
            expected_version=item.version,
        )  # fmt: skip
    item = services.agenda_item_reopen(item=item, user=isu)
    item = services.agenda_item_update(
        item=item, user=isu, data={"minutes": "Changed"}, expected_version=item.version
    )
    assert item.minutes == "Changed"


def test_agenda_items_move_up_and_down(meeting_with_agenda, isu):
    items = list(meeting_with_agenda.agenda_items.order_by("order"))
    services.agenda_item_move(item=items[2], user=isu, direction="up")
    codes = list(
        meeting_with_agenda.agenda_items.order_by("order").values_list(
            "code", flat=True
        )
    )
    assert codes[:3] == ["I", "II.A", "II"]
    # The first item cannot move further up.
    services.agenda_item_move(item=items[0], user=isu, direction="up")


def test_an_agenda_item_with_materials_is_not_removed_by_accident(isu):
    material = MaterialFactory()
    with pytest.raises(ServiceError, match="materials"):
        services.agenda_item_delete(item=material.agenda_item, user=isu)


def test_a_subsequent_meeting_must_be_another_meeting_of_the_same_state(isu, zimbabwe):
    meeting = MeetingFactory()
    with pytest.raises(ServiceError, match="same State"):
        services.follow_up_add(
            meeting=meeting, user=isu,
            data={"kind": "subsequent_meeting",
                  "subsequent_meeting": MeetingFactory(state=zimbabwe)},
        )  # fmt: skip
    other = MeetingFactory(previous_meeting=meeting)
    follow_up = services.follow_up_add(
        meeting=meeting, user=isu,
        data={"kind": "subsequent_meeting", "status": "done",
              "subsequent_meeting": other},
    )  # fmt: skip
    assert follow_up.subsequent_meeting == other


def test_cancelling_tells_those_invited_who_have_not_declined(
    isu, django_capture_on_commit_callbacks
):
    from tests.ia_meetings.factories import ParticipantFactory

    meeting = MeetingFactory(title="Angola: IA launch")
    sent = timezone.now()
    ParticipantFactory(meeting=meeting, email="coming@example.org",
                       invitation_sent_at=sent)  # fmt: skip
    ParticipantFactory(meeting=meeting, email="declined@example.org",
                       invitation_sent_at=sent, response="declined",
                       responded_at=sent)  # fmt: skip
    ParticipantFactory(meeting=meeting, email="not-invited@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_status_set(
            meeting=meeting, user=isu, to_status="cancelled", note="Postponed."
        )
    assert [m.to for m in mail.outbox] == [["coming@example.org"]]
    assert "Cancelled: Angola: IA launch" in mail.outbox[0].subject
    assert "Postponed." in mail.outbox[0].body
