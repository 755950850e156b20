"""A page's query count does not grow with the data: 1 row or 200, same ceiling.

The ceilings are the counts measured today, so any N+1 fails the test; the
dashboard's leaves room for the panels other apps register.
"""

import pytest
from django.urls import reverse

from partnerships import selectors
from tests.factories import NeedFactory

from .factories import (
    CommitmentFactory,
    InterestFactory,
    PartnerFactory,
    PartnershipFactory,
    PlatformFactory,
)

pytestmark = pytest.mark.django_db
ROWS = [1, 200]


@pytest.fixture
def bulk(angola, zimbabwe):
    """`n` partnerships, each with a partner, a multi-year commitment, a need and
    an interest, spread over two States."""

    def make(n):
        for i in range(n):
            state = angola if i % 2 else zimbabwe
            p = PartnershipFactory(state=state)
            CommitmentFactory(
                partnership=p, partner=PartnerFactory(), year_from=2017 + i % 8,
                year_to=2018 + i % 8, amount=1000 + i,
            )  # fmt: skip
            InterestFactory(need=NeedFactory(state=state))
        PlatformFactory()

    return make


@pytest.mark.parametrize("rows", ROWS)
def test_charts_page(rows, bulk, client, django_assert_max_num_queries):
    bulk(rows)
    with django_assert_max_num_queries(6):
        assert client.get(reverse("partnerships:charts")).status_code == 200
    with django_assert_max_num_queries(6):
        url = reverse("partnerships:charts") + "?country=AGO"
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("rows", ROWS)
def test_cross_country_dashboard(
    rows, bulk, isu, client_for, django_assert_max_num_queries
):
    bulk(rows)
    client = client_for(isu)
    # 14, and one for the Article 5 deadlines to watch (country_pages).
    with django_assert_max_num_queries(15):
        assert client.get(reverse("partnerships:dashboard")).status_code == 200


@pytest.mark.parametrize("rows", ROWS)
def test_partnership_list(rows, bulk, client, django_assert_max_num_queries):
    bulk(rows)
    with django_assert_max_num_queries(4):
        assert client.get(reverse("partnerships:index")).status_code == 200


@pytest.mark.parametrize("rows", ROWS)
def test_partnership_detail(
    rows, angola, focal_point, client_for, django_assert_max_num_queries
):
    p = PartnershipFactory()
    for _ in range(rows):
        CommitmentFactory(partnership=p, partner=PartnerFactory())
    client = client_for(focal_point)
    with django_assert_max_num_queries(12):
        assert client.get(p.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("rows", ROWS)
def test_partner_list(rows, bulk, client, django_assert_max_num_queries):
    bulk(rows)
    with django_assert_max_num_queries(2):
        assert client.get(reverse("partnerships:partners")).status_code == 200


@pytest.mark.parametrize("rows", ROWS)
def test_country_summary_contract(rows, bulk, angola, django_assert_max_num_queries):
    bulk(rows)
    with django_assert_max_num_queries(5):
        summary = selectors.country_partnership_summary(state=angola, user=None)
    assert len(summary.partnerships) == rows // 2


@pytest.mark.parametrize("rows", ROWS)
def test_focal_point_dashboard(
    rows, bulk, focal_point, client_for, django_assert_max_num_queries
):
    bulk(rows)
    client = client_for(focal_point)
    # Session and user, then every app's panels (pages, meetings, partnerships).
    with django_assert_max_num_queries(12):
        assert client.get(reverse("portal:dashboard")).status_code == 200
