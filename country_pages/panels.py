"""Dashboard panels of country_pages."""

from django.utils.translation import gettext as _

from portal.dashboard import Panel, register
from portal.rules import is_isu

from .models import CountryPage
from .reference.deadlines import article5_deadline_flags
from .selectors import states_for_focal_point


@register
def your_countries(request):
    """A focal point's countries, flagging drafts that are not published yet."""
    states = list(states_for_focal_point(user=request.user))
    if not states:
        return None
    pages = {p.state_id: p for p in CountryPage.objects.filter(state__in=states)}
    rows = [(state, pages.get(state.pk)) for state in states]
    unpublished = [s for s, page in rows if page and page.has_unpublished_changes]
    return Panel(
        title="Your countries",
        template="country_pages/panels/your_countries.html",
        context={"rows": rows},
        order=10,
        urgent=bool(unpublished),
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
