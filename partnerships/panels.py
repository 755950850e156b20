"""Dashboard panels of partnerships: interest received and sent, overdue NMAPs,
and the cross-country view for the ISU and the committee."""

from portal.dashboard import Panel, register
from portal.rules import is_donor, is_focal_point, is_oversight

from .models import InterestStatus
from .selectors import (
    interest_list_for_donor,
    interest_list_for_focal_point,
    platforms_overdue_for,
)


@register
def interest_received(request):
    if not is_focal_point(request.user):
        return None
    interests = list(interest_list_for_focal_point(user=request.user)[:50])
    if not interests:
        return None
    waiting = sum(i.status == InterestStatus.REGISTERED for i in interests)
    return Panel(
        title="Interest registered in your needs",
        template="partnerships/panels/interest_received.html",
        context={"interests": interests, "waiting": waiting},
        order=20,
        urgent=bool(waiting),
    )


@register
def platform_overdue(request):
    if not is_focal_point(request.user):
        return None
    overdue = platforms_overdue_for(user=request.user)
    if not overdue:
        return None
    return Panel(
        title="National Mine Action Platform meeting overdue",
        template="partnerships/panels/platform_overdue.html",
        context={"overdue": overdue},
        order=15,
        urgent=True,
    )


@register
def your_interest(request):
    if not is_donor(request.user):
        return None
    return Panel(
        title="Your interest in needs",
        template="partnerships/panels/your_interest.html",
        context={"interests": list(interest_list_for_donor(user=request.user)[:50])},
        order=20,
    )


@register
def partnerships_overview(request):
    if not is_oversight(request.user):
        return None
    return Panel(
        title="Partnerships across countries",
        template="partnerships/panels/overview.html",
        order=40,
    )
