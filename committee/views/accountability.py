"""The public accountability tracker, across States and per State."""

from django.shortcuts import render

from portal.permissions import permission_required

from ..selectors.accountability import (
    accountability_across_states,
    accountability_for_state,
)
from ..tables import table_export
from .common import state_or_none, unknown_state


@permission_required("committee.view_accountability")
def accountability(request):
    """Action points and follow-ups of public meetings per State, with the
    share done on time. Public. `?format=csv|json&table=states` exports it."""
    table = accountability_across_states()
    if "format" in request.GET:
        return table_export(request, [table], filename="accountability")
    return render(request, "committee/accountability.html", {"tables": [table]})


@permission_required("committee.view_accountability")
def accountability_state(request, iso3):
    """One State's public action points and follow-ups with their status,
    dates and progress, and the share done on time. Public.
    `?format=csv|json&table=action_points|follow_ups` exports a table."""
    state = state_or_none(iso3)
    if state is None:
        return unknown_state(request, iso3)
    points, follow_ups, figures = accountability_for_state(state=state)
    if "format" in request.GET:
        return table_export(
            request, [points, follow_ups], filename=f"{state.iso3}-accountability"
        )
    return render(
        request,
        "committee/accountability_state.html",
        {"state": state, "tables": [points, follow_ups], "figures": figures},
    )
