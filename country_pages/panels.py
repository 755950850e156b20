"""Dashboard panels of country_pages: a focal point's pages (drafts to publish,
sections not updated for a year), pages waiting to be published (ISU), the
countries a person follows, Article 5 deadlines (ISU)."""

from django.utils.translation import gettext as _

from portal.dashboard import Panel, register
from portal.home import register as home_block
from portal.rules import is_donor, is_isu

from .models import CountryPage
from .reference.deadlines import article5_deadline_flags
from .selectors import (
    followed_country_list,
    latest_needs,
    pages_waiting_list,
    stale_sections,
    states_for_focal_point,
)


@register
def your_countries(request):
    """A focal point's countries, flagging drafts not published yet and
    sections nobody updated for a year."""
    states = list(states_for_focal_point(user=request.user))
    if not states:
        return None
    pages = {p.state_id: p for p in CountryPage.objects.filter(state__in=states)}
    stale = stale_sections(state_ids=[s.pk for s in states])
    rows = [(state, pages.get(state.pk), stale.get(state.pk, [])) for state in states]
    unpublished = [
        s for s, page, _stale in rows if page and page.has_unpublished_changes
    ]
    return Panel(
        title=_("Your countries"),
        template="country_pages/panels/your_countries.html",
        context={"rows": rows},
        order=10,
        urgent=bool(unpublished),
    )


@register
def pages_waiting(request):
    """For the ISU: pages whose draft has changes not published yet."""
    if not is_isu(request.user):
        return None
    pages, total = pages_waiting_list()
    if not total:
        return None
    return Panel(
        title=_("Country pages with unpublished changes"),
        template="country_pages/panels/pages_waiting.html",
        context={"pages": pages, "total": total},
        order=35,
    )


@register
def countries_followed(request):
    """The countries a person follows and what is new on them; a donor who
    follows none is told how to."""
    follows = followed_country_list(user=request.user)
    if not follows and not is_donor(request.user):
        return None
    return Panel(
        title=_("Countries you follow"),
        template="country_pages/panels/countries_followed.html",
        context={"follows": follows},
        order=25,
    )


@register
def article5_deadlines(request):
    """For the ISU: Article 5 deadlines within 12 months or passed without a
    recorded extension, across States."""
    if not is_isu(request.user):
        return None
    flags = article5_deadline_flags()
    if not flags:
        return None
    return Panel(
        title=_("Article 5 deadlines to watch"),
        template="country_pages/panels/article5_deadlines.html",
        context={"flags": flags},
        order=12,
        urgent=any(flag.is_passed for flag in flags),
    )


@home_block
def latest_needs_block(request):
    return Panel(
        title=_("Latest needs published"),
        template="country_pages/panels/latest_needs.html",
        context={"needs": latest_needs()},
        order=10,
    )
