"""Each State's Article 5 trajectory, from its Article 7 reports.

Remaining area at the end of each year (Form C's total), area released each
year (Form G), the average release of the last three years, and the year
clearance would finish at that rate against the Article 5 deadline. Where a
figure is missing the sentence says so rather than guessing: no rate without
three consecutive years of release, no projection without a remaining area.
"""

import math
from dataclasses import dataclass, field

from django.db.models import Sum
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.charts import Series, bar_chart, line_chart

from .models import Article7Report, HazardousArea, LandRelease
from .rules import reports_visible_filter
from .status import CURRENT_STATUSES

RATE_YEARS = 3


@dataclass
class TrajectoryYear:
    year: int
    remaining_m2: int | None = None
    released_m2: int | None = None


@dataclass
class Trajectory:
    state: object
    years: list[TrajectoryYear] = field(default_factory=list)
    rate_m2: float | None = None
    rate_first: int | None = None
    rate_last: int | None = None
    completion_year: int | None = None
    missing_years: list[int] = field(default_factory=list)
    sentence: str = ""

    @property
    def has_data(self) -> bool:
        return bool(self.years)

    def chart(self):
        """Remaining area as a line and release per year as bars, one SVG each."""
        categories = [str(y.year) for y in self.years]
        remaining = line_chart(
            title=_("Remaining contaminated area (m²)"),
            desc=self.sentence,
            categories=categories,
            series=[Series(_("Remaining area"), [y.remaining_m2 for y in self.years])],
            unit="m²",
        )
        released = bar_chart(
            title=_("Area released per year (m²)"),
            desc=self.sentence,
            categories=categories,
            series=[Series(_("Area released"), [y.released_m2 for y in self.years])],
            unit="m²",
        )
        return remaining, released


def _current_reports(*, states, user):
    """Each (State, year)'s current version the reader may read, as pks."""
    latest: dict[tuple[int, int], tuple[int, int]] = {}
    for pk, state_id, year, number in (
        Article7Report.objects.filter(
            reports_visible_filter(user),
            state__in=states,
            status__in=CURRENT_STATUSES,
        )
        .values_list("pk", "state_id", "year", "number")
        .order_by()
    ):
        key = (state_id, year)
        if key not in latest or number > latest[key][1]:
            latest[key] = (pk, number)
    return {key: pk for key, (pk, _number) in latest.items()}


def trajectories(*, states, user) -> dict[int, Trajectory]:
    """The trajectory of each of `states` (by pk), from the reports `user` may
    read: three queries whatever the number of States, years and rows."""
    states = list(states)
    reports = _current_reports(states=states, user=user)
    remaining = dict(
        HazardousArea.objects.filter(report__in=reports.values())
        .values("report")
        .annotate(total=Sum("area_m2"))
        .values_list("report", "total")
    )
    released: dict[tuple[int, int], int] = {}
    # A year's release is read from that year's own report.
    for report_id, year, total in (
        LandRelease.objects.filter(report__in=reports.values())
        .values("report", "year")
        .annotate(total=Sum("cancelled_m2") + Sum("reduced_m2") + Sum("cleared_m2"))
        .values_list("report", "year", "total")
    ):
        released[(report_id, year)] = total
    found = {}
    for state in states:
        years = sorted(year for (sid, year) in reports if sid == state.pk)
        rows = []
        for year in years:
            pk = reports[(state.pk, year)]
            rows.append(
                TrajectoryYear(
                    year=year,
                    remaining_m2=remaining.get(pk),
                    released_m2=released.get((pk, year)),
                )
            )
        found[state.pk] = _project(Trajectory(state=state, years=rows))
    return found


def trajectory_for(*, state, user) -> Trajectory:
    return trajectories(states=[state], user=user)[state.pk]


def _project(t: Trajectory) -> Trajectory:
    """The rate, the completion year and the sentence that says them."""
    if not t.years:
        t.sentence = _("No Article 7 report with figures has been submitted yet.")
        return t
    last = t.years[-1]
    if last.remaining_m2 is None:
        t.sentence = _(
            "The report for %(year)s gives no remaining area (Form C), so no "
            "projection can be made."
        ) % {"year": last.year}
        return t
    if last.remaining_m2 == 0:
        t.sentence = _(
            "No contaminated area remained at the end of %(year)s, as reported."
        ) % {"year": last.year}
        return t
    by_year = {y.year: y for y in t.years}
    window = list(range(last.year - RATE_YEARS + 1, last.year + 1))
    t.missing_years = [
        y for y in window if y not in by_year or by_year[y].released_m2 is None
    ]
    if t.missing_years:
        t.sentence = ngettext(
            "Release figures are missing for %(years)s, so the rate of the last "
            "three years cannot be computed.",
            "Release figures are missing for %(years)s, so the rate of the last "
            "three years cannot be computed.",
            len(t.missing_years),
        ) % {"years": ", ".join(str(y) for y in t.missing_years)}
        return t
    t.rate_first, t.rate_last = window[0], window[-1]
    t.rate_m2 = sum(by_year[y].released_m2 for y in window) / RATE_YEARS
    period = f"{t.rate_first}–{t.rate_last}"
    if t.rate_m2 == 0:
        t.sentence = _(
            "No land was released in %(period)s: at that rate clearance would not "
            "finish."
        ) % {"period": period}
        return t
    t.completion_year = last.year + math.ceil(last.remaining_m2 / t.rate_m2)
    deadline = t.state.article5_deadline
    values = {"period": period, "year": t.completion_year}
    if deadline is None:
        t.sentence = (
            _(
                "At the rate of %(period)s, clearance would finish in %(year)s; no "
                "Article 5 deadline is recorded."
            )
            % values
        )
        return t
    values["deadline"] = date_format(deadline, "DATE_FORMAT")
    gap = t.completion_year - deadline.year
    if gap > 0:
        t.sentence = ngettext(
            "At the rate of %(period)s, clearance would finish in %(year)s, "
            "%(count)s year after the deadline of %(deadline)s.",
            "At the rate of %(period)s, clearance would finish in %(year)s, "
            "%(count)s years after the deadline of %(deadline)s.",
            gap,
        ) % (values | {"count": gap})
    elif gap < 0:
        t.sentence = ngettext(
            "At the rate of %(period)s, clearance would finish in %(year)s, "
            "%(count)s year before the deadline of %(deadline)s.",
            "At the rate of %(period)s, clearance would finish in %(year)s, "
            "%(count)s years before the deadline of %(deadline)s.",
            -gap,
        ) % (values | {"count": -gap})
    else:
        t.sentence = (
            _(
                "At the rate of %(period)s, clearance would finish in %(year)s, the "
                "year of the deadline of %(deadline)s."
            )
            % values
        )
    return t


def trajectory_snapshot(state) -> dict | None:
    """The State's Article 5 trajectory as the public reads it, as plain JSON
    for a printed document's snapshot (meeting reports, dossiers); None
    without Article 5 obligations or reported figures."""
    from django.contrib.auth.models import AnonymousUser

    if not state.article5_obligations_remaining:
        return None
    trajectory = trajectory_for(state=state, user=AnonymousUser())
    if not trajectory.has_data:
        return None
    remaining_svg, released_svg = trajectory.chart()
    return {
        "sentence": trajectory.sentence,
        "years": [
            [row.year, row.remaining_m2, row.released_m2] for row in trajectory.years
        ],
        "remaining_svg": str(remaining_svg),
        "released_svg": str(released_svg),
    }
