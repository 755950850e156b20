"""Who may do what with IA meetings: national ownership [001].

The affected State's focal points propose a meeting and decide its participants,
format and venue; they write section II, materials, action points and
follow-ups. ISU staff convene (confirm, schedule, invite) and may do everything.
The committee reads everything, restricted meetings included. Participants
(matched by the e-mail of their account) read the meetings they take part in.
The public reads public meetings once scheduled.

Every predicate takes a Meeting, or anything with `.meeting` (an agenda item,
material, action point, follow-up or participant), or a State for proposing.
"""

import rules
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from country_pages.rules import focal_state_ids
from portal.permissions import refusal_reason
from portal.rules import is_committee, is_focal_point, is_isu

from .models import MeetingSeries, MeetingStatus, Participant, Visibility
from .status import CANCEL, CONVENE, action_allowed, status_change

PUBLIC_STATUSES = (MeetingStatus.SCHEDULED, MeetingStatus.HELD)


def meeting_of(obj):
    if obj is None:
        return None
    return getattr(obj, "meeting", obj)


def participant_meeting_ids(user) -> frozenset[int]:
    """The meetings whose participant list has this account's e-mail (cached)."""
    if not user.is_authenticated or not user.email:
        return frozenset()
    cached = getattr(user, "_participant_meeting_ids", None)
    if cached is None:
        # lower(email) = lower(...) uses the participant_email_lower index;
        # email__iexact (UPPER on PostgreSQL) read every participant row.
        cached = frozenset(
            Participant.objects.annotate(email_lower=Lower("email"))
            .filter(email_lower=user.email.lower())
            .values_list("meeting_id", flat=True)
        )
        user._participant_meeting_ids = cached
    return cached


def secretariat_series_ids(user) -> frozenset[int]:
    """The series whose secretariat or facilitator `user` is (cached)."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_secretariat_series_ids", None)
    if cached is None:
        cached = frozenset(
            MeetingSeries.secretaries.through.objects.filter(
                user_id=user.pk
            ).values_list("meetingseries_id", flat=True)
        )
        user._secretariat_series_ids = cached
    return cached


def focal_meeting_state_ids(user) -> frozenset[int]:
    """The States whose meetings `user` acts for as their focal point."""
    return focal_state_ids(user) if is_focal_point(user) else frozenset()


@rules.predicate
def is_meeting_state_focal_point(user, obj):
    """A focal point of the meeting's State (or, given a State, of that State)."""
    meeting = meeting_of(obj)
    state_pk = getattr(meeting, "state_id", None) or getattr(meeting, "pk", None)
    return bool(state_pk is not None and state_pk in focal_meeting_state_ids(user))


@rules.predicate
def is_series_secretary(user, obj):
    """The secretariat or facilitator of the meeting's series [003 §10]."""
    meeting = meeting_of(obj)
    series_id = getattr(meeting, "series_id", None)
    return bool(series_id and series_id in secretariat_series_ids(user))


def action_now(name: str):
    """A predicate: the meeting allows the action `name` now (status.ACTIONS)."""

    @rules.predicate(name=f"action_now_{name}")
    def allowed(user, obj):
        meeting = meeting_of(obj)
        return bool(meeting is not None and action_allowed(name, meeting))

    return allowed


@rules.predicate
def is_participant(user, obj):
    meeting = meeting_of(obj)
    return bool(meeting is not None and meeting.pk in participant_meeting_ids(user))


@rules.predicate
def is_public_meeting(user, obj):
    meeting = meeting_of(obj)
    return bool(
        meeting is not None
        and meeting.visibility == Visibility.PUBLIC
        and meeting.status in PUBLIC_STATUSES
    )


@rules.predicate
def is_open_to_participants(user, obj):
    meeting = meeting_of(obj)
    return bool(meeting is not None and meeting.visibility != Visibility.COMMITTEE)


