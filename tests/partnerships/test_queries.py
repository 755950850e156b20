"""A page's query count does not grow with the data: with twenty rows of
everything, each page stays under the ceiling it has with one.

The ceilings are the counts measured today, so any N+1 fails the test; the
dashboard's leaves room for the panels other apps register. Each test also
checks that the page shows the rows, so an empty page cannot pass.
"""

import datetime

import pytest
from django.urls import reverse

from country_pages.models import Need
from partnerships import selectors
from partnerships.models import (
    Commitment,
    Interest,
    Partner,
    Partnership,
    PartnershipPartner,
)
from tests.factories import DonorFactory, NeedFactory

from .factories import PlatformFactory

pytestmark = pytest.mark.django_db
ROWS = 20


@pytest.fixture
def bulk(angola, zimbabwe):
    """ROWS partnerships over two States, each with a partner, a multi-year
    commitment, and a need with interest; Angola has a platform."""
    states = [zimbabwe, angola]
    partnerships = Partnership.objects.bulk_create(
        Partnership(
            state=states[i % 2],
            title=f"Partnership {i:02}",
            description="d",
            start_date=datetime.date(2024, 1, 1),
            status="active",
        )
        for i in range(ROWS)
    )
    partners = Partner.objects.bulk_create(
        Partner(name=f"Donor State {i:02}", kind="state") for i in range(ROWS)
    )
    PartnershipPartner.objects.bulk_create(
        PartnershipPartner(partnership=p, partner=q, responsibility="Funding.")
        for p, q in zip(partnerships, partners, strict=True)
    )
    Commitment.objects.bulk_create(
        Commitment(
            partnership=p,
            partner=q,
            kind="financial",
            year_from=2017 + i % 8,
            year_to=2018 + i % 8,
            amount=1000 + i,
            currency="USD",
        )
        for i, (p, q) in enumerate(zip(partnerships, partners, strict=True))
    )
    needs = Need.objects.bulk_create(
        NeedFactory.build(state=states[i % 2], title=f"Need {i:02}")
        for i in range(ROWS)
    )
    donor = DonorFactory()
    Interest.objects.bulk_create(
        Interest(donor=donor, need=need, message="We can help.") for need in needs
    )
    PlatformFactory()
    return partnerships


def test_charts_page_has_a_query_ceiling(bulk, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        html = client.get(reverse("partnerships:charts")).content.decode()
    assert "Donor State 19" in html and "Number of donors per year" in html
    with django_assert_max_num_queries(6):
        url = reverse("partnerships:charts") + "?country=AGO"
        html = client.get(url).content.decode()
    assert "Funding committed by year, Angola" in html


def test_cross_country_dashboard_has_a_query_ceiling(
    bulk, isu, client_for, django_assert_max_num_queries
):
    client = client_for(isu)
    # 14, and one for the Article 5 deadlines to watch (country_pages).
    with django_assert_max_num_queries(15):
        html = client.get(reverse("partnerships:dashboard")).content.decode()
    assert '<td class="numeric">10</td>' in html  # partnerships of each State
    assert "Need 19" in html  # the latest interest


def test_partnership_list_has_a_query_ceiling(
    bulk, client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(4):
        html = client.get(reverse("partnerships:index")).content.decode()
    assert f"{ROWS} partnerships." in html
    assert "Donor State 00" in html and "Donor State 19" in html


def test_partnership_detail_has_a_query_ceiling(
    angola, focal_point, client_for, django_assert_max_num_queries
):
    p = Partnership.objects.create(
        state=angola,
        title="Clearance of Cuando Cubango",
        description="d",
        start_date=datetime.date(2024, 1, 1),
    )
    partners = Partner.objects.bulk_create(
        Partner(name=f"Donor State {i:02}", kind="state") for i in range(ROWS)
    )
    PartnershipPartner.objects.bulk_create(
        PartnershipPartner(partnership=p, partner=q, responsibility="Funding.")
        for q in partners
    )
    Commitment.objects.bulk_create(
        Commitment(
            partnership=p,
            partner=q,
            kind="financial",
            year_from=2024,
            year_to=2024,
            amount=1000,
            currency="USD",
        )
        for q in partners
    )
    client = client_for(focal_point)
    # 13: the commitment form offers the State's needs (one query).
    with django_assert_max_num_queries(13):
        html = client.get(p.get_absolute_url()).content.decode()
    assert html.count("Donor State 19") >= 2  # a partner, and its commitment


def test_partner_list_has_a_query_ceiling(bulk, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        html = client.get(reverse("partnerships:partners")).content.decode()
    assert "Donor State 00" in html and "Donor State 19" in html


def test_country_summary_has_a_query_ceiling(
    bulk, angola, django_assert_max_num_queries
):
    with django_assert_max_num_queries(5):
        summary = selectors.country_partnership_summary(state=angola, user=None)
    assert len(summary.partnerships) == ROWS // 2
    # The table says what the chart shows, so it does not grow with the donors:
    # each year's amounts from the five largest donors, the others together.
    donors = {donor for _year, donor, _amount in summary.funding_table}
    assert len(donors) == 6 and "Other donors" in donors


def test_focal_point_dashboard_has_a_query_ceiling(
    bulk, focal_point, client_for, django_assert_max_num_queries
):
    client = client_for(focal_point)
    # Session and user, then every app's panels (pages and their stale
    # sections, follows, meetings and invitations, reports, partnerships).
    # +3: the Article 7 panels (States, reports, drafts), flat in the data;
    # +1: the committee's link to what changed for the focal point's States.
    with django_assert_max_num_queries(21):
        html = client.get(reverse("portal:dashboard")).content.decode()
    assert "Interest registered in your needs" in html
    assert "Need 19" in html and "10 partnerships" in html
