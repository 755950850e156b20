"""What ia_meetings adds to the country pages (country_pages.registry): the
meetings and presentations of the "Individualised Approach" section (the
reports come from meeting_reports, between the two), and the index's
"IA platform" column."""

from django.utils.translation import gettext_lazy as _

from country_pages.models import SectionKey
from country_pages.registry import (
    SECTION_LIST_LIMIT,
    IndexColumn,
    SectionPart,
    contribute,
    index_column,
)

from .selectors import (
    country_ia_summary,
    country_meetings_url,
    country_presentations,
    states_with_ia_platform,
)


@contribute(SectionKey.IA, order=10)
def meetings_part(*, state, user) -> SectionPart:
    summary = country_ia_summary(state=state, user=user, limit=SECTION_LIST_LIMIT)
    return SectionPart(
        template="ia_meetings/country_sections/meetings.html",
        context={"summary": summary},
        has_content=not summary.is_empty,
    )


@contribute(SectionKey.IA, order=30)
def presentations_part(*, state, user) -> SectionPart:
    presentations = country_presentations(
        state=state, user=user, limit=SECTION_LIST_LIMIT
    )
    more = len(presentations) == SECTION_LIST_LIMIT
    return SectionPart(
        template="ia_meetings/country_sections/presentations.html",
        # Every presentation is on its meeting's page.
        context={
            "presentations": presentations,
            "more_url": country_meetings_url(state=state, when="past") if more else "",
        },
        has_content=bool(presentations),
    )


@index_column(order=10)
def ia_platform_column() -> IndexColumn:
    return IndexColumn(
        heading=_("IA platform"), state_ids=states_with_ia_platform(), key="ia_platform"
    )
