"""Three years of illustrative Article 7 reports for Sudan, Zimbabwe, Serbia and
Sri Lanka, so the trajectories and the analysis show real shapes.

Every figure here is invented for the demonstration and marked as demo on
every page that shows it (`is_demo`); none is the State's. Serbia's report on
2024 has no release figures, so its trajectory shows what missing data looks
like. Running the demo again adds nothing twice.
"""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from country_pages.models import StateParty
from portal.models import User

from .models import (
    Article7Report,
    CooperationRow,
    FormCode,
    FormStatus,
    HazardousArea,
    LandRelease,
    ReportForm,
    ReportStatus,
    VictimFigure,
    WarningMeasure,
)

YEARS = (2023, 2024, 2025)

# Per State: regions, remaining area per region at the end of each year (CHA,
# SHA), release per year (None: not reported), casualties, a partner.
DEMO = {
    "SDN": {
        "focal": "focal.sudan@demo.example",
        "org": "National Mine Action Centre, Sudan (demo)",
        "regions": ("Blue Nile", "South Kordofan"),
        "remaining": {2023: (9_000_000, 5_000_000), 2024: (8_000_000, 4_500_000),
                      2025: (6_800_000, 3_700_000)},
        "released": {2023: 3_000_000, 2024: 2_000_000, 2025: 2_500_000},
        "casualties": {2023: (4, 9, 3, 6), 2024: (3, 7, 2, 5), 2025: (2, 6, 2, 4)},
        "partner": ("Japan", "JPY", Decimal("150000000")),
    },
    "ZWE": {
        "focal": "focal.zimbabwe@demo.example",
        "org": "Zimbabwe Mine Action Centre (demo)",
        "regions": ("Mashonaland East", "Manicaland"),
        "remaining": {2023: (12_000_000, 7_000_000), 2024: (9_000_000, 5_000_000),
                      2025: (6_000_000, 3_000_000)},
        "released": {2023: 4_000_000, 2024: 5_000_000, 2025: 6_000_000},
        "casualties": {2023: (0, 2, 0, 1), 2024: (1, 1, 0, 0), 2025: (0, 1, 0, 0)},
        "partner": ("Norway", "NOK", Decimal("25000000")),
    },
    "SRB": {
        "focal": "focal.serbia@demo.example",
        "org": "Serbian Mine Action Centre (demo)",
        "regions": ("Bujanovac", "Preševo"),
        "remaining": {2023: (500_000, 300_000), 2024: (450_000, 250_000),
                      2025: (400_000, 200_000)},
        "released": {2023: 150_000, 2024: None, 2025: 200_000},
        "casualties": {2023: (0, 0, 0, 0), 2024: (0, 1, 0, 0), 2025: (0, 0, 0, 0)},
        "partner": ("ITF Enhancing Human Security", "EUR", Decimal("800000")),
    },
    "LKA": {
        "focal": "focal.srilanka@demo.example",
        "org": "National Mine Action Centre, Sri Lanka (demo)",
        "regions": ("Northern Province", "Eastern Province"),
        "remaining": {2023: (10_000_000, 8_000_000), 2024: (7_000_000, 5_500_000),
                      2025: (4_000_000, 3_000_000)},
        "released": {2023: 4_500_000, 2024: 5_000_000, 2025: 5_500_000},
        "casualties": {2023: (1, 3, 0, 2), 2024: (0, 2, 1, 1), 2025: (0, 2, 0, 1)},
        "partner": ("Japan", "JPY", Decimal("300000000")),
    },
}  # fmt: skip


def load(stdout):
    isu = User.objects.filter(email="isu@demo.example").first()
    added = 0
    for iso3, spec in DEMO.items():
        state = StateParty.objects.filter(iso3=iso3).first()
        if state is None or Article7Report.objects.filter(state=state).exists():
            continue
        focal = User.objects.filter(email=spec["focal"]).first()
        for year in YEARS:
            _report(state=state, year=year, spec=spec, focal=focal, isu=isu)
            added += 1
    stdout.write(f"Demo Article 7 reports: {added} added (illustrative figures).")


def _report(*, state, year, spec, focal, isu):
    submitted = timezone.make_aware(dt.datetime(year + 1, 4, 20, 10, 0))
    published = submitted + dt.timedelta(days=14)
    report = Article7Report.objects.create(
        state=state,
        year=year,
        number=1,
        status=ReportStatus.PUBLISHED,
        period_start=dt.date(year, 1, 1),
        period_end=dt.date(year, 12, 31),
        contact_organisation=spec["org"],
        contact_email=spec["focal"],
        is_demo=True,
        created_by=focal,
        updated_by=focal,
        submitted_at=submitted,
        submitted_by=focal,
        published_at=published,
        reviewed_by=isu,
    )
    note = "Illustrative demo figures, not the State's."
    ReportForm.objects.bulk_create(
        ReportForm(
            report=report,
            code=code,
            status=(
                FormStatus.NOT_APPLICABLE
                if code in ("B", "E", "H")
                else FormStatus.UNCHANGED
                if code in ("A", "D", "F") and year > YEARS[0]
                else FormStatus.CHANGED
            ),
            last_reported_year=(
                YEARS[0] if code in ("A", "D", "F") and year > YEARS[0] else None
            ),
            narrative=note if code in ("C", "G", "I", "J") else "",
        )
        for code in FormCode.values
    )
    cha, sha = spec["remaining"][year]
    first, second = spec["regions"]
    HazardousArea.objects.bulk_create(
        [
            HazardousArea(report=report, region=first, category="cha",
                          number_of_areas=12, area_m2=cha * 2 // 3, percent_marked=70),
            HazardousArea(report=report, region=second, category="cha",
                          number_of_areas=8, area_m2=cha - cha * 2 // 3,
                          improvised=True, percent_marked=40),
            HazardousArea(report=report, region=first, category="sha",
                          number_of_areas=20, area_m2=sha),
        ]
    )  # fmt: skip
    released = spec["released"][year]
    if released is not None:
        LandRelease.objects.bulk_create(
            [
                LandRelease(report=report, year=year, region=first,
                            cancelled_m2=released // 2, reduced_m2=released // 4,
                            cleared_m2=released - released // 2 - released // 4,
                            mines_destroyed=released // 20_000,
                            other_devices_destroyed=released // 50_000),
            ]
        )  # fmt: skip
    women, men, girls, boys = spec["casualties"][year]
    VictimFigure.objects.create(
        report=report, year=year, kind="injured", women=women, men=men,
        girls=girls, boys=boys,
    )  # fmt: skip
    WarningMeasure.objects.create(
        report=report,
        kind="risk_education",
        description=f"Sessions in {first} and {second} (demo)",
        women=1200,
        men=900,
        girls=1500,
        boys=1600,
        persons_with_disabilities=60 if year > YEARS[0] else 0,
    )
    partner, currency, amount = spec["partner"]
    CooperationRow.objects.create(
        report=report,
        direction="received",
        partner=partner,
        pillar="clearance",
        year=year,
        amount=amount,
        currency=currency,
    )
