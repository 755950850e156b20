"""Dashboard panels of ia_meetings: meetings to prepare, overdue action points."""

from django.utils.translation import gettext as _

from portal.dashboard import Panel, register
from portal.rules import is_committee, is_focal_point, is_isu

from .selectors import meetings_to_prepare, overdue_action_points


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
        context={"meetings": meetings},
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
