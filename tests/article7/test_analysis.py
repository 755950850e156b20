"""Analysis for the ISU and the Committees: who may open it, what it counts,
and its CSV and JSON."""

import io
import json

import pytest
from django.core.management.base import OutputWrapper

from article7 import demo
from portal import demo as portal_demo
from tests.conftest import ROLES
from tests.roles import assert_refused, assert_shows

pytestmark = pytest.mark.django_db

URL = "/article7/analysis/?year=2025"


@pytest.fixture
def demo_reports():
    out = OutputWrapper(io.StringIO())
    portal_demo.load(out)
    demo.load(out)


@pytest.mark.parametrize("role", ROLES)
def test_only_the_isu_and_the_committees_open_the_analysis(
    role, make_user, client_for, demo_reports
):
    user = make_user(role)
    response = client_for(user).get(URL)
    if role in ("isu", "committee", "chair"):
        assert_shows(response, "Who reported, and when", "4 of", "Sudan")
    else:
        assert_refused(response, user, hidden=("Who reported",))


def test_the_exports_carry_the_same_figures(make_user, client_for, demo_reports):
    client = client_for(make_user("committee"))
    data = json.loads(client.get(URL + "&table=regions&format=json").content)
    africa = next(r for r in data["results"] if r["region"] == "Africa")
    # Sudan and Zimbabwe: 10.5 + 9 million m² remaining; 2.5 + 6 million released.
    assert africa["states_reporting"] == 2
    assert africa["remaining_m2"] == 19_500_000
    assert africa["released_m2"] == 8_500_000
    csv = b"".join(
        client.get(URL + "&table=coverage&format=csv").streaming_content
    ).decode()
    assert csv.splitlines()[0].startswith("state,iso3,year,victim_figures")
    assert "Serbia,SRB,2025,False,True,True" in csv
    reporting = json.loads(client.get(URL + "&table=reporting&format=json").content)
    sudan = next(r for r in reporting["results"] if r["iso3"] == "SDN")
    assert sudan["on_time"] is True and sudan["submitted_on"] == "2026-04-20"


@pytest.mark.parametrize(
    "query", ["?year=abc", "?year=99999", "?table=nope&format=csv", "?format=xml"]
)
def test_odd_addresses_do_not_break_the_page(query, make_user, client_for):
    response = client_for(make_user("isu")).get("/article7/analysis/" + query)
    assert response.status_code in (200, 404)
