"""The IA across States: stages and who is left behind."""

from django.shortcuts import render

from portal.permissions import permission_required

from ..selectors.across import ia_across_states
from ..tables import table_export


@permission_required("committee.view_across_states")
def across(request):
    """Each affected State's stage in the IA with its dates, and the affected
    States left behind (no IA platform, no meeting in two years or no recorded
    support), each a link. The committee and the ISU.
    `?format=csv|json&table=stages|left_behind` exports a table."""
    tables = list(ia_across_states())
    if "format" in request.GET:
        return table_export(request, tables, filename="ia-across-states")
    return render(request, "committee/across.html", {"tables": tables})
