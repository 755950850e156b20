"""What the committee's view adds to a country page (country_pages.registry):
what the IA brought, with the donor base per year, under "Partnerships", and
the ways to what changed and to the accountability tracker."""

from country_pages.models import SectionKey
from country_pages.registry import SectionPart, contribute

from .selectors.impact import state_impact_summary


@contribute(SectionKey.PARTNERSHIPS, order=80)
def ia_impact_part(*, state, user) -> SectionPart:
    impact = state_impact_summary(state=state)
    return SectionPart(
        template="committee/country_sections/impact.html",
        context={"impact": impact, "table": impact.donor_base},
        has_content=bool(impact.donor_base.rows),
    )
