"""Dashboard panels of partnerships: interest received and sent, overdue NMAPs,
and the cross-country view for the ISU and the committee."""

from django.utils.translation import gettext as _

from country_pages.selectors import states_for_focal_point
from portal.dashboard import Panel, register
from portal.home import register as home_block
from portal.rules import is_donor, is_focal_point, is_oversight

from .models import InterestStatus
from .selectors import (
    interest_received_list,
    interest_sent_list,
    key_figures,
    partnership_counts,
    platforms_overdue_for,
)


@register
def interest_received(request):
    if not is_focal_point(request.user):
        return None
    interests = list(interest_received_list(user=request.user)[:50])
    if not interests:
        return None
    waiting = sum(i.status == InterestStatus.REGISTERED for i in interests)
    return Panel(
        title=_("Interest registered in your needs"),
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
        title=_("National Mine Action Platform meeting overdue"),
        template="partnerships/panels/platform_overdue.html",
        context={"overdue": overdue},
        order=15,
        urgent=True,
    )


@register
def your_partnerships(request):
    """Where a focal point keeps their States' partnership and NMAP records."""
    if not is_focal_point(request.user):
        return None
    states = list(states_for_focal_point(user=request.user))
    if not states:
        return None
    counts = partnership_counts(state_ids=[s.pk for s in states])
    return Panel(
        title=_("Partnerships and platforms"),
        template="partnerships/panels/your_partnerships.html",
        context={"states": [(s, counts.get(s.pk, 0)) for s in states]},
        order=30,
    )


@register
def your_interest(request):
    if not is_donor(request.user):
        return None
    return Panel(
        title=_("Your interest in needs"),
        template="partnerships/panels/your_interest.html",
        context={"interests": list(interest_sent_list(user=request.user)[:50])},
        order=20,
    )


@register
def partnerships_overview(request):
    if not is_oversight(request.user):
        return None
    return Panel(
        title=_("Partnerships across countries"),
        template="partnerships/panels/overview.html",
        context={"figures": key_figures()},
        order=40,
    )


@home_block
def key_figures_block(request):
    return Panel(
        title=_("Key figures"),
        template="partnerships/panels/overview.html",
        context={"figures": key_figures(), "home": True},
        order=5,
    )
