"""Every list's CSV and JSON: the page's filters and read rule, every column,
a dated file name, and no cell a spreadsheet would run as a formula."""

import csv
import io
import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import timezone

from ia_meetings.models import ActionPoint, Meeting, MeetingStatus, Visibility
from portal.exports import csv_response, dated_filename, json_response, neutralise
from tests.factories import NeedFactory
from tests.ia_meetings.factories import ActionPointFactory, MeetingFactory
from tests.partnerships.factories import CommitmentFactory, PartnershipFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate().isoformat()


def csv_rows(response) -> list[dict]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode().lstrip("\ufeff")
    return list(csv.DictReader(io.StringIO(text)))


def json_rows(response) -> list[dict]:
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["count"] == len(data["results"])
    return data["results"]


# --- The shared pieces -------------------------------------------------------------


@pytest.mark.parametrize(
    "value, shown",
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Clearance", "Clearance"),
        ("", ""),
        (-5, -5),
        (None, None),
    ],
)
def test_text_that_a_spreadsheet_would_run_is_neutralised(value, shown):
    assert neutralise(value) == shown


def test_every_csv_cell_and_heading_is_neutralised_but_json_keeps_the_data():
    rows = [{"title": "=1+1", "amount": -3}]
    response = csv_response(rows, columns=["title", "amount"], filename="x")
    text = b"".join(response.streaming_content).decode()
    assert text.splitlines()[1] == "'=1+1,-3"
    data = json.loads(json_response(rows, columns=["title"], filename="x").content)
    assert data["results"] == [{"title": "=1+1"}]


def test_file_names_carry_the_day():
    assert dated_filename("needs", "csv") == f"needs-{TODAY}.csv"
    response = csv_response([], columns=["a"], filename="needs")
    assert response["Content-Disposition"] == (
        f'attachment; filename="needs-{TODAY}.csv"'
    )


@pytest.mark.parametrize(
    "url",
    [
        "/countries/?format=xml",
        "/needs/?format=pdf",
        "/meetings/?format=xlsx",
        "/partnerships/?format=html",
        "/partnerships/charts/?format=svg",
    ],
)
def test_an_unknown_format_gets_a_clear_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "this list downloads as csv or json" in response.content.decode()


# --- Each list ---------------------------------------------------------------------


def test_countries_export_the_filtered_index_with_every_column(client):
    rows = csv_rows(client.get("/countries/", {"region": "Africa", "format": "csv"}))
    assert rows and all(row["region"] == "Africa" for row in rows)
    angola = next(row for row in rows if row["iso3"] == "AGO")
    assert angola["url"] == "http://testserver/countries/AGO/"
    assert angola["region_label"] == "Africa"
    assert {"article5_deadline", "ia_platform", "page_published_at"} <= set(angola)
    response = client.get("/countries/", {"format": "json"})
    assert response["Content-Disposition"].endswith(f'states-parties-{TODAY}.json"')
    assert len(json_rows(response)) == 166


def test_needs_export_is_dated_and_neutralised(client):
    NeedFactory(title="=cmd|' /C calc'!A0")
    response = client.get("/needs/", {"format": "csv"})
    assert response["Content-Disposition"] == (
        f'attachment; filename="needs-{TODAY}.csv"'
    )
    (row,) = csv_rows(response)
    assert row["title"] == "'=cmd|' /C calc'!A0"


def test_meetings_export_holds_exactly_what_the_reader_may_read(
    role, make_user, client_for, zimbabwe
):
    user = make_user(role)
    MeetingFactory(title="Public launch")
    MeetingFactory(title="Restricted", visibility=Visibility.COMMITTEE)
    MeetingFactory(title="Proposed", status=MeetingStatus.PROPOSED)
    MeetingFactory(
        title="Zimbabwe participants",
        state=zimbabwe,
        visibility=Visibility.PARTICIPANTS,
    )
    rows = csv_rows(client_for(user).get("/meetings/", {"format": "csv"}))
    reader = user or AnonymousUser()
    expected = {
        m.title
        for m in Meeting.objects.all()
        if reader.has_perm("ia_meetings.read_meeting", m)
    }
    assert {row["title"] for row in rows} == expected
    assert all(row["kind_label"] and row["url"] for row in rows)