@rules.predicate
def contacts_shared(user, obj):
    """The State chose to let participants see each other's addresses."""
    meeting = meeting_of(obj)
    return bool(meeting is not None and meeting.contacts_shared)


@rules.predicate
def is_by_state(user, obj):
    """An agenda item of section II, the State's presentation."""
    return bool(getattr(obj, "by_state", False))


@rules.predicate
def minutes_open(user, obj):
    return not getattr(obj, "minutes_final", False)


@rules.predicate
def is_not_cancelled(user, obj):
    meeting = meeting_of(obj)
    return bool(meeting is not None and meeting.status != MeetingStatus.CANCELLED)


@rules.predicate
def may_be_cancelled(user, obj):
    """The meeting's status may still become cancelled (status.TRANSITIONS):
    a held meeting may not."""
    meeting = meeting_of(obj)
    return bool(
        meeting is not None and status_change(meeting.status, MeetingStatus.CANCELLED)
    )


# The State and the ISU acting for it.
can_act = is_isu | is_meeting_state_focal_point
# Everyone who sees what is not public: participants list, draft minutes.
is_insider = (
    is_isu
    | is_committee
    | is_meeting_state_focal_point
    | is_series_secretary
    | (is_participant & is_open_to_participants)
)
# The ISU, the committee and the State follow a State's meetings and what
# they decided (obj: a State, a meeting or anything with `.meeting`).
oversees_state = is_isu | is_committee | is_meeting_state_focal_point

# Who may write an agenda item's presentation and minutes.
can_write_item = (
    is_isu | (is_meeting_state_focal_point & is_by_state) | is_series_secretary
) & minutes_open
# Minutes and action points: the State, the ISU and the series' secretariat.
can_record = can_act | is_series_secretary
can_shape_agenda = can_act & is_not_cancelled
may_read_meeting = is_insider | is_public_meeting

rules.add_perm("ia_meetings.read_meeting", may_read_meeting)
rules.add_perm("ia_meetings.view_restricted", is_insider)
rules.add_perm("ia_meetings.propose_meeting", can_act)
# Reaching the form at all: the ISU, or a focal point (for their own States).
rules.add_perm("ia_meetings.propose_somewhere", is_isu | is_focal_point)
rules.add_perm("ia_meetings.edit_meeting", can_act & is_not_cancelled)
# The status changes each permission allows are in status.TRANSITIONS.
rules.add_perm(CONVENE, is_isu)
rules.add_perm(CANCEL, can_act & may_be_cancelled)
# Any status change at all: the ISU, or the State while it may still cancel.
rules.add_perm("ia_meetings.change_status", is_isu | (can_act & may_be_cancelled))
rules.add_perm("ia_meetings.edit_agenda", can_shape_agenda)
rules.add_perm("ia_meetings.edit_agenda_item", can_write_item)
rules.add_perm(
    "ia_meetings.open_agenda_item", (can_shape_agenda & minutes_open) | can_write_item
)
rules.add_perm("ia_meetings.finalise_minutes", can_write_item)
rules.add_perm("ia_meetings.reopen_minutes", is_isu)
rules.add_perm("ia_meetings.manage_participants", can_act & is_not_cancelled)
rules.add_perm("ia_meetings.invite_participants", is_isu & action_now("invite"))
rules.add_perm("ia_meetings.record_attendance", can_act & action_now("attendance"))
# Participants see each other's e-mail addresses only if the State chose so;
# the State, the committee and the ISU always do.
see_contacts = (
    is_isu
    | is_committee
    | is_meeting_state_focal_point
    | is_series_secretary
    | (is_participant & is_open_to_participants & contacts_shared)
)
rules.add_perm("ia_meetings.see_contact_emails", see_contacts)
rules.add_perm("ia_meetings.download_contact_list", see_contacts)
rules.add_perm("ia_meetings.upload_material", can_act & is_not_cancelled)
rules.add_perm("ia_meetings.read_material", may_read_meeting)
rules.add_perm("ia_meetings.remove_material", can_act)
rules.add_perm("ia_meetings.manage_action_points", can_record)
rules.add_perm("ia_meetings.circulate_minutes", can_record & is_not_cancelled)
# The management view: whoever may act on the meeting in some way.
rules.add_perm("ia_meetings.manage_meeting", can_record)
rules.add_perm(
    "ia_meetings.schedule_next", can_act & is_not_cancelled & action_now("agenda")
)
rules.add_perm("ia_meetings.manage_follow_ups", can_act)
# An action point is read wherever its meeting is.
rules.add_perm("ia_meetings.read_action_point", may_read_meeting)
# A State's action points across all its meetings (obj: the State), and the
# overdue ones on the dashboard (obj: an action point).
rules.add_perm("ia_meetings.view_country_action_points", oversees_state)
rules.add_perm("ia_meetings.follow_action_point", oversees_state)


