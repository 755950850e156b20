"""The index of States Parties."""

from django.shortcuts import render

from portal.caching import anonymous_page
from portal.exports import list_export, url_maker
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
    when each page was last published. Public. `?format=csv` and `?format=json`
    export the filtered index with every column.
    """
    columns = index_columns()
    state_filter = StatePartyFilter(
        request.GET,
        queryset=selectors.state_index(user=request.user),
        columns=columns,
    )
    exported = list_export(
        request,
        rows=lambda: selectors.state_export_rows(
            states=state_filter.qs,
            url=url_maker(request, "country_pages:detail", iso3="ZZZ"),
            columns=columns,
        ),
        columns=[
            *selectors.STATE_EXPORT_COLUMNS,
            *(column.key for column in columns),
        ],
        filename="states-parties",
    )
    if exported is not None:
        return exported
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
