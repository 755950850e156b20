"""Reads: the country page contract, the cross-country dashboard, and when a
National Mine Action Platform should next meet."""

import datetime

import pytest
from django.utils import timezone

from partnerships import selectors
from partnerships.models import PartnerKind
from tests.factories import NeedFactory

from .factories import (
    CommitmentFactory,
    InterestFactory,
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
    kinds = {
        "Japan": "state",
        "UNDP": "un",
        "HI": "intl_ngo",
        "Local NGO": "national_ngo",
    }
    for name, kind in kinds.items():
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


def test_cross_country_overview_counts_partnerships_interest_funding_and_nmap(
    angola, donor
):
    PartnershipFactory(is_south_south=True)
    CommitmentFactory(year_from=2024, year_to=2026, amount=10)
    InterestFactory(need=NeedFactory())
    PlatformFactory()
    rows, currency = selectors.cross_country_overview()
    (row,) = rows
    assert (row.iso3, row.partnerships, row.south_south, row.interest) == (
        "AGO",
        2,
        1,
        1,
    )
    assert row.funding == 30 and row.has_platform and currency == "USD"


# Cadence of National Mine Action Platforms ---


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


def test_country_summary_has_no_chart_without_financial_commitments(angola):
    PartnershipFactory()
    summary = selectors.country_partnership_summary(state=angola, user=None)
    assert summary.partnerships and summary.funding_chart_svg == ""
    assert summary.funding_table == []


def test_the_country_page_names_each_partnership_once_with_its_story(angola, client):
    """Not under "Partnerships", "Projects under way", "Success stories" and
    "Good practices" in turn."""
    from country_pages.services import country_page_publish
    from tests.factories import FocalPointFactory

    PartnershipFactory(
        state=angola,
        title="Completing clearance in Moxico",
        status="active",
        success_story="Land released early.",
        good_practice="Reports shared with every partner.",
    )
    country_page_publish(state=angola, user=FocalPointFactory(states=[angola]))
    html = client.get("/countries/AGO/").content.decode()
    assert html.count("Completing clearance in Moxico") == 1
    assert "Success story:</strong> Land released early." in html
    assert "Good practice:</strong> Reports shared with every partner." in html
    assert "Other projects under way" not in html
