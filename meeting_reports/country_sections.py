"""The public reports in a country page's "Individualised Approach" section
(country_pages.registry), between the meetings and the presentations."""

from country_pages.models import SectionKey
from country_pages.registry import SectionPart, contribute

from .selectors import report_public_list


@contribute(SectionKey.IA, order=20)
def public_reports_part(*, state, user) -> SectionPart:
    reports = report_public_list(state=state)
    return SectionPart(
        template="meeting_reports/country_section.html",
        context={"reports": reports},
        has_content=bool(reports),
    )
