"""What ia_meetings adds to the country pages (country_pages.registry): the
meetings and presentations of the "Individualised Approach" section (the
reports come from meeting_reports, between the two), and the index's
"IA platform" column."""

from django.utils.translation import gettext_lazy as _

from country_pages.models import SectionKey
from country_pages.registry import IndexColumn, SectionPart, contribute, index_column

from .selectors import (
    country_ia_summary,
    country_presentations,
    states_with_ia_platform,
)


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


@index_column(order=10)
def ia_platform_column() -> IndexColumn:
    return IndexColumn(
        heading=_("IA platform"), state_ids=states_with_ia_platform(), key="ia_platform"
    )
