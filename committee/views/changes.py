"""What changed for a State since its last IA meeting, or any date picked."""

from django.shortcuts import render

from ..forms import SinceForm
from ..selectors.changes import since_default, state_changes
from ..tables import table_export
from .common import state_or_none, unknown_state


def changes(request, iso3):
    """What changed for a State since its last IA meeting (or `?since=`):
    needs, funding, partnerships, page sections published, action points,
    follow-ups and meetings held.

    Everyone reads the public part; the committee, the ISU and the State's
    focal points read restricted meetings, their action points and follow-ups,
    and the page's history too. `?format=csv|json&table=…` exports a table.
    """
    state = state_or_none(iso3)
    if state is None:
        return unknown_state(request, iso3)
    form = SinceForm(request.GET or None, state=state)
    default = since_default(state=state, user=request.user)
    context = {
        "state": state,
        "form": form,
        "default": default,
        "sees_all": request.user.has_perm("committee.view_all_changes", state),
    }
    if request.GET and not form.is_valid():
        return render(request, "committee/changes.html", context, status=400)
    since = (form.cleaned_data.get("since") if form.is_bound else None) or default.date
    result = state_changes(state=state, user=request.user, since=since)
    if "format" in request.GET:
        return table_export(request, result.tables, filename=f"{state.iso3}-changes")
    context.update(
        changes=result, since=since, query_prefix=f"since={since.isoformat()}&"
    )
    return render(request, "committee/changes.html", context)
