"""The public reports in a country page's "Individualised Approach" section
(country_pages.registry), between the meetings and the presentations."""

from country_pages.models import SectionKey
from country_pages.registry import SECTION_LIST_LIMIT, SectionPart, contribute
from ia_meetings.selectors import country_meetings_url

from .selectors import report_public_list


@contribute(SectionKey.IA, order=20)
def public_reports_part(*, state, user) -> SectionPart:
    reports = report_public_list(state=state, limit=SECTION_LIST_LIMIT)
    more = len(reports) == SECTION_LIST_LIMIT
    return SectionPart(
        template="meeting_reports/country_section.html",
        # Every report is on its meeting's page: the past meetings list them.
        context={
            "reports": reports,
            "more_url": country_meetings_url(state=state, when="past") if more else "",
        },
        has_content=bool(reports),
    )
