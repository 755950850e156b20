"""Dashboard panels of country_pages."""

from portal.dashboard import Panel, register

from .models import CountryPage
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
