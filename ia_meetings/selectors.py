"""Reads of IA meetings that views and other apps share.

The functions at the top are the contract other apps use; they return plain
values (portal.summaries), never models.
"""

from dataclasses import dataclass, field
from datetime import datetime

from portal.summaries import SummaryItem


@dataclass
class CountryIASummary:
    """What a country page's "Individualised Approach" section shows."""

    highlights: list[SummaryItem] = field(default_factory=list)
    upcoming_meetings: list[SummaryItem] = field(default_factory=list)
    past_meetings: list[SummaryItem] = field(default_factory=list)
    reports: list[SummaryItem] = field(default_factory=list)
    presentations: list[SummaryItem] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (
            self.highlights
            or self.upcoming_meetings
            or self.past_meetings
            or self.reports
            or self.presentations
        )


def country_ia_summary(*, state, user) -> CountryIASummary:
    """The IA section of `state`'s page, as `user` may see it."""
    return CountryIASummary()


def states_with_ia_platform() -> set[int]:
    """pks of the States that have launched an IA platform (held an IA meeting)."""
    return set()


def last_meeting_start(*, state, kind: str) -> datetime | None:
    """When the State's latest held or scheduled meeting of `kind` starts."""
    return None


def country_meetings(*, state, user, kind: str = "") -> list[SummaryItem]:
    """The State's meetings that `user` may see, newest first, optionally one kind.

    The National Mine Action Platform page lists its meetings (kind "nmap") here.
    """
    return []
