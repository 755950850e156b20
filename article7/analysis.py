"""Analysis of Article 7 reports for the ISU and the Committees [002 §14, §16,
§24]: who reported and when, totals by region, and how far the reports break
figures down by sex and age. Each table is a list of dicts with fixed columns,
so the page, the CSV and the JSON show the same thing; each runs a fixed
number of queries whatever the number of reports and rows.
"""

from django.db.models import Count, F, Q, Sum
from django.utils.translation import gettext as _

from country_pages.models import Membership, Region, StateParty

from .due import annual_due_date, initial_due_date
from .models import (
    Article7Report,
    HazardousArea,
    LandRelease,
    ReportKind,
    VictimFigure,
    WarningMeasure,
)
from .status import CURRENT_STATUSES

REPORTING_COLUMNS = [
    "state", "iso3", "region", "year", "kind", "version", "status", "channel",
    "due_date", "submitted_on", "on_time",
]  # fmt: skip
REGION_COLUMNS = [
    "region", "states_reporting", "remaining_m2", "released_m2", "mines_destroyed",
]  # fmt: skip
COVERAGE_COLUMNS = [
    "state", "iso3", "year", "victim_figures_by_sex_and_age",
    "beneficiaries_by_sex_and_age", "beneficiaries_with_disability",
]  # fmt: skip


def _current(year: int):
    """The current version of each State's report for `year`: the latest
    number among the submitted, acknowledged and published ones."""
    latest = {}
    for pk, state_id, number in Article7Report.objects.filter(
        year=year, status__in=CURRENT_STATUSES
    ).values_list("pk", "state_id", "number"):
        if state_id not in latest or number > latest[state_id][1]:
            latest[state_id] = (pk, number)
    return [pk for pk, _number in latest.values()]


def reporting(*, year: int) -> list[dict]:
    """Every State Party's report on `year`: when it was submitted against its
    due date, or that it is missing."""
    reports = {
        report.state_id: report
        for report in Article7Report.objects.filter(pk__in=_current(year))
    }
    rows = []
    for state in StateParty.objects.filter(
        membership=Membership.PARTY, entry_into_force__year__lte=year
    ).order_by("name"):
        report = reports.get(state.pk)
        due = (
            initial_due_date(state)
            if report is not None and report.kind == ReportKind.INITIAL
            else annual_due_date(year)
        )
        submitted = report.submitted_at.date() if report else None
        rows.append(
            {
                "state": state.name,
                "iso3": state.iso3,
                "region": state.get_region_display(),
                "year": year,
                "kind": report.get_kind_display() if report else "",
                "version": report.number if report else None,
                "status": report.get_status_display() if report else _("Not received"),
                "channel": report.get_channel_display() if report else "",
                "due_date": due,
                "submitted_on": submitted,
                "on_time": (submitted <= due) if submitted else None,
            }
        )
    return rows


def region_totals(*, year: int) -> list[dict]:
    """Per region: States that reported on `year`, remaining area at the end of
    the year, area released and mines destroyed in it."""
    pks = _current(year)
    regions = dict(
        Article7Report.objects.filter(pk__in=pks)
        .values("state__region")
        .annotate(n=Count("state", distinct=True))
        .values_list("state__region", "n")
    )
    remaining = dict(
        HazardousArea.objects.filter(report__in=pks)
        .values("report__state__region")
        .annotate(total=Sum("area_m2"))
        .values_list("report__state__region", "total")
    )
    released = {
        row["report__state__region"]: row
        for row in LandRelease.objects.filter(report__in=pks, year=year)
        .values("report__state__region")
        .annotate(
            released=Sum(F("cancelled_m2") + F("reduced_m2") + F("cleared_m2")),
            mines=Sum("mines_destroyed"),
        )
    }
    return [
        {
            "region": label,
            "states_reporting": regions.get(value, 0),
            "remaining_m2": remaining.get(value),
            "released_m2": released.get(value, {}).get("released"),
            "mines_destroyed": released.get(value, {}).get("mines"),
        }
        for value, label in Region.choices
    ]


def coverage(*, year: int) -> list[dict]:
    """For each report on `year`: whether its victim figures and its warning
    measures' beneficiaries are broken down by sex and age (§16, §24)."""
    pks = _current(year)
    by_sex = Q(women__gt=0) | Q(men__gt=0) | Q(girls__gt=0) | Q(boys__gt=0)
    victims = set(
        VictimFigure.objects.filter(by_sex, report__in=pks).values_list(
            "report", flat=True
        )
    )
    beneficiaries = set(
        WarningMeasure.objects.filter(by_sex, report__in=pks).values_list(
            "report", flat=True
        )
    )
    disability = set(
        WarningMeasure.objects.filter(
            report__in=pks, persons_with_disabilities__gt=0
        ).values_list("report", flat=True)
    )
    return [
        {
            "state": report.state.name,
            "iso3": report.state.iso3,
            "year": year,
            "victim_figures_by_sex_and_age": report.pk in victims,
            "beneficiaries_by_sex_and_age": report.pk in beneficiaries,
            "beneficiaries_with_disability": report.pk in disability,
        }
        for report in Article7Report.objects.filter(pk__in=pks)
        .select_related("state")
        .order_by("state__name")
    ]


def coverage_share(rows: list[dict]) -> dict:
    """How many reports break each figure down, out of how many."""
    keys = COVERAGE_COLUMNS[3:]
    return {"reports": len(rows)} | {
        key: sum(1 for r in rows if r[key]) for key in keys
    }


TABLES = {
    "reporting": (reporting, REPORTING_COLUMNS),
    "regions": (region_totals, REGION_COLUMNS),
    "coverage": (coverage, COVERAGE_COLUMNS),
}
