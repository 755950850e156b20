"""Reads: the country page contract, the charts' figures, cadence, dashboards."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from partnerships import selectors
from partnerships.models import PartnerKind
from tests.factories import NeedFactory

from .factories import (
    CommitmentFactory,
    PartnerFactory,
    PartnershipFactory,
    PartnershipPartnerFactory,
    PlatformFactory,
)

pytestmark = pytest.mark.django_db


def test_country_summary_is_empty_without_partnerships(angola):
    summary = selectors.country_partnership_summary(state=angola, user=None)
    assert summary.is_empty and summary.funding_chart_svg == ""


def test_country_summary_lists_partners_by_kind_projects_and_funding(angola):
    p = PartnershipFactory(success_story="Land released early.", good_practice="")
    for name, kind in [("Japan", "state"), ("UNDP", "un"), ("HI", "intl_ngo"),
                       ("Local NGO", "national_ngo")]:  # fmt: skip
        PartnershipPartnerFactory(
            partnership=p, partner=PartnerFactory(name=name, kind=kind)
        )
    japan = p.members.get(partner__name="Japan").partner
    CommitmentFactory(
        partnership=p, partner=japan, year_from=2024, year_to=2025, amount=1000
    )
    summary = selectors.country_partnership_summary(state=angola, user=None)
    assert dict(summary.partners_by_kind) == {
        "States providing assistance": ["Japan"],
        "International NGOs": ["HI"],
        "Local and national NGOs": ["Local NGO"],
        "UN support": ["UNDP"],
    }
    assert [i.title for i in summary.partnerships] == [p.title]
    assert summary.projects == summary.partnerships  # status "active"
    assert summary.success_stories[0].detail == "Land released early."
    assert summary.good_practices == []
    # A multi-year commitment counts in each of its years.
    assert summary.funding_table == [
        (2024, "Japan", "1,000 USD"),
        (2025, "Japan", "1,000 USD"),
    ]
    assert summary.funding_chart_svg.startswith("<svg")
    assert "Angola" in summary.funding_chart_svg


def test_an_affected_state_sharing_expertise_shows_it_on_its_own_summary(
    angola, zimbabwe
):
    """South-south: Angola is a partner in a Zimbabwe partnership."""
    angola_partner = PartnerFactory(name="Angola", kind=PartnerKind.STATE, state=angola)
    p = PartnershipFactory(state=zimbabwe, is_south_south=True)
    PartnershipPartnerFactory(
        partnership=p, partner=angola_partner, responsibility="Trains surveyors."
    )
    summary = selectors.country_partnership_summary(state=angola, user=None)
    assert [i.detail for i in summary.expertise_shared] == ["Trains surveyors."]
    assert not summary.is_empty
    zimbabwe_summary = selectors.country_partnership_summary(state=zimbabwe, user=None)
    assert "south-south" in zimbabwe_summary.partnerships[0].detail


def test_funding_chart_uses_the_main_currency_and_names_the_others(angola):
    p = PartnershipFactory()
    CommitmentFactory(partnership=p, amount=100, currency="USD")
    CommitmentFactory(partnership=p, amount=100, currency="USD", year_from=2025,
                      year_to=2025)  # fmt: skip
    CommitmentFactory(partnership=p, amount=900, currency="EUR")
    chart = selectors.funding_by_year_chart(state=angola)
    assert chart.currency == "USD" and chart.other_currencies == ["EUR"]


def test_funding_chart_groups_small_donors_as_others():
    p = PartnershipFactory()
    for i in range(7):
        CommitmentFactory(partnership=p, amount=100 + i)
    chart = selectors.funding_by_year_chart()
    assert "Other donors" in chart.svg


def test_donor_concentration_share_and_count_per_year():
    p = PartnershipFactory()
    amounts = [50, 20, 10, 5, 5, 5, 5]  # top five give 90 of 100
    for amount in amounts:
        CommitmentFactory(partnership=p, amount=amount, year_from=2017, year_to=2017)
    share, number = selectors.donor_concentration_charts()
    assert share.rows == [(2017, 7, Decimal(100), 90)]
    assert "2017: 90 %" in share.summary
    assert "2017: 7" in number.summary


def test_needs_by_theme_compares_cost_with_funding_secured(angola):
    NeedFactory(estimated_cost=1000, funding_secured=250)
    NeedFactory(estimated_cost=500, funding_secured=0, theme="victim_assistance")
    NeedFactory(estimated_cost=999, is_published=False)
    NeedFactory(estimated_cost=10, currency="EUR")
    chart = selectors.needs_by_theme_chart()
    assert chart.rows == [
        ("Clearance", 1, Decimal(1000), Decimal(250), Decimal(750)),
        ("Victim assistance", 1, Decimal(500), Decimal(0), Decimal(500)),
    ]
    assert chart.other_currencies == ["EUR"]


def test_cross_country_overview(angola, donor):
    from .factories import InterestFactory

    PartnershipFactory(is_south_south=True)
    CommitmentFactory(year_from=2024, year_to=2026, amount=10)
    InterestFactory(need=NeedFactory())
    PlatformFactory()
    rows, currency = selectors.cross_country_overview()
    (row,) = rows
    assert (row.iso3, row.partnerships, row.south_south, row.interest) == (
        "AGO", 2, 1, 1)  # fmt: skip
    assert row.funding == 30 and row.has_platform and currency == "USD"


# Cadence of National Mine Action Platforms -----------------------------------


def at(year, month, day):
    return datetime.datetime(year, month, day, 12, tzinfo=datetime.UTC)


def test_platform_is_overdue_a_cadence_after_its_last_meeting(monkeypatch, angola):
    platform = PlatformFactory(cadence_months=3)
    monkeypatch.setattr(
        "ia_meetings.selectors.last_meeting_start",
        lambda *, state, kind: at(2026, 1, 31) if kind == "nmap" else None,
    )
    due = selectors.platform_cadence(platform=platform, now=at(2026, 4, 29))
    assert due.next_due == at(2026, 4, 30) and not due.overdue
    late = selectors.platform_cadence(platform=platform, now=at(2026, 5, 1))
    assert late.overdue and late.last_meeting == at(2026, 1, 31)


def test_a_platform_that_never_met_is_overdue_a_cadence_after_it_was_set_up(
    monkeypatch, angola
):
    monkeypatch.setattr(
        "ia_meetings.selectors.last_meeting_start", lambda *, state, kind: None
    )
    platform = PlatformFactory(established=datetime.date(2026, 1, 1))
    assert not selectors.platform_cadence(platform=platform, now=at(2026, 3, 1)).overdue
    assert selectors.platform_cadence(platform=platform, now=at(2026, 4, 2)).overdue


def test_overdue_platforms_are_those_of_the_focal_points_states(
    monkeypatch, angola, zimbabwe, focal_point
):
    monkeypatch.setattr(
        "ia_meetings.selectors.last_meeting_start",
        lambda *, state, kind: timezone.now() - datetime.timedelta(days=200),
    )
    PlatformFactory()
    PlatformFactory(state=zimbabwe)
    overdue = selectors.platforms_overdue_for(user=focal_point)
    assert [p.state.iso3 for p, _ in overdue] == ["AGO"]


def test_add_months_clamps_to_the_end_of_the_month():
    assert selectors.add_months(at(2026, 1, 31), 1) == at(2026, 2, 28)
    assert selectors.add_months(at(2026, 11, 15), 3) == at(2027, 2, 15)
