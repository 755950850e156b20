"""Plain values that one app hands another to show (no model instances cross).

country_pages shows what ia_meetings and partnerships provide through their
selectors; those return these, so the page never reaches into their models.
"""

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class SummaryItem:
    title: str
    url: str = ""
    date: date | datetime | None = None
    detail: str = ""
