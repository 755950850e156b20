"""The index of States Parties."""

from django.shortcuts import render

from .. import selectors
from ..filters import StatePartyFilter


def index(request):
    """The index of States Parties, filtered by region and remaining obligations,
    with which have an IA platform and when each page was last published. Public.
    """
    from ia_meetings.selectors import states_with_ia_platform

    state_filter = StatePartyFilter(request.GET, queryset=selectors.state_index())
    return render(
        request,
        "country_pages/stateparty_list.html",
        {
            "filter": state_filter,
            "states": state_filter.qs,
            "ia_states": states_with_ia_platform(),
        },
    )
