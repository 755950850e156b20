"""The rules of the domain that the services keep."""

import datetime as dt
import itertools

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from country_pages.models import CountryFollow
from country_pages.services import country_page_cache_key
from ia_meetings.models import (
    ActionPoint,
    FollowUp,
    Material,
    MeetingStatus,
    MeetingStatusChange,
)
from ia_meetings.services.action_points import action_point_add, action_point_update
from ia_meetings.services.agenda import (
    AGENDA_ITEM_FIELDS,
    agenda_item_delete,
    agenda_item_finalise,
    agenda_item_move,
    agenda_item_reopen,
    agenda_item_update,
)
from ia_meetings.services.follow_up import follow_up_add, follow_up_update
from ia_meetings.services.materials import material_remove
from ia_meetings.services.meetings import (
    meeting_propose,
    meeting_status_set,
    meeting_update,
)
from ia_meetings.status import TRANSITIONS
from portal.services import EditConflict, ServiceError
from tests.factories import UserFactory
from tests.ia_meetings.factories import (
    ActionPointFactory,
    AgendaItemFactory,
    FollowUpFactory,
    MaterialFactory,
    MeetingFactory,
    ParticipantFactory,
)

pytestmark = pytest.mark.django_db

SEED_001_AGENDA = [
    ("I", "Introduction by the Chair of the Committee on the individualised approach"),
    (
        "II",
        "Presentation by the interested/affected States Party on the status, needs "
        "and challenges in implementation of its obligations and commitments under "
        "the Convention and Maputo Action Plan",
    ),
    ("II.A", "Circumstances, needs and challenges in mine clearance"),
    ("II.B", "Circumstances, needs and challenges in stockpile destruction"),
    (
        "II.C",
        "Challenges and needs in providing mine risk reduction and education "
        "programmes",
    ),
    ("II.D", "Challenges and needs in implementing Victim Assistance"),
    (
        "II.E",
        "Action the interested/affected States Party undertakes nationally to "
        "advance the norms of the Convention and to ensure compliance with it",
    ),
    (
        "II.F",
        "Sharing the expertise of the interested/affected States Party in mine "
        "action through bilateral, regional and international cooperation",
    ),
    ("III", "Discussion with participants on the information presented"),
    ("IV", "Conclusion"),
]
# 10:00 in Geneva (summer time).
JUNE_19_2030 = dt.datetime(2030, 6, 19, 8, 0, tzinfo=dt.UTC)
MEETING_FIELDS = (
    "title",
    "kind",
    "setting",
    "format",
    "venue",
    "online_link",
    "starts_at",
    "ends_at",
    "timezone",
    "visibility",
    "purpose",
    "highlights",
    "previous_meeting",
)


def _proposal(**changes):
    start = timezone.now().replace(microsecond=0) + dt.timedelta(days=10)
    values = {
        "title": "IA follow-up",
        "kind": "ia_follow_up",
        "setting": "geneva",
        "format": "in_person",
        "venue": "Geneva",
        "timezone": "Europe/Zurich",
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=2),
        "visibility": "public",
    }
    return values | changes


def _as_saved(record, fields, **changes):
    """Every field of `record` as saved, with `changes`: what an edit form sends."""
    return {name: getattr(record, name) for name in fields} | changes


def test_a_proposed_meeting_gets_the_standard_agenda_of_seed_001(angola, focal_point):
    meeting = meeting_propose(state=angola, user=focal_point, **_proposal())
    items = list(meeting.agenda_items.order_by("order"))
    assert [(i.code, i.title) for i in items] == SEED_001_AGENDA
    # Section II is the State's to write.
    assert [i.code for i in items if i.by_state] == [
        "II",
        "II.A",
        "II.B",
        "II.C",
        "II.D",
        "II.E",
        "II.F",
    ]
    assert meeting.status == MeetingStatus.PROPOSED
    change = meeting.status_changes.get()
    assert (change.from_status, change.to_status, change.changed_by) == (
        "",
        "proposed",
        focal_point,
    )


def test_bad_dates_are_refused_and_nothing_is_saved(angola, isu):
    start = timezone.now() + dt.timedelta(days=10)
    with pytest.raises(ServiceError, match="must end after it starts"):
        meeting_propose(
            state=angola,
            user=isu,
            **_proposal(starts_at=start, ends_at=start - dt.timedelta(minutes=1)),
        )
    with pytest.raises(ServiceError, match="not a known time zone"):
        meeting_propose(
            state=angola, user=isu, **_proposal(timezone="Mars/Olympus_Mons")
        )
    assert not angola.meetings.exists()


