"""Dashboard panels of ia_meetings: meetings to prepare (and what each still
needs), meetings to mark held, invitations, upcoming meetings, overdue action
points."""

from django.utils.translation import gettext as _

from portal.dashboard import Panel, register
from portal.home import register as home_block
from portal.rules import is_committee, is_focal_point, is_isu

from .selectors import (
    invitation_list,
    meetings_to_mark_held,
    meetings_to_prepare,
    overdue_action_points,
    upcoming_meeting_list,
)


@register
def meetings_to_prepare_panel(request):
    user = request.user
    if not (is_isu(user) or is_focal_point(user)):
        return None
    meetings = meetings_to_prepare(user=user)
    if not meetings:
        return None
    return Panel(
        title=_("Meetings to convene") if is_isu(user) else _("Meetings to prepare"),
        template="ia_meetings/panels/meetings_to_prepare.html",
        context={"meetings": meetings, "for_isu": is_isu(user)},
        order=20,
    )


@register
def meetings_to_mark_held_panel(request):
    meetings = meetings_to_mark_held(user=request.user)
    if not meetings:
        return None
    return Panel(
        title=_("Meetings that have started: mark them held"),
        template="ia_meetings/panels/meetings_to_mark_held.html",
        context={"meetings": meetings},
        order=21,
    )


@register
def invitations_panel(request):
    """Meetings the person is invited to, with their answer."""
    if is_isu(request.user):
        return None
    invitations = invitation_list(user=request.user)
    if not invitations:
        return None
    return Panel(
        title=_("Your invitations"),
        template="ia_meetings/panels/invitations.html",
        context={"invitations": invitations},
        order=15,
    )


@register
def upcoming_meetings_panel(request):
    """The committee follows every State's meetings."""
    if not is_committee(request.user):
        return None
    return Panel(
        title=_("Upcoming meetings"),
        template="ia_meetings/panels/upcoming_meetings.html",
        context={"meetings": upcoming_meeting_list(user=request.user)},
        order=20,
    )


@register
def overdue_action_points_panel(request):
    user = request.user
    if not (is_isu(user) or is_committee(user) or is_focal_point(user)):
        return None
    points, total = overdue_action_points(user=user)
    if not total:
        return None
    return Panel(
        title=_("Overdue action points"),
        template="ia_meetings/panels/overdue_action_points.html",
        context={"points": points, "total": total},
        order=30,
        urgent=True,
    )


@home_block
def next_meetings_block(request):
    return Panel(
        title=_("Next meetings"),
        template="ia_meetings/panels/upcoming_meetings.html",
        context={"meetings": upcoming_meeting_list(user=request.user, limit=5)},
        order=20,
    )
