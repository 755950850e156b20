"""The partnerships of a country page's "Partnerships" section
(country_pages.registry)."""

from country_pages.models import SectionKey
from country_pages.registry import SectionPart, contribute

from .selectors import country_partnership_summary


@contribute(SectionKey.PARTNERSHIPS, order=10)
def partnerships_part(*, state, user) -> SectionPart:
    summary = country_partnership_summary(state=state, user=user)
    return SectionPart(
        template="partnerships/country_sections/partnerships.html",
        context={"summary": summary},
        has_content=not summary.is_empty,
    )
