"""Query ceilings: the report page, the country page and the analysis do not
run more queries as reports and rows grow (asserted with 20 rows each)."""

import datetime as dt

import pytest

from article7 import services
from article7.forms import TABLES
from article7.models import Article7Report, ReportStatus
from country_pages.models import StateParty
from tests import factories

pytestmark = pytest.mark.django_db

ROWS = {
    "stockpile_rows": {"mine_type": "PMN-2", "quantity": 10},
    "hazardous_areas": {"region": "Moxico", "category": "cha", "area_m2": 50_000},
    "retained_mines": {"basis": "retained", "institution": "CNIDAH",
                       "mine_type": "PMN", "quantity": 5},
    "land_releases": {"year": 2025, "cleared_m2": 1_000, "mines_destroyed": 2},
    "mine_characteristics": {"table": "held", "mine_type": "PMN"},
    "warning_measures": {"kind": "marking", "women": 10, "men": 10},
    "victim_figures": {"year": 2025, "kind": "injured", "women": 1, "boys": 2},
    "cooperation_rows": {"direction": "received", "partner": "Japan",
                         "pillar": "clearance", "year": 2025,
                         "amount": 1000, "currency": "USD"},
}  # fmt: skip


def _report(state, year, author, rows):
    report = services.report_start(
        state=state, year=year, user=author, today=dt.date(2026, 3, 1)
    )
    for tables in TABLES.values():
        for table in tables:
            values = dict(ROWS[table.related_name])
            if "year" in values:
                values["year"] = year
            table.model.objects.bulk_create(
                table.model(report=report, **values) for _ in range(rows)
            )
    Article7Report.objects.filter(pk=report.pk).update(
        status=ReportStatus.PUBLISHED,
        submitted_at=dt.datetime(year + 1, 4, 1, tzinfo=dt.UTC),
        published_at=dt.datetime(year + 1, 4, 2, tzinfo=dt.UTC),
        contact_organisation="CNIDAH",
    )
    return report


@pytest.fixture
def author(db):
    return factories.IsuFactory(email="isu.author@example.org")


@pytest.fixture
def many(angola, author):
    """Angola with 20 years of reports, each form with 20 rows; 20 other States
    with a report on 2025."""
    reports = [_report(angola, year, author, 20) for year in range(2006, 2026)]
    others = StateParty.objects.exclude(iso3="AGO").order_by("name")[:20]
    for state in others:
        _report(state, 2025, author, 2)
    return reports[-1]


@pytest.mark.parametrize("role", ["anonymous", "focal_point", "committee", "isu"])
def test_report_page_ceiling(
    role, make_user, client_for, many, django_assert_max_num_queries
):
    client = client_for(make_user(role))
    with django_assert_max_num_queries(30):
        response = client.get(many.get_absolute_url())
    assert response.status_code == 200
    assert response.content.decode().count("<tr>") > 20 * 8


@pytest.mark.parametrize("role", ["anonymous", "focal_point", "isu"])
def test_form_edit_and_list_ceilings(
    role, make_user, client_for, many, django_assert_max_num_queries
):
    client = client_for(make_user(role))
    with django_assert_max_num_queries(20):
        assert client.get("/countries/AGO/article7/").status_code == 200


@pytest.mark.parametrize("role", ["anonymous", "focal_point", "isu"])
def test_country_page_ceiling(
    role, make_user, client_for, many, django_assert_max_num_queries
):
    client = client_for(make_user(role))
    with django_assert_max_num_queries(40):
        response = client.get("/countries/AGO/")
    assert response.status_code == 200


@pytest.mark.parametrize("table", ["", "&table=reporting&format=json",
                                   "&table=regions&format=csv",
                                   "&table=coverage&format=json"])  # fmt: skip
def test_analysis_ceiling(
    table, make_user, client_for, many, django_assert_max_num_queries
):
    client = client_for(make_user("committee"))
    with django_assert_max_num_queries(20):
        response = client.get("/article7/analysis/?year=2025" + table)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
