"""What the IA brought: partners and funding before and after the launch,
and the donor base per year (impact pages, country page, charts)."""

import datetime as dt
import json

import pytest
from django.utils import timezone

from ia_meetings.models import MeetingKind, MeetingStatus
from partnerships.charts import donor_base_by_year
from tests.ia_meetings.factories import MeetingFactory
from tests.partnerships.factories import CommitmentFactory, PartnershipFactory
from tests.roles import assert_shows

ROLES = [
    "anonymous",
    "member",
    "donor",
    "focal_point",
    "other_focal_point",
    "committee",
    "chair",
    "isu",
]


@pytest.fixture
def launched_2022(angola):
    MeetingFactory(
        state=angola,
        kind=MeetingKind.IA_LAUNCH,
        status=MeetingStatus.HELD,
        starts_at=timezone.make_aware(dt.datetime(2022, 6, 1, 10)),
    )
    partnership = PartnershipFactory(state=angola)
    CommitmentFactory(
        partnership=partnership, partner__name="Norway", year_from=2020, year_to=2023
    )
    CommitmentFactory(
        partnership=partnership,
        partner__name="Japan",
        year_from=2022,
        year_to=2022,
        amount=3_000_000,
    )
    return partnership


@pytest.mark.parametrize("role", ROLES)
def test_every_role_reads_what_the_ia_brought(
    role, make_user, client_for, launched_2022
):
    client = client_for(make_user(role))
    assert_shows(
        client.get("/countries/AGO/ia-impact/"),
        "The IA was launched on 1 June 2022.",
        "New since the launch: Japan.",
        "Partners with funding: 1 before the launch, 2 since.",
    )
    assert_shows(client.get("/ia-impact/"), "Angola", "Donor base per year")


def test_across_states_counts_partners_and_funding_on_each_side(client, launched_2022):
    data = json.loads(
        client.get("/ia-impact/", {"format": "json", "table": "states"}).content
    )
    row = next(r for r in data["results"] if r["state"] == "Angola")
    assert row["partners_before"] == 1
    assert row["partners_after"] == 2
    assert row["new_partners"] == 1
    assert row["funding_before"] == "USD 2,000,000"
    assert row["funding_after"] == "USD 5,000,000"


def test_donor_base_counts_first_time_donors_and_the_top_five(launched_2022, angola):
    rows = {r.year: r for r in donor_base_by_year(state=angola)}
    assert rows[2020].donors == 1 and rows[2020].first_time == 1
    assert rows[2022].donors == 2 and rows[2022].first_time == 1
    assert rows[2023].first_time == 0
    assert rows[2022].top_five_share == 100


def test_the_country_page_and_the_charts_show_the_donor_base(client, launched_2022):
    assert_shows(
        client.get("/countries/AGO/"),
        "What the IA brought",
        "Donor base per year",
        "New since the launch: Japan.",
    )
    assert_shows(
        client.get("/partnerships/charts/?country=AGO"),
        "Donor base per year: Angola",
        "First-time donors",
    )


def test_a_state_without_launch_says_so(client, angola):
    CommitmentFactory(partnership=PartnershipFactory(state=angola))
    assert_shows(
        client.get("/countries/AGO/ia-impact/"),
        "Angola has not launched the IA yet.",
    )


def test_unknown_state(client, db):
    response = client.get("/countries/ZZZ/ia-impact/")
    assert response.status_code == 404


def test_query_counts_do_not_grow(
    client, angola, launched_2022, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        client.get("/countries/AGO/ia-impact/")
    with django_assert_max_num_queries(6):
        client.get("/ia-impact/")
    for i in range(30):
        CommitmentFactory(
            partnership=launched_2022,
            partner__name=f"Donor {i}",
            year_from=2019 + i % 6,
            year_to=2025,
        )
    with django_assert_max_num_queries(6):
        assert_shows(client.get("/countries/AGO/ia-impact/"), "Donor 29")
    with django_assert_max_num_queries(6):
        client.get("/ia-impact/")