def test_every_status_change_is_recorded_with_who_and_when(isu):
    meeting = MeetingFactory(
        status="proposed", starts_at=timezone.now() - dt.timedelta(hours=3)
    )
    meeting = meeting_status_set(meeting=meeting, user=isu, to_status="scheduled")
    meeting_status_set(meeting=meeting, user=isu, to_status="held")
    changes = list(MeetingStatusChange.objects.filter(meeting=meeting))
    assert [(c.from_status, c.to_status) for c in changes] == [
        ("proposed", "scheduled"),
        ("scheduled", "held"),
    ]
    assert all(c.changed_by == isu and c.changed_at for c in changes)


ALLOWED = {(t.source, t.target) for t in TRANSITIONS}


@pytest.mark.parametrize(
    "source,target", list(itertools.permutations(MeetingStatus.values, 2))
)
def test_a_meeting_changes_status_exactly_as_the_transitions_table_says(
    isu, source, target
):
    meeting = MeetingFactory(
        status=source, starts_at=timezone.now() - dt.timedelta(hours=3)
    )
    if (source, target) in ALLOWED:
        saved = meeting_status_set(meeting=meeting, user=isu, to_status=target)
        assert saved.status == target and saved.version == meeting.version + 1
    else:
        with pytest.raises(ServiceError, match="meeting cannot become"):
            meeting_status_set(meeting=meeting, user=isu, to_status=target)
        meeting.refresh_from_db()
        assert meeting.status == source


def test_a_held_meeting_cannot_be_cancelled_and_a_future_one_cannot_be_held(isu):
    future = MeetingFactory()
    with pytest.raises(ServiceError, match="has not started"):
        meeting_status_set(meeting=future, user=isu, to_status="held")
    future.refresh_from_db()
    assert future.status == "scheduled"
    past = MeetingFactory(
        status="held", starts_at=timezone.now() - dt.timedelta(days=3)
    )
    with pytest.raises(ServiceError, match="A held meeting cannot become cancelled"):
        meeting_status_set(meeting=past, user=isu, to_status="cancelled")


def test_scheduling_a_public_meeting_tells_the_states_followers(
    angola, isu, django_capture_on_commit_callbacks
):
    follower = UserFactory(email="follower@example.org")
    CountryFollow.objects.create(user=follower, state=angola)
    meeting = MeetingFactory(
        state=angola,
        status="proposed",
        title="Angola's IA follow-up & review",
        starts_at=JUNE_19_2030,
        ends_at=JUNE_19_2030 + dt.timedelta(hours=2),
    )
    with django_capture_on_commit_callbacks(execute=True):
        meeting_status_set(
            meeting=meeting,
            user=isu,
            to_status="scheduled",
            base_url="https://portal.example/",
        )
    (message,) = mail.outbox
    assert message.to == ["follower@example.org"]
    assert message.subject.endswith(
        "Angola: Angola's IA follow-up & review on 19 June 2030"
    )
    assert message.body == (
        "A meeting of Angola has been scheduled.\n\n"
        "Angola's IA follow-up & review\n"
        "IA launch\n"
        "Wednesday 19 June 2030, 10:00 (Europe/Zurich)\n"
        "Palais des Nations, Room XXIV, Geneva\n\n"
        f"https://portal.example/meetings/{meeting.pk}/\n"
    )


def test_scheduling_a_restricted_meeting_tells_no_follower(
    angola, isu, django_capture_on_commit_callbacks
):
    CountryFollow.objects.create(user=UserFactory(), state=angola)
    meeting = MeetingFactory(state=angola, status="proposed", visibility="committee")
    with django_capture_on_commit_callbacks(execute=True):
        meeting_status_set(meeting=meeting, user=isu, to_status="scheduled")
    assert mail.outbox == []


