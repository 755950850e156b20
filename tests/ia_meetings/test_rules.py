"""Each rule of ia_meetings/rules.py, as the people concerned would notice it."""

import pytest
from django.contrib.auth.models import AnonymousUser

from tests.factories import FocalPointFactory
from tests.ia_meetings.factories import (
    AgendaItemFactory,
    MeetingFactory,
    ParticipantFactory,
)

pytestmark = pytest.mark.django_db


def test_the_public_reads_public_meetings_only_once_scheduled():
    anonymous = AnonymousUser()
    assert anonymous.has_perm("ia_meetings.read_meeting", MeetingFactory())
    for changes in ({"status": "proposed"}, {"visibility": "participants"},
                    {"status": "cancelled"}):  # fmt: skip
        assert not anonymous.has_perm(
            "ia_meetings.read_meeting", MeetingFactory(**changes)
        )


def test_only_the_isu_convenes_and_the_state_decides_participants(
    focal_point, isu, committee, make_user
):
    meeting = MeetingFactory(status="proposed")
    other = make_user("other_focal_point")
    assert isu.has_perm("ia_meetings.convene_meeting", meeting)
    assert not focal_point.has_perm("ia_meetings.convene_meeting", meeting)
    assert focal_point.has_perm("ia_meetings.manage_participants", meeting)
    assert not other.has_perm("ia_meetings.manage_participants", meeting)
    assert not committee.has_perm("ia_meetings.manage_participants", meeting)
    assert committee.has_perm("ia_meetings.view_restricted", meeting)


def test_the_state_writes_section_ii_and_the_isu_everything(focal_point, isu):
    state_item = AgendaItemFactory(by_state=True)
    chair_item = AgendaItemFactory(meeting=state_item.meeting, by_state=False)
    assert focal_point.has_perm("ia_meetings.edit_agenda_item", state_item)
    assert not focal_point.has_perm("ia_meetings.edit_agenda_item", chair_item)
    assert isu.has_perm("ia_meetings.edit_agenda_item", chair_item)


def test_final_minutes_are_closed_to_everyone_until_reopened(focal_point, isu):
    from django.utils import timezone

    item = AgendaItemFactory(minutes_final=True, minutes_finalised_at=timezone.now())
    assert not focal_point.has_perm("ia_meetings.edit_agenda_item", item)
    assert not isu.has_perm("ia_meetings.edit_agenda_item", item)
    assert isu.has_perm("ia_meetings.reopen_minutes", item)
    assert not focal_point.has_perm("ia_meetings.reopen_minutes", item)


def test_a_cancelled_meeting_can_no_longer_be_changed(focal_point, isu):
    meeting = MeetingFactory(status="cancelled")
    assert not focal_point.has_perm("ia_meetings.edit_meeting", meeting)
    assert not focal_point.has_perm("ia_meetings.change_status", meeting)
    assert isu.has_perm("ia_meetings.change_status", meeting)  # to reopen it


def test_participants_are_matched_by_the_email_of_their_account(donor, angola):
    meeting = MeetingFactory(visibility="participants")
    assert not donor.has_perm("ia_meetings.read_meeting", meeting)
    ParticipantFactory(meeting=meeting, email=donor.email.upper())
    del donor._participant_meeting_ids
    assert donor.has_perm("ia_meetings.read_meeting", meeting)
    assert donor.has_perm("ia_meetings.download_contact_list", meeting)
    assert not donor.has_perm("ia_meetings.manage_participants", meeting)


def test_a_focal_point_of_two_states_acts_for_both(angola, zimbabwe):
    both = FocalPointFactory(states=[angola, zimbabwe])
    for state in (angola, zimbabwe):
        assert both.has_perm("ia_meetings.propose_meeting", state)
        assert both.has_perm(
            "ia_meetings.manage_action_points", MeetingFactory(state=state)
        )


def test_country_action_points_are_for_the_state_committee_and_isu(
    angola, focal_point, committee, donor, make_user
):
    assert focal_point.has_perm("ia_meetings.view_country_action_points", angola)
    assert committee.has_perm("ia_meetings.view_country_action_points", angola)
    assert not donor.has_perm("ia_meetings.view_country_action_points", angola)
    other = make_user("other_focal_point")
    assert not other.has_perm("ia_meetings.view_country_action_points", angola)
