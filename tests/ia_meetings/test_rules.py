"""Each rule of ia_meetings/rules.py, as the people concerned would notice it.

The tables try every rule with every role on a meeting in each state of its
life; `test_every_rule_of_the_app_is_in_a_table` makes sure a new rule
cannot be added without a line here.
"""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from rules.permissions import permissions

from tests.conftest import ROLES
from tests.factories import FocalPointFactory
from tests.ia_meetings.factories import (
    ActionPointFactory,
    AgendaItemFactory,
    MaterialFactory,
    MeetingFactory,
    ParticipantFactory,
)

pytestmark = pytest.mark.django_db

ALL = set(ROLES)
STATE = {"focal_point", "isu"}
ISU = {"isu"}
INSIDERS = {"focal_point", "committee", "chair", "isu"}
PROPOSERS = {"focal_point", "other_focal_point", "isu"}
NOBODY = set()


def _meeting(**fields):
    """A public meeting of Angola (scheduled, in a month unless told)."""
    if fields.get("status") == "held":
        fields.setdefault("starts_at", timezone.now() - dt.timedelta(days=3))
    return MeetingFactory(**fields)


def _objects(meeting):
    """The things a rule may be asked about, on `meeting`."""
    section_ii = AgendaItemFactory(meeting=meeting, by_state=True)
    return {
        "meeting": meeting,
        "state": meeting.state,
        "section_ii": section_ii,
        "chair_item": AgendaItemFactory(meeting=meeting, by_state=False, code="I"),
        "final_item": AgendaItemFactory(
            meeting=meeting, minutes_final=True, minutes_finalised_at=timezone.now()
        ),
        "material": MaterialFactory(agenda_item=section_ii),
        "point": ActionPointFactory(meeting=meeting),
        "none": None,
    }


# (permission, object, roles allowed) on a scheduled public meeting.
SCHEDULED = [
    ("read_meeting", "meeting", ALL),
    ("view_restricted", "meeting", INSIDERS),
    ("propose_meeting", "state", STATE),
    ("propose_somewhere", "none", PROPOSERS),
    ("edit_meeting", "meeting", STATE),
    ("convene_meeting", "meeting", ISU),
    ("cancel_meeting", "meeting", STATE),
    ("change_status", "meeting", STATE),
    ("edit_agenda", "meeting", STATE),
    ("edit_agenda_item", "section_ii", STATE),
    ("edit_agenda_item", "chair_item", ISU),
    ("edit_agenda_item", "final_item", NOBODY),
    ("open_agenda_item", "section_ii", STATE),
    ("open_agenda_item", "chair_item", STATE),
    ("open_agenda_item", "final_item", NOBODY),
    ("finalise_minutes", "section_ii", STATE),
    ("finalise_minutes", "chair_item", ISU),
    ("finalise_minutes", "final_item", NOBODY),
    ("reopen_minutes", "final_item", ISU),
    ("manage_participants", "meeting", STATE),
    ("invite_participants", "meeting", ISU),
    # Not before the meeting has started (status.ACTIONS).
    ("record_attendance", "meeting", NOBODY),
    ("download_contact_list", "meeting", INSIDERS),
    ("see_contact_emails", "meeting", INSIDERS),
    ("manage_meeting", "meeting", STATE),
    ("schedule_next", "meeting", STATE),
    ("circulate_minutes", "meeting", STATE),
    ("upload_material", "meeting", STATE),
    ("read_material", "material", ALL),
    ("remove_material", "material", STATE),
    ("manage_action_points", "meeting", STATE),
    ("manage_follow_ups", "meeting", STATE),
    ("read_action_point", "point", ALL),
    ("view_country_action_points", "state", INSIDERS),
    ("follow_action_point", "point", INSIDERS),
]
# What changes once the meeting is proposed, held or cancelled.
PROPOSED = [
    ("read_meeting", "meeting", INSIDERS),
    ("read_material", "material", INSIDERS),
    ("read_action_point", "point", INSIDERS),
    ("cancel_meeting", "meeting", STATE),
    ("change_status", "meeting", STATE),
    ("edit_meeting", "meeting", STATE),
]
HELD = [
    ("read_meeting", "meeting", ALL),
    # The service refuses to cancel a held meeting; the rule agrees.
    ("cancel_meeting", "meeting", NOBODY),
    ("change_status", "meeting", ISU),
    ("convene_meeting", "meeting", ISU),
    ("edit_meeting", "meeting", STATE),
    ("manage_participants", "meeting", STATE),
    ("record_attendance", "meeting", STATE),
]
CANCELLED = [
    ("read_meeting", "meeting", INSIDERS),
    ("edit_meeting", "meeting", NOBODY),
    ("cancel_meeting", "meeting", NOBODY),
    # Only the ISU, to reopen it.
    ("change_status", "meeting", ISU),
    ("edit_agenda", "meeting", NOBODY),
    # Minutes can still be written: the ISU every item, the State section II.
    ("open_agenda_item", "chair_item", ISU),
    ("open_agenda_item", "section_ii", STATE),
    ("manage_participants", "meeting", NOBODY),
    ("invite_participants", "meeting", NOBODY),
    ("upload_material", "meeting", NOBODY),
    ("record_attendance", "meeting", NOBODY),
    ("schedule_next", "meeting", NOBODY),
    ("circulate_minutes", "meeting", NOBODY),
    ("remove_material", "material", STATE),
    ("manage_action_points", "meeting", STATE),
    ("manage_follow_ups", "meeting", STATE),
]
# The donor of the matrix takes part in these meetings.
FOR_PARTICIPANTS = [
    ("read_meeting", "meeting", INSIDERS | {"donor"}),
    ("view_restricted", "meeting", INSIDERS | {"donor"}),
    # The State has not chosen to share the addresses with participants.
    ("download_contact_list", "meeting", INSIDERS),
    ("see_contact_emails", "meeting", INSIDERS),
    ("read_material", "material", INSIDERS | {"donor"}),
    ("read_action_point", "point", INSIDERS | {"donor"}),
    ("manage_participants", "meeting", STATE),
    ("follow_action_point", "point", INSIDERS),
]
RESTRICTED = [
    ("read_meeting", "meeting", INSIDERS),
    ("view_restricted", "meeting", INSIDERS),
    ("download_contact_list", "meeting", INSIDERS),
    ("read_material", "material", INSIDERS),
    ("read_action_point", "point", INSIDERS),
]
CASES = [
    *(("scheduled", {}, row) for row in SCHEDULED),
    *(("proposed", {"status": "proposed"}, row) for row in PROPOSED),
    *(("held", {"status": "held"}, row) for row in HELD),
    *(("cancelled", {"status": "cancelled"}, row) for row in CANCELLED),
    *(
        ("for-participants", {"visibility": "participants"}, row)
        for row in FOR_PARTICIPANTS
    ),
    *(("restricted", {"visibility": "committee"}, row) for row in RESTRICTED),
]


