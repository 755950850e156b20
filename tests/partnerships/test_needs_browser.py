"""The donors' needs browser: filters in the URL, sorting, paging, exports."""

import csv
import io
import json

import pytest
from django.core.cache import cache
from django.urls import reverse

from country_pages.models import Need, StateParty
from partnerships.views.needs import EXPORT_COLUMNS
from tests.factories import NeedFactory

from .factories import InterestFactory

pytestmark = pytest.mark.django_db
URL = reverse("partnerships:needs")


def titles(client, **params):
    # Each call must render the list, not replay the page cached for anonymous
    # readers by an earlier call (tests/partnerships/test_needs_cache.py).
    cache.clear()
    response = client.get(URL, params)
    assert response.status_code == 200
    return [n.title for n in response.context["page"]]


@pytest.fixture
def needs(angola, zimbabwe):
    sri_lanka = StateParty.objects.get(iso3="LKA")
    return {
        "angola": NeedFactory(
            title="Angola clearance",
            estimated_cost=1000,
            funding_secured=900,
            start_year=2025,
            end_year=2026,
        ),
        "zimbabwe": NeedFactory(
            state=zimbabwe,
            title="Zimbabwe border",
            theme="victim_assistance",
            estimated_cost=5000,
            funding_secured=0,
            status="partially_funded",
            start_year=2027,
            end_year=2028,
            description="Prosthetics for survivors",
        ),
        "lanka": NeedFactory(
            state=sri_lanka,
            title="Sri Lanka IMSMA",
            theme="capacity",
            estimated_cost=None,
            start_year=None,
            end_year=None,
        ),
        "draft": NeedFactory(title="Unpublished", is_published=False),
    }


def test_only_published_needs_are_listed(client, needs):
    assert "Unpublished" not in titles(client)
    assert len(titles(client)) == 3


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"theme": "victim_assistance"}, ["Zimbabwe border"]),
        ({"country": "ZWE"}, ["Zimbabwe border"]),
        ({"region": "Asia-Pacific"}, ["Sri Lanka IMSMA"]),
        ({"status": "partially_funded"}, ["Zimbabwe border"]),
        ({"gap_min": "1000"}, ["Zimbabwe border"]),
        ({"gap_max": "100"}, ["Angola clearance"]),
        ({"year_from": "2027"}, ["Sri Lanka IMSMA", "Zimbabwe border"]),
        ({"year_to": "2025"}, ["Angola clearance", "Sri Lanka IMSMA"]),
        ({"q": "prosthetics"}, ["Zimbabwe border"]),
        ({"q": "sri imsma"}, ["Sri Lanka IMSMA"]),
        ({"sort": "-gap"}, ["Zimbabwe border", "Angola clearance", "Sri Lanka IMSMA"]),
        ({"theme": "clearance", "country": "AGO"}, ["Angola clearance"]),
    ],
)
def test_filters(client, needs, params, expected):
    result = titles(client, **params)
    if "sort" in params:
        assert result[:2] == expected[:2]
    else:
        assert sorted(result) == sorted(expected)


def test_an_invalid_filter_value_is_explained_not_an_error(client, needs):
    response = client.get(URL, {"theme": "nonsense"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_pagination_keeps_the_filters(client, angola):
    for i in range(30):
        NeedFactory(title=f"Need {i:02}")
    body = client.get(URL, {"theme": "clearance"}).content.decode()
    assert "?theme=clearance&amp;page=2" in body
    assert len(titles(client, theme="clearance", page=2)) == 5


def test_csv_export_has_every_column_and_the_filtered_rows(client, needs):
    response = client.get(URL, {"format": "csv", "country": "ZWE"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    assert list(rows[0]) == EXPORT_COLUMNS
    assert [r["title"] for r in rows] == ["Zimbabwe border"]
    row = rows[0]
    assert row["country_iso3"] == "ZWE"
    assert row["funding_gap"] == "5000.00"
    assert row["theme_label"] == "Victim assistance"
    # The need's own page (issue 15, item 5).
    assert row["url"] == f"http://testserver/needs/{row['id']}/"


def test_json_export(client, needs):
    data = json.loads(client.get(URL, {"format": "json"}).content)
    assert data["count"] == 3 and data["columns"] == EXPORT_COLUMNS
    lanka = next(r for r in data["results"] if r["country_iso3"] == "LKA")
    assert lanka["estimated_cost"] is None and lanka["funding_gap"] is None
    assert set(lanka) == set(EXPORT_COLUMNS)


def test_donor_sees_register_buttons_and_what_they_registered(client_for, donor, needs):
    InterestFactory(donor=donor, need=needs["angola"])
    body = client_for(donor).get(URL).content.decode()
    assert "Interest registered" in body
    assert reverse("partnerships:interest_create", args=[needs["zimbabwe"].pk]) in body
    anonymous = client_for(None).get(URL).content.decode()
    assert "Register interest" not in anonymous


def test_query_count_does_not_grow_with_needs(
    client_for, donor, angola, django_assert_max_num_queries
):
    Need.objects.bulk_create(
        NeedFactory.build(
            title=f"Need {i:02}", estimated_cost=1000 + i, funding_secured=0
        )
        for i in range(20)
    )
    client = client_for(donor)
    # One query more than the list itself: the needs' texts in the reader's
    # language (country_pages.translation), for the page or per 500 rows; and
    # one for the totals per currency of the filtered list.
    with django_assert_max_num_queries(8):
        html = client.get(URL, {"sort": "-gap"}).content.decode()
    assert html.index("Need 19") < html.index("Need 00")  # the largest gap first
    with django_assert_max_num_queries(4):
        response = client.get(URL, {"format": "csv"})
        assert len(b"".join(response.streaming_content).splitlines()) == 21
