"""The index of States Parties."""

from django.shortcuts import render

from portal.caching import anonymous_page
from portal.names import by_local_name
from portal.permissions import permission_required

from .. import selectors
from ..filters import StatePartyFilter
from ..registry import index_columns


@anonymous_page
@permission_required("country_pages.read_state")
def index(request):
    """The index of States Parties, filtered by region and remaining obligations,
    with what other apps mark (which have an IA platform) and when each page
    was last published. Public.
    """
    state_filter = StatePartyFilter(
        request.GET, queryset=selectors.state_index(user=request.user)
    )
    return render(
        request,
        "country_pages/stateparty_list.html",
        {
            "filter": state_filter,
            # In the reader's alphabetical order of the names they read.
            "states": by_local_name(state_filter.qs),
            "columns": index_columns(),
        },
    )