def test_cancelling_tells_those_invited_who_have_not_declined(
    isu, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(
        title="Angola's IA launch",
        starts_at=JUNE_19_2030,
        ends_at=JUNE_19_2030 + dt.timedelta(hours=2),
    )
    sent = timezone.now()
    ParticipantFactory(
        meeting=meeting,
        name="Ms Coming",
        email="coming@example.org",
        invitation_sent_at=sent,
    )
    ParticipantFactory(
        meeting=meeting,
        email="declined@example.org",
        invitation_sent_at=sent,
        response="declined",
        responded_at=sent,
    )
    ParticipantFactory(meeting=meeting, email="not-invited@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        meeting_status_set(
            meeting=meeting, user=isu, to_status="cancelled", note="Postponed."
        )
    (message,) = mail.outbox
    assert message.to == ["coming@example.org"]
    assert message.subject.endswith("Cancelled: Angola's IA launch")
    assert message.body == (
        "Dear Ms Coming,\n\n"
        "“Angola's IA launch” of Angola, planned for 19 June 2030, 10:00 "
        "(Europe/Zurich), has been cancelled.\n\n"
        "Note from the organisers:\nPostponed.\n\n"
        "The attached calendar file removes the meeting from your calendar.\n\n"
        "Committee on the Enhancement of Cooperation and Assistance\n"
        "c/o the Implementation Support Unit\n"
    )


def test_a_cancellation_without_a_note_says_only_that(
    isu, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(
        title="Launch", starts_at=JUNE_19_2030, ends_at=JUNE_19_2030 + dt.timedelta(1)
    )
    ParticipantFactory(
        meeting=meeting, name="Mr Invited", invitation_sent_at=timezone.now()
    )
    with django_capture_on_commit_callbacks(execute=True):
        meeting_status_set(meeting=meeting, user=isu, to_status="cancelled")
    assert mail.outbox[0].body.startswith(
        "Dear Mr Invited,\n\n"
        "“Launch” of Angola, planned for 19 June 2030, 10:00 (Europe/Zurich), "
        "has been cancelled.\n\n"
        "The attached calendar file removes the meeting from your calendar.\n"
    )


def test_a_change_that_rolls_back_sends_nothing_and_keeps_the_cached_page(
    angola, isu, django_capture_on_commit_callbacks
):
    CountryFollow.objects.create(user=UserFactory(), state=angola)
    meeting = MeetingFactory(state=angola, status="proposed")
    ParticipantFactory(meeting=meeting, invitation_sent_at=timezone.now())
    cache.set(country_page_cache_key("AGO"), "the cached page")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            meeting_status_set(meeting=meeting, user=isu, to_status="scheduled")
            raise RuntimeError("something failed after the change")
        with pytest.raises(RuntimeError), transaction.atomic():
            meeting_status_set(meeting=meeting, user=isu, to_status="cancelled")
            raise RuntimeError("something failed after the change")
    assert callbacks == [] and mail.outbox == []
    assert cache.get(country_page_cache_key("AGO")) == "the cached page"
    meeting.refresh_from_db()
    assert meeting.status == "proposed"


def test_a_meeting_change_drops_the_cached_country_page_after_commit(
    angola, isu, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(state=angola)
    cache.set(country_page_cache_key("AGO"), "the cached page")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        meeting_update(
            meeting=meeting,
            user=isu,
            expected_version=meeting.version,
            **_as_saved(meeting, MEETING_FIELDS, venue="Room XX"),
        )
    assert cache.get(country_page_cache_key("AGO")) == "the cached page"
    for callback in callbacks:
        callback()
    assert cache.get(country_page_cache_key("AGO")) is None


def test_two_people_editing_a_meeting_never_overwrite_each_other(isu, focal_point):
    meeting = MeetingFactory()
    meeting_update(
        meeting=meeting,
        user=isu,
        expected_version=1,
        **_as_saved(meeting, MEETING_FIELDS, venue="Room XVII"),
    )
    with pytest.raises(EditConflict) as caught:
        meeting_update(
            meeting=meeting,
            user=focal_point,
            expected_version=1,
            **_as_saved(meeting, MEETING_FIELDS, venue="Room XX"),
        )
    assert caught.value.current.venue == "Room XVII"
    meeting.refresh_from_db()
    assert meeting.venue == "Room XVII" and meeting.version == 2


def test_a_cancelled_meeting_can_no_longer_change(isu):
    meeting = MeetingFactory(status="cancelled")
    with pytest.raises(ServiceError, match="was cancelled; it can no longer change"):
        meeting_update(
            meeting=meeting,
            user=isu,
            expected_version=meeting.version,
            **_as_saved(meeting, MEETING_FIELDS, venue="Room XX"),
        )
    meeting.refresh_from_db()
    assert meeting.venue != "Room XX"


def test_a_meeting_follows_up_only_another_meeting_of_its_state(isu, zimbabwe):
    meeting = MeetingFactory()
    for previous, message in [
        (meeting, "cannot follow up itself"),
        (MeetingFactory(state=zimbabwe), "meeting of the same State"),
    ]:
        with pytest.raises(ServiceError, match=message):
            meeting_update(
                meeting=meeting,
                user=isu,
                expected_version=meeting.version,
                **_as_saved(meeting, MEETING_FIELDS, previous_meeting=previous),
            )
    meeting.refresh_from_db()
    assert meeting.previous_meeting is None


def test_final_minutes_are_locked_until_the_isu_reopens_them(isu):
    fields = AGENDA_ITEM_FIELDS
    item = AgendaItemFactory(minutes="Draft")
    item = agenda_item_finalise(item=item, user=isu, expected_version=1)
    assert item.minutes_final and item.minutes_finalised_by == isu
    with pytest.raises(ServiceError, match="final"):
        agenda_item_update(
            item=item,
            user=isu,
            expected_version=item.version,
            **_as_saved(item, fields, minutes="Changed"),
        )
    item = agenda_item_reopen(item=item, user=isu)
    item = agenda_item_update(
        item=item,
        user=isu,
        expected_version=item.version,
        **_as_saved(item, fields, minutes="Changed"),
    )
    assert item.minutes == "Changed" and item.updated_by == isu


def test_two_people_writing_one_agenda_item_never_overwrite_each_other(
    isu, focal_point
):
    fields = AGENDA_ITEM_FIELDS
    item = AgendaItemFactory()
    agenda_item_update(
        item=item,
        user=isu,
        expected_version=1,
        **_as_saved(item, fields, minutes="The ISU's"),
    )
    with pytest.raises(EditConflict) as caught:
        agenda_item_update(
            item=item,
            user=focal_point,
            expected_version=1,
            **_as_saved(item, fields, minutes="Angola's"),
        )
    assert caught.value.current.minutes == "The ISU's"
    assert caught.value.current.updated_by == isu


def test_agenda_items_move_up_and_down(meeting_with_agenda, isu):
    items = list(meeting_with_agenda.agenda_items.order_by("order"))

    def codes():
        agenda = meeting_with_agenda.agenda_items.order_by("order")
        return list(agenda.values_list("code", flat=True))

    agenda_item_move(item=items[2], user=isu, direction="up")
    assert codes()[:3] == ["I", "II.A", "II"]
    agenda_item_move(item=items[2], user=isu, direction="down")
    assert codes()[:3] == ["I", "II", "II.A"]
    # The first item cannot move further up, nor the last further down.
    agenda_item_move(item=items[0], user=isu, direction="up")
    agenda_item_move(item=items[-1], user=isu, direction="down")
    assert codes()[0] == "I" and codes()[-1] == "IV"


def test_an_agenda_item_with_materials_is_not_removed_by_accident(isu):
    material = MaterialFactory()
    with pytest.raises(ServiceError, match="materials"):
        agenda_item_delete(item=material.agenda_item, user=isu)
    assert Material.objects.filter(pk=material.pk).exists()


def test_a_removed_material_leaves_storage_only_once_committed(
    isu, django_capture_on_commit_callbacks
):
    material = MaterialFactory()
    storage, name = material.file.storage, material.file.name
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        material_remove(material=material, user=isu)
    assert storage.exists(name)
    for callback in callbacks:
        callback()
    assert not storage.exists(name)


def test_a_subsequent_meeting_must_be_another_meeting_of_the_same_state(isu, zimbabwe):
    meeting = MeetingFactory()
    with pytest.raises(ServiceError, match="same State"):
        follow_up_add(
            meeting=meeting,
            user=isu,
            kind="subsequent_meeting",
            subsequent_meeting=MeetingFactory(state=zimbabwe),
        )
    with pytest.raises(ServiceError, match="Only a subsequent meeting"):
        follow_up_add(
            meeting=meeting,
            user=isu,
            kind="report",
            subsequent_meeting=MeetingFactory(),
        )
    assert not FollowUp.objects.exists()
    other = MeetingFactory(previous_meeting=meeting)
    follow_up = follow_up_add(
        meeting=meeting,
        user=isu,
        kind="subsequent_meeting",
        status="done",
        subsequent_meeting=other,
    )
    assert follow_up.subsequent_meeting == other


FOLLOW_UP_FIELDS = ("kind", "status", "date", "notes", "subsequent_meeting")
ACTION_FIELDS = ("description", "owner_organisation", "due_date", "status")


def test_two_people_editing_a_follow_up_or_an_action_point_never_overwrite(isu):
    follow_up = FollowUpFactory()
    follow_up_update(
        follow_up=follow_up,
        user=isu,
        expected_version=1,
        **_as_saved(follow_up, FOLLOW_UP_FIELDS, notes="First"),
    )
    with pytest.raises(EditConflict) as caught:
        follow_up_update(
            follow_up=follow_up,
            user=isu,
            expected_version=1,
            **_as_saved(follow_up, FOLLOW_UP_FIELDS, notes="Second"),
        )
    assert caught.value.current.notes == "First"
    point = ActionPointFactory()
    fields = _as_saved(point, ACTION_FIELDS, agenda_item=None)
    action_point_update(
        point=point, user=isu, expected_version=1, **fields | {"status": "done"}
    )
    with pytest.raises(EditConflict):
        action_point_update(
            point=point, user=isu, expected_version=1, **fields | {"status": "open"}
        )
    assert ActionPoint.objects.get().status == "done"


def test_an_action_point_cannot_hang_on_another_meetings_agenda_item(isu):
    meeting = MeetingFactory()
    elsewhere = AgendaItemFactory()
    with pytest.raises(ServiceError, match="belongs to another meeting"):
        action_point_add(
            meeting=meeting,
            user=isu,
            description="X",
            owner_organisation="Y",
            agenda_item=elsewhere,
        )
    assert not ActionPoint.objects.exists()
