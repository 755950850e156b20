"""Dashboard panels of the committee's view: the IA across States for the
committee and the ISU, what changed for a focal point's own States."""

from django.utils.translation import gettext as _

from country_pages.selectors import states_for_focal_point
from portal.dashboard import Panel, register
from portal.rules import is_focal_point, is_oversight


@register
def ia_across_states_panel(request):
    # A link only: the stages and the left-behind list take four queries,
    # which the dashboard need not spend on every visit.
    if not is_oversight(request.user):
        return None
    return Panel(
        title=_("The IA across States"),
        template="committee/panels/across.html",
        order=25,
    )


@register
def own_states_changes_panel(request):
    if not is_focal_point(request.user):
        return None
    states = list(states_for_focal_point(user=request.user))
    if not states:
        return None
    return Panel(
        title=_("What changed since your last IA meeting"),
        template="committee/panels/own_states.html",
        context={"states": states},
        order=40,
    )
