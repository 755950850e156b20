"""When each State's Article 7 report is due (Article 7.1 and 7.2).

The initial report is due 180 days after the Convention enters into force for
the State; each annual report covers the previous calendar year and is due by
30 April. What is due is computed from the States Parties and the reports, not
stored: a correction of the reference data moves the dates at once.
"""

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from country_pages.models import Membership, StateParty

from .models import Article7Report, ReportKind
from .status import CURRENT_STATUSES

INITIAL_DAYS = 180
# An initial report due longer ago than this was given through the current
# system before the portal; the portal does not chase it.
INITIAL_LOOKBACK_DAYS = 2 * 365


class DueStatus:
    SUBMITTED = "submitted"
    LATE = "late"
    DUE = "due"  # within the reminder window
    UPCOMING = "upcoming"


DUE_LABELS = {
    DueStatus.SUBMITTED: _("Submitted"),
    DueStatus.LATE: _("Late"),
    DueStatus.DUE: _("Due soon"),
    DueStatus.UPCOMING: _("Upcoming"),
}
DUE_SOON_DAYS = 60


@dataclass
class Obligation:
    state: StateParty
    kind: str
    year: int
    due_date: dt.date
    status: str
    report: Article7Report | None = None

    @property
    def status_label(self):
        return DUE_LABELS[self.status]

    @property
    def kind_label(self):
        return ReportKind(self.kind).label


def annual_due_date(year: int) -> dt.date:
    """The report on calendar year `year` is due by 30 April of the next."""
    return dt.date(year + 1, 4, 30)


def initial_due_date(state: StateParty) -> dt.date:
    return state.entry_into_force + dt.timedelta(days=INITIAL_DAYS)


def _status(due: dt.date, report, today: dt.date) -> str:
    if report is not None:
        return DueStatus.SUBMITTED
    if today > due:
        return DueStatus.LATE
    if (due - today).days <= DUE_SOON_DAYS:
        return DueStatus.DUE
    return DueStatus.UPCOMING


def obligations(*, states, today: dt.date) -> list[Obligation]:
    """The current cycle's obligations of `states` (a queryset or list): the
    annual report on last year and, where recent, the initial report.

    Two queries whatever the number of States.
    """
    states = [s for s in states if s.membership == Membership.PARTY]
    year = today.year - 1
    years = {year} | {s.entry_into_force.year for s in states}
    submitted = {}
    for report in Article7Report.objects.filter(
        state__in=[s.pk for s in states], year__in=years, status__in=CURRENT_STATUSES
    ).only("pk", "state_id", "year", "kind", "submitted_at", "status", "number"):
        submitted[(report.state_id, report.year)] = report
    found = []
    for state in states:
        initial_due = initial_due_date(state)
        if (today - initial_due).days <= INITIAL_LOOKBACK_DAYS:
            initial_year = state.entry_into_force.year
            report = submitted.get((state.pk, initial_year))
            found.append(
                Obligation(
                    state,
                    ReportKind.INITIAL,
                    initial_year,
                    initial_due,
                    _status(initial_due, report, today),
                    report,
                )  # fmt: skip
            )
        if state.entry_into_force.year <= year:
            due = annual_due_date(year)
            report = submitted.get((state.pk, year))
            found.append(
                Obligation(
                    state,
                    ReportKind.ANNUAL,
                    year,
                    due,
                    _status(due, report, today),
                    report,
                )  # fmt: skip
            )
    return found


def obligation_counts(items: list[Obligation]) -> dict[str, int]:
    counts = dict.fromkeys(DUE_LABELS, 0)
    for item in items:
        counts[item.status] += 1
    return counts