# --- The lists that go with the rules above ------------------------------------
# Each filter selects exactly the rows its rule allows one by one (Wagtail's
# permission policies: "may act on this one" beside "the ones one may act
# on"); tests/ia_meetings/test_lists.py checks that they agree, role by role.
# `prefix` reaches the meeting from another model ("meeting__").


def meetings_readable_q(user, *, prefix: str = "") -> Q | None:
    """`may_read_meeting` as a filter; None when `user` may read every meeting.

    `user` None stands for the anonymous reader (the cached public page).
    """
    if user is not None and (is_isu(user) or is_committee(user)):
        return None
    readable = Q(
        **{
            f"{prefix}visibility": Visibility.PUBLIC,
            f"{prefix}status__in": PUBLIC_STATUSES,
        }
    )
    if user is None:
        return readable
    states = focal_meeting_state_ids(user)
    if states:
        readable |= Q(**{f"{prefix}state_id__in": states})
    meetings = participant_meeting_ids(user)
    if meetings:
        readable |= Q(**{f"{prefix}pk__in": meetings}) & ~Q(
            **{f"{prefix}visibility": Visibility.COMMITTEE}
        )
    if user.is_authenticated:
        # A subquery, not a list read beforehand: the pages that filter by
        # this rule keep their query count.
        secretariat = MeetingSeries.secretaries.through.objects.filter(
            user_id=user.pk
        ).values("meetingseries_id")
        readable |= Q(**{f"{prefix}series_id__in": secretariat})
    return readable


def states_overseen_q(user, *, prefix: str = "") -> Q | None:
    """`oversees_state` as a filter on meetings; None for every State."""
    if is_isu(user) or is_committee(user):
        return None
    return Q(**{f"{prefix}state_id__in": focal_meeting_state_ids(user)})


# The Django admin: ISU staff only.
rules.add_perm("ia_meetings", is_isu)
for _model in (
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
):
    for _action in ("view", "add", "change", "delete"):
        rules.add_perm(f"ia_meetings.{_action}_{_model}", is_isu)


@refusal_reason("ia_meetings.read_meeting")
def meeting_refusal(user, obj):
    """Why a reader may not open a meeting: who it is open to."""
    meeting = meeting_of(obj)
    if meeting is None:
        return ""
    if meeting.status == MeetingStatus.PROPOSED:
        return _(
            "This meeting is still a proposal: only the State, the Committee and "
            "the ISU see it until the ISU schedules it."
        )
    if meeting.visibility == Visibility.COMMITTEE:
        return _("This meeting is open to the State, the Committee and the ISU only.")
    if not user.is_authenticated:
        return _(
            "This meeting is open to its participants, the State, the Committee "
            "and the ISU. If you were invited, sign in with the e-mail address "
            "your invitation was sent to."
        )
    return _(
        "This meeting is open to its participants, the State, the Committee and "
        "the ISU, and %(email)s is not on its list of participants."
    ) % {"email": user.email}
