"""Reads of partnerships that views and other apps share.

The functions at the top are the contract other apps use; they return plain
values (portal.summaries), never models.
"""

from dataclasses import dataclass, field

from portal.summaries import SummaryItem


@dataclass
class CountryPartnershipSummary:
    """What a country page's "Partnerships" section (and a report) shows."""

    partnerships: list[SummaryItem] = field(default_factory=list)
    # (kind label, [partner names]) e.g. ("States providing assistance", [...])
    partners_by_kind: list[tuple[str, list[str]]] = field(default_factory=list)
    projects: list[SummaryItem] = field(default_factory=list)
    success_stories: list[SummaryItem] = field(default_factory=list)
    good_practices: list[SummaryItem] = field(default_factory=list)
    # Server-rendered SVG of funding by year, with its text alternative.
    funding_chart_svg: str = ""
    funding_table: list[tuple[int, str, str]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (
            self.partnerships
            or self.partners_by_kind
            or self.projects
            or self.success_stories
            or self.good_practices
        )


def country_partnership_summary(*, state, user) -> CountryPartnershipSummary:
    """The partnerships section of `state`'s page, as `user` may see it."""
    return CountryPartnershipSummary()
