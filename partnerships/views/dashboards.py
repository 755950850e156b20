"""Funding and needs in charts (public), and partnerships across countries
(the ISU and the committee)."""

from django.shortcuts import render
from django.utils.functional import SimpleLazyObject

from country_pages.models import StateParty
from country_pages.reference.deadlines import article5_deadline_flags
from portal.caching import anonymous_page
from portal.exports import list_export
from portal.names import by_local_name
from portal.permissions import permission_required

from .. import charts as figures
from .. import selectors
from ..models import Commitment


@anonymous_page
@permission_required("partnerships.view")
def charts(request):
    """Funding by year and donor, donor concentration, the donor base per
    year (donors, first-time donors, top five's share), needs by theme. Public.

    `?country=ISO3` narrows funding and needs to one State; `?format=csv` and
    `?format=json` export the funding table (by donor, year and currency).
    """
    state = None
    if iso3 := request.GET.get("country"):
        state = StateParty.objects.filter(iso3=iso3.upper()).first()
    commitments = Commitment.objects.all()
    if state is not None:
        commitments = commitments.filter(partnership__state=state)
    exported = list_export(
        request,
        rows=lambda: selectors.funding_rows(commitments=commitments),
        columns=selectors.FUNDING_EXPORT_COLUMNS,
        filename=f"funding-{state.iso3}" if state else "funding",
    )
    if exported is not None:
        return exported
    # The page's charts are one fragment per State, language and content
    # version ({% contentcache %}): worked out only when it is not cached.
    concentration = SimpleLazyObject(figures.donor_concentration_charts)
    return render(
        request,
        "partnerships/charts.html",
        {
            "state": state,
            # In the reader's alphabetical order, read only if not cached.
            "states": SimpleLazyObject(
                lambda: by_local_name(
                    StateParty.objects.filter(partnerships__isnull=False)
                    .distinct()
                    .only("iso3", "name")
                )
            ),
            "funding": SimpleLazyObject(
                lambda: figures.funding_by_year_chart(state=state)
            ),
            "share": SimpleLazyObject(lambda: concentration[0]),
            "number": SimpleLazyObject(lambda: concentration[1]),
            "needs": SimpleLazyObject(
                lambda: figures.needs_by_theme_chart(state=state)
            ),
            "donor_base": SimpleLazyObject(
                lambda: figures.donor_base_by_year(state=state)
            ),
        },
    )


@permission_required("partnerships.view_dashboard")
def dashboard(request):
    """Partnerships, interest and funding across countries, and the Article 5
    deadlines to watch. ISU and committee."""
    rows, currency = selectors.cross_country_overview()
    share, number = figures.donor_concentration_charts()
    return render(
        request,
        "partnerships/dashboard.html",
        {
            "rows": rows,
            "currency": currency,
            "recent_interest": selectors.recent_interest(),
            "funding": figures.funding_by_year_chart(),
            "share": share,
            "number": number,
            "deadline_flags": article5_deadline_flags(),
        },
    )
