"""The meetings and presentations in a country page's "Individualised
Approach" section (country_pages.registry); the reports come from
meeting_reports, between the two."""

from country_pages.models import SectionKey
from country_pages.registry import SectionPart, contribute

from .selectors import country_ia_summary, country_presentations


@contribute(SectionKey.IA, order=10)
def meetings_part(*, state, user) -> SectionPart:
    summary = country_ia_summary(state=state, user=user)
    return SectionPart(
        template="ia_meetings/country_sections/meetings.html",
        context={"summary": summary},
        has_content=not summary.is_empty,
    )


@contribute(SectionKey.IA, order=30)
def presentations_part(*, state, user) -> SectionPart:
    presentations = country_presentations(state=state, user=user)
    return SectionPart(
        template="ia_meetings/country_sections/presentations.html",
        context={"presentations": presentations},
        has_content=bool(presentations),
    )
