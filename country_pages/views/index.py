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
    """The index of States Parties, searched by name, filtered by region,
    remaining obligations and what other apps mark (e.g. an IA platform), with
    when each page was last published. Public.
    """
    columns = index_columns()
    state_filter = StatePartyFilter(
        request.GET,
        queryset=selectors.state_index(user=request.user),
        columns=columns,
    )
    return render(
        request,
        "country_pages/stateparty_list.html",
        {
            "filter": state_filter,
            # In the reader's alphabetical order of the names they read.
            "states": by_local_name(state_filter.qs),
            "columns": columns,
        },
    )
