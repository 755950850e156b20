"""The charts of funding and needs: what each chart counts, and what it says in
text beside the picture."""

from decimal import Decimal

import pytest

from partnerships import charts
from tests.factories import NeedFactory

from .factories import CommitmentFactory, PartnershipFactory

pytestmark = pytest.mark.django_db


def test_funding_chart_uses_the_main_currency_and_names_the_others(angola):
    p = PartnershipFactory()
    CommitmentFactory(partnership=p, amount=100, currency="USD")
    CommitmentFactory(
        partnership=p, amount=100, currency="USD", year_from=2025, year_to=2025
    )
    CommitmentFactory(partnership=p, amount=900, currency="EUR")
    chart = charts.funding_by_year_chart(state=angola)
    assert chart.currency == "USD" and chart.other_currencies == ["EUR"]


def test_funding_chart_groups_small_donors_as_others():
    p = PartnershipFactory()
    for i in range(7):
        CommitmentFactory(partnership=p, amount=100 + i)
    chart = charts.funding_by_year_chart()
    assert "Other donors" in chart.svg


def test_donor_concentration_share_and_count_per_year():
    p = PartnershipFactory()
    amounts = [50, 20, 10, 5, 5, 5, 5]  # top five give 90 of 100
    for amount in amounts:
        CommitmentFactory(partnership=p, amount=amount, year_from=2017, year_to=2017)
    share, number = charts.donor_concentration_charts()
    assert share.rows == [(2017, 7, Decimal(100), 90)]
    assert "2017: 90 %" in share.summary
    assert "2017: 7" in number.summary


def test_the_concentration_caption_states_the_charts_own_figure(client):
    """The caption's share is the one the bar shows, not the seed's 79 %."""
    p = PartnershipFactory()
    for amount in [50, 20, 10, 5, 5, 5, 5]:
        CommitmentFactory(partnership=p, amount=amount, year_from=2017, year_to=2017)
    html = client.get("/partnerships/charts/").content.decode()
    assert (
        "In 2017 the five largest donors gave 90 % of the funding recorded in "
        "the portal." in html
    )
    assert "Worldwide, in 2017 a handful of donors gave 79 %" in html


def test_needs_by_theme_compares_cost_with_funding_secured(angola):
    NeedFactory(estimated_cost=1000, funding_secured=250)
    NeedFactory(estimated_cost=500, funding_secured=0, theme="victim_assistance")
    NeedFactory(estimated_cost=999, is_published=False)
    NeedFactory(estimated_cost=10, currency="EUR")
    chart = charts.needs_by_theme_chart()
    assert chart.rows == [
        ("Clearance", 1, Decimal(1000), Decimal(250), Decimal(750)),
        ("Victim assistance", 1, Decimal(500), Decimal(0), Decimal(500)),
    ]
    assert chart.other_currencies == ["EUR"]
