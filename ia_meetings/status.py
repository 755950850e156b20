"""The life of a meeting: proposed, scheduled, held, cancelled.

One table of the status changes a meeting may go through. The rules
(rules.py: who may cancel, who may change a status at all), the service that
makes the change (meeting_status_set) and the buttons on the meeting page all
read it, so they cannot disagree.
"""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Meeting, MeetingStatus

# Who may make a change: the ISU convenes; the State (or the ISU) cancels.
CONVENE = "ia_meetings.convene_meeting"
CANCEL = "ia_meetings.cancel_meeting"


@dataclass(frozen=True)
class StatusChange:
    source: str
    target: str
    label: str
    permission: str
    style: str = ""  # the button's look: "" (main), "secondary" or "danger"
    confirm: str = ""  # a question to confirm before the change
    needs_start: bool = False  # only once the meeting has started

    def refusal(self, meeting: Meeting) -> str:
        """Why `meeting` cannot make this change now ("" when it can)."""
        if self.needs_start and meeting.starts_at > timezone.now():
            return _("A meeting that has not started yet cannot be held.")
        return ""


P, S, H, C = (
    MeetingStatus.PROPOSED,
    MeetingStatus.SCHEDULED,
    MeetingStatus.HELD,
    MeetingStatus.CANCELLED,
)
_cancel = {"style": "danger", "confirm": _("Cancel this meeting?")}

# In the order the meeting page shows the buttons. A held meeting is final.
TRANSITIONS = (
    StatusChange(P, S, _("Confirm and schedule"), CONVENE),
    StatusChange(S, H, _("Mark as held"), CONVENE, needs_start=True),
    StatusChange(S, P, _("Back to proposed"), CONVENE, style="secondary"),
    StatusChange(C, P, _("Reopen as proposed"), CONVENE, style="secondary"),
    StatusChange(P, C, _("Cancel meeting"), CANCEL, **_cancel),
    StatusChange(S, C, _("Cancel meeting"), CANCEL, **_cancel),
)

# Invitations go out and answers come in while the meeting is still ahead.
UPCOMING_STATUSES = (P, S)


# What else may be done with a meeting depends on its status and on the clock.
# The rules (rules.py), the services and the management view's buttons read
# this table, so an action is offered exactly when it is allowed now.
BEFORE_END, AFTER_START, ANY_TIME = "before_end", "after_start", "any_time"


@dataclass(frozen=True)
class MeetingAction:
    statuses: tuple[str, ...]
    when: str = ANY_TIME

    def allowed(self, meeting: Meeting) -> bool:
        if meeting.status not in self.statuses:
            return False
        now = timezone.now()
        if self.when == BEFORE_END:
            return meeting.ends_at > now
        if self.when == AFTER_START:
            return meeting.starts_at <= now
        return True


ACTIONS = {
    # Details, participants and invitations: while the meeting is ahead.
    "edit": MeetingAction((P, S)),
    "manage_participants": MeetingAction((P, S, H)),
    "invite": MeetingAction((P, S), BEFORE_END),
    # Who came: once it has started.
    "attendance": MeetingAction((S, H), AFTER_START),
    # The agenda, materials, minutes and what the meeting decided.
    "agenda": MeetingAction((P, S, H)),
    "action_points": MeetingAction((S, H)),
    "follow_ups": MeetingAction((S, H)),
    "next_in_series": MeetingAction((S, H)),
}


def action_allowed(name: str, meeting: Meeting) -> bool:
    """Whether `meeting` allows the action `name` of ACTIONS now."""
    return ACTIONS[name].allowed(meeting)


def status_change(source: str, target: str) -> StatusChange | None:
    """The change from `source` to `target`, or None if there is none."""
    return next(
        (t for t in TRANSITIONS if (t.source, t.target) == (source, target)), None
    )


def status_change_permission(target: str) -> str:
    """The permission asked for moving a meeting to `target` (any source)."""
    return next((t.permission for t in TRANSITIONS if t.target == target), CONVENE)


def status_changes_for(*, user, meeting: Meeting) -> list[StatusChange]:
    """The changes `user` may make to `meeting` now: the page's buttons."""
    return [
        change
        for change in TRANSITIONS
        if change.source == meeting.status
        and not change.refusal(meeting)
        and user.has_perm(change.permission, meeting)
    ]