def test_meetings_export_keeps_the_page_filters(client, zimbabwe):
    MeetingFactory(title="Angola launch")
    MeetingFactory(title="Zimbabwe launch", state=zimbabwe)
    rows = json_rows(client.get("/meetings/", {"state": "ZWE", "format": "json"}))
    assert [row["title"] for row in rows] == ["Zimbabwe launch"]


def test_action_points_export_follows_the_page_rule(
    role, make_user, client_for, angola
):
    """The tracker's export lists what its page shows: public meetings'
    points to everyone, every readable meeting's to those who follow the
    State; never a cancelled meeting's."""
    user = make_user(role)
    ActionPointFactory(description="Share the survey", meeting=MeetingFactory())
    ActionPointFactory(
        description="Restricted point",
        meeting=MeetingFactory(visibility=Visibility.COMMITTEE),
    )
    ActionPointFactory(
        description="Cancelled meeting's point",
        meeting=MeetingFactory(status=MeetingStatus.CANCELLED),
    )
    response = client_for(user).get("/countries/AGO/action-points/", {"format": "csv"})
    reader = user or AnonymousUser()
    follows = reader.has_perm("ia_meetings.view_country_action_points", angola)
    rows = csv_rows(response)
    expected = {
        p.description
        for p in ActionPoint.objects.select_related("meeting")
        if p.meeting.status != MeetingStatus.CANCELLED
        and (
            reader.has_perm("ia_meetings.read_action_point", p)
            if follows
            else AnonymousUser().has_perm("ia_meetings.read_action_point", p)
        )
    }
    assert "Share the survey" in expected
    assert {row["description"] for row in rows} == expected
    assert response["Content-Disposition"].endswith(f'action-points-AGO-{TODAY}.csv"')


def test_partnerships_export_has_partners_and_commitments(client, zimbabwe):
    commitment = CommitmentFactory(amount=1000, currency="EUR")
    PartnershipFactory(state=zimbabwe, title="Zimbabwe work")
    rows = csv_rows(client.get("/partnerships/", {"country": "AGO", "format": "csv"}))
    (row,) = rows
    assert row["title"] == commitment.partnership.title
    assert row["partners"] == commitment.partner.name
    assert row["financial_commitments"] == "EUR 1000.00"
    assert row["status_label"]


def test_funding_table_exports_by_donor_and_year(client):
    commitment = CommitmentFactory(amount=10, year_from=2024, year_to=2025)
    rows = csv_rows(client.get("/partnerships/charts/", {"format": "csv"}))
    assert [(r["year"], r["donor"], r["amount"]) for r in rows] == [
        ("2024", commitment.partner.name, "10.00"),
        ("2025", commitment.partner.name, "10.00"),
    ]
    angola = client.get("/partnerships/charts/", {"country": "AGO", "format": "json"})
    assert angola["Content-Disposition"].endswith(f'funding-AGO-{TODAY}.json"')


@pytest.mark.parametrize(
    "url, ceiling",
    [
        ("/countries/?format=csv", 4),
        ("/needs/?format=csv", 3),
        ("/meetings/?format=csv", 3),
        ("/partnerships/?format=csv", 5),
        ("/partnerships/charts/?format=csv", 3),
    ],
)
def test_exports_do_not_grow_in_queries_with_the_rows(
    client, url, ceiling, django_assert_max_num_queries
):
    for _ in range(20):
        NeedFactory()
        MeetingFactory()
        CommitmentFactory()
    with django_assert_max_num_queries(ceiling):
        response = client.get(url)
        b"".join(response.streaming_content)


def test_url_maker_builds_addresses_in_the_reader_language(rf: RequestFactory):
    from portal.exports import url_maker

    request = rf.get("/meetings/")
    assert url_maker(request, "ia_meetings:detail", pk=999999999)(12) == (
        "http://testserver/meetings/12/"
    )
