"""The API's Article 7 reports: each year's current report the reader may
read (published for everyone; submitted too for the State, the committees
and the ISU; never a draft), its headline figures, bad input refused."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser

from article7 import services
from article7.models import Article7Report, ReportStatus
from tests import factories

pytestmark = pytest.mark.django_db
URL = "/api/v1/article7-reports/"


@pytest.fixture
def reports(angola, zimbabwe):
    author = factories.IsuFactory(email="isu.author@example.org")
    made = {}
    for state, year, status in (
        (angola, 2024, ReportStatus.PUBLISHED),
        (angola, 2025, ReportStatus.SUBMITTED),
        (zimbabwe, 2025, ReportStatus.DRAFT),
    ):
        report = services.report_start(
            state=state, year=year, user=author, today=dt.date(year + 1, 3, 1)
        )
        Article7Report.objects.filter(pk=report.pk).update(
            contact_organisation="Mine action centre"
        )
        report.refresh_from_db()
        if status != ReportStatus.DRAFT:
            report = services.report_submit(report=report, user=author)
        if status == ReportStatus.PUBLISHED:
            report = services.report_step(report=report, user=author, target=status)
        made[(state.iso3, year)] = report
    return made


def test_the_list_holds_what_the_reader_may_read_and_never_a_draft(
    role, make_user, client_for, reports
):
    user = make_user(role)
    response = client_for(user).get(URL)
    assert response.status_code == 200
    listed = {(r["country"]["id"], r["year"]) for r in response.json()["results"]}
    reader = user or AnonymousUser()
    expected = {
        key
        for key, report in reports.items()
        if report.status != ReportStatus.DRAFT
        and reader.has_perm("article7.read_report", report)
    }
    assert listed == expected
    assert ("AGO", 2024) in listed
    assert ("ZWE", 2025) not in listed


def test_a_report_gives_its_figures_and_filters_work(client, reports):
    published = reports[("AGO", 2024)]
    answer = client.get(f"{URL}{published.pk}/").json()
    assert answer["year"] == 2024
    assert answer["status"] == "published"
    assert set(answer["figures"]) == {
        "remaining_m2",
        "cha_m2",
        "sha_m2",
        "released_m2",
        "mines_destroyed",
        "stockpile",
        "casualties",
    }
    assert answer["url"].endswith(published.get_absolute_url())
    assert client.get(f"{URL}{reports[('AGO', 2025)].pk}/").status_code == 404
    only = client.get(URL, {"country": "AGO", "year": 2024}).json()
    assert [r["id"] for r in only["results"]] == [published.pk]


@pytest.mark.parametrize(
    "params", [{"country": "ZZZ"}, {"year": "soon"}, {"sort": "year"}]
)
def test_bad_input_is_a_400_with_a_json_body(client, reports, params):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert response.json()["errors"]


def test_the_list_has_a_query_ceiling(client, reports, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        assert client.get(URL).status_code == 200
