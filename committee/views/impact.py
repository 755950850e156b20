"""What the IA brought, per State and across States."""

from django.shortcuts import render

from portal.permissions import permission_required

from ..selectors.impact import donor_base_table, impact_across_states, state_impact
from ..tables import table_export
from .common import state_or_none, unknown_state


@permission_required("partnerships.view")
def impact(request):
    """Partners and funding before and after each State's IA launch, and the
    donor base per year across States. Public, like the partnership records
    it reads. `?format=csv|json&table=states|donor_base` exports a table."""
    tables = [impact_across_states(), donor_base_table()]
    if "format" in request.GET:
        return table_export(request, tables, filename="ia-impact")
    return render(request, "committee/impact.html", {"tables": tables})


@permission_required("partnerships.view")
def impact_state(request, iso3):
    """One State's partners and funding before and after its IA launch (new
    partners marked) and its donor base per year. Public.
    `?format=csv|json&table=partners|donor_base` exports a table."""
    state = state_or_none(iso3)
    if state is None:
        return unknown_state(request, iso3)
    result = state_impact(state=state)
    tables = [result.by_partner, result.donor_base]
    if "format" in request.GET:
        return table_export(request, tables, filename=f"{state.iso3}-ia-impact")
    return render(
        request,
        "committee/impact_state.html",
        {"state": state, "impact": result, "tables": tables},
    )