@pytest.mark.parametrize(
    "kind,fields,row",
    CASES,
    ids=[f"{kind}-{perm}-{obj}" for kind, _, (perm, obj, _) in CASES],
)
def test_each_rule_allows_exactly_these_roles(kind, fields, row, make_user):
    perm, key, allowed = row
    meeting = _meeting(**fields)
    if kind in ("for-participants", "restricted"):
        # The donor is on the list: the meeting's visibility decides whether
        # that lets them in.
        ParticipantFactory(meeting=meeting, email="donor@example.org")
    obj = _objects(meeting)[key]
    granted = {
        role
        for role in ROLES
        if (make_user(role) or AnonymousUser()).has_perm(f"ia_meetings.{perm}", obj)
    }
    assert granted == allowed


ADMIN_MODELS = (
    "meeting",
    "meetingstatuschange",
    "agendaitem",
    "participant",
    "material",
    "actionpoint",
    "followup",
    "meetingseries",
    "minutesrevision",
    "actionpointupdate",
    "reminder",
)


def test_only_the_isu_uses_the_admin_for_meetings(make_user):
    perms = ["ia_meetings"] + [
        f"ia_meetings.{action}_{model}"
        for model in ADMIN_MODELS
        for action in ("view", "add", "change", "delete")
    ]
    for role in ROLES:
        user = make_user(role) or AnonymousUser()
        assert {user.has_perm(perm) for perm in perms} == {role == "isu"}, role


def test_every_rule_of_the_app_is_in_a_table():
    tested = {perm for _, _, (perm, _, _) in CASES}
    tested |= {
        f"{action}_{model}"
        for model in ADMIN_MODELS
        for action in ("view", "add", "change", "delete")
    }
    registered = {
        name.removeprefix("ia_meetings.")
        for name in permissions
        if name.startswith("ia_meetings.")
    }
    assert registered == tested


def test_participants_are_matched_by_the_email_of_their_account(donor, angola):
    meeting = MeetingFactory(visibility="participants")
    assert not donor.has_perm("ia_meetings.read_meeting", meeting)
    ParticipantFactory(meeting=meeting, email=donor.email.upper())
    del donor._participant_meeting_ids
    assert donor.has_perm("ia_meetings.read_meeting", meeting)
    assert not donor.has_perm("ia_meetings.download_contact_list", meeting)
    meeting.contacts_shared = True
    assert donor.has_perm("ia_meetings.download_contact_list", meeting)
    assert not donor.has_perm("ia_meetings.manage_participants", meeting)


def test_a_focal_point_of_two_states_acts_for_both(angola, zimbabwe):
    both = FocalPointFactory(states=[angola, zimbabwe])
    for state in (angola, zimbabwe):
        assert both.has_perm("ia_meetings.propose_meeting", state)
        assert both.has_perm(
            "ia_meetings.manage_action_points", MeetingFactory(state=state)
        )


def test_an_assignment_without_the_focal_point_role_gives_no_rights(angola, make_user):
    """Someone who was a focal point and is now a donor keeps no State's rights,
    even if their assignment was left behind."""
    former = make_user("focal_point")
    former.role = "donor"
    former.save()
    meeting = MeetingFactory(status="proposed")
    assert not former.has_perm("ia_meetings.read_meeting", meeting)
    assert not former.has_perm("ia_meetings.edit_meeting", meeting)
    assert not former.has_perm("ia_meetings.view_country_action_points", angola)
