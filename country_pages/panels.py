"""Dashboard panels of country_pages."""

from portal.dashboard import Panel, register

from .selectors import states_for_focal_point


@register
def your_countries(request):
    states = list(states_for_focal_point(user=request.user))
    if not states:
        return None
    return Panel(
        title="Your countries",
        template="country_pages/panels/your_countries.html",
        context={"states": states},
        order=10,
    )
