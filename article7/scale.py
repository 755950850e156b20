"""Article 7 reports at N times the Convention's size (`manage.py generate_scale`).

Every State Party reports each year [Article 7]; at factor 1 each has its
reports on the last YEARS years, at factor N on N times as many (back to
1999 at most). States with Article 5 obligations fill Form C (hazardous areas
by region) and Form G (land released), so their trajectories have data;
every report has the ten forms, casualties and a cooperation row. The last
year's report is a draft for some States, submitted for others; the older
ones are published.
"""

import datetime as dt
from decimal import Decimal

from country_pages.models import FocalPointAssignment, Membership, StateParty
from portal.scale import ScaleContext

from .models import (
    Article7Report,
    CooperationDirection,
    CooperationRow,
    FormCode,
    FormStatus,
    HazardousArea,
    LandRelease,
    Pillar,
    ReportForm,
    ReportStatus,
    VictimFigure,
)

# At the Convention's size (factor 1): years of reports per State.
YEARS = 2
FIRST_YEAR = 1999
REGIONS = ("North", "South", "East", "West", "Centre", "Coast")
DONORS = ("Japan", "Norway", "Germany", "European Union", "United States")


def generate(ctx: ScaleContext) -> None:
    rng = ctx.rng("article7")
    last = ctx.today.year - 1
    years = list(range(max(FIRST_YEAR, last - ctx.scaled(YEARS) + 1), last + 1))
    states = list(
        StateParty.objects.filter(membership=Membership.PARTY).order_by("iso3")
    )
    focal = dict(
        FocalPointAssignment.objects.order_by("state_id", "pk").values_list(
            "state_id", "user_id"
        )
    )
    reports = []
    for state in states:
        for year in years:
            if year == last:
                status = rng.choice(
                    (ReportStatus.DRAFT, ReportStatus.SUBMITTED, ReportStatus.PUBLISHED)
                )
            else:
                status = ReportStatus.PUBLISHED
            submitted = (
                None
                if status == ReportStatus.DRAFT
                else dt.datetime(year + 1, 4, rng.randint(1, 30), 10, tzinfo=dt.UTC)
            )
            reports.append(
                Article7Report(
                    state=state,
                    year=year,
                    status=status,
                    period_start=dt.date(year, 1, 1),
                    period_end=dt.date(year, 12, 31),
                    contact_organisation=f"Mine action authority of {state.name}",
                    contact_email=f"article7.{state.iso3.lower()}@example.org",
                    created_by_id=focal.get(state.pk),
                    updated_by_id=focal.get(state.pk),
                    submitted_at=submitted,
                    submitted_by_id=focal.get(state.pk) if submitted else None,
                    published_at=submitted + dt.timedelta(days=14)
                    if status == ReportStatus.PUBLISHED
                    else None,
                )
            )
    reports = Article7Report.objects.bulk_create(reports, batch_size=2000)
    ctx.made("article 7 reports", len(reports))

    forms, areas, releases, victims, cooperation = [], [], [], [], []
    for report in reports:
        state = report.state
        for code in FormCode.values:
            forms.append(
                ReportForm(
                    report=report,
                    code=code,
                    status=FormStatus.CHANGED,
                    narrative=ctx.text(rng, 60) if code in ("A", "C", "J") else "",
                )
            )
        if state.article5_obligations_remaining:
            regions = REGIONS[: rng.randint(2, len(REGIONS))]
            # What remains shrinks over the years, so trajectories slope.
            left = max(0.1, 1 - (report.year - years[0]) / (len(years) + 4))
            for region in regions:
                areas.append(
                    HazardousArea(
                        report=report,
                        region=region,
                        category=rng.choice(("cha", "sha")),
                        number_of_areas=rng.randint(1, 40),
                        area_m2=int(rng.randint(200_000, 3_000_000) * left),
                        percent_marked=rng.randint(0, 100),
                    )
                )
                releases.append(
                    LandRelease(
                        report=report,
                        year=report.year,
                        region=region,
                        cancelled_m2=rng.randint(0, 200_000),
                        reduced_m2=rng.randint(0, 100_000),
                        cleared_m2=rng.randint(10_000, 300_000),
                        mines_destroyed=rng.randint(0, 500),
                    )
                )
        victims.append(
            VictimFigure(
                report=report,
                year=report.year,
                kind=rng.choice(("killed", "injured", "survivors")),
                women=rng.randint(0, 10),
                men=rng.randint(0, 30),
                girls=rng.randint(0, 5),
                boys=rng.randint(0, 8),
            )
        )
        cooperation.append(
            CooperationRow(
                report=report,
                direction=CooperationDirection.RECEIVED,
                partner=rng.choice(DONORS),
                pillar=rng.choice(Pillar.values),
                year=report.year,
                amount=Decimal(rng.randint(50, 5_000) * 1_000),
                currency="USD",
            )
        )
    for model, rows, label in (
        (ReportForm, forms, "article 7 forms"),
        (HazardousArea, areas, "article 7 hazardous areas"),
        (LandRelease, releases, "article 7 land releases"),
        (VictimFigure, victims, "article 7 victim figures"),
        (CooperationRow, cooperation, "article 7 cooperation rows"),
    ):
        model.objects.bulk_create(rows, batch_size=5000)
        ctx.made(label, len(rows))
