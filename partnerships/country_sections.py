"""The partnerships of a country page's "Partnerships" section
(country_pages.registry)."""

from country_pages.models import SectionKey
from country_pages.registry import SECTION_LIST_LIMIT, SectionPart, contribute
from portal.content import content_cached

from .selectors import country_partnership_summary


@contribute(SectionKey.PARTNERSHIPS, order=10)
def partnerships_part(*, state, user) -> SectionPart:
    # Public records (partnerships.rules): one summary per State, language
    # and content version, whoever reads.
    summary = content_cached(
        "partnerships:country-summary",
        state.pk,
        compute=lambda: country_partnership_summary(
            state=state, user=user, limit=SECTION_LIST_LIMIT
        ),
    )
    return SectionPart(
        template="partnerships/country_sections/partnerships.html",
        context={"summary": summary},
        has_content=not summary.is_empty,
    )
