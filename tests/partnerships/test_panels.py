"""What the dashboard shows each role of partnerships."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import NeedFactory

from .factories import InterestFactory, PartnershipFactory, PlatformFactory

pytestmark = pytest.mark.django_db
DASHBOARD = reverse("portal:dashboard")


def test_focal_point_sees_interest_in_their_needs_as_urgent(
    focal_point, make_user, client_for
):
    interest = InterestFactory(need=NeedFactory(title="Clear the north"))
    body = client_for(focal_point).get(DASHBOARD).content.decode()
    assert "Interest registered in your needs" in body
    assert "Clear the north" in body and "panel-urgent" in body
    assert reverse("partnerships:interest", args=[interest.pk]) in body
    other = client_for(make_user("other_focal_point")).get(DASHBOARD)
    assert "Clear the north" not in other.content.decode()


def test_donor_sees_their_interest_and_its_status(donor, client_for):
    InterestFactory(donor=donor, need=NeedFactory(title="Clear the north"))
    body = client_for(donor).get(DASHBOARD).content.decode()
    assert "Your interest in needs" in body and "Clear the north" in body


def test_overdue_platform_warns_the_states_focal_point(
    monkeypatch, focal_point, make_user, client_for
):
    monkeypatch.setattr(
        "ia_meetings.selectors.last_meeting_start",
        lambda *, state, kind: timezone.now() - datetime.timedelta(days=120),
    )
    PlatformFactory(cadence_months=3)
    body = client_for(focal_point).get(DASHBOARD).content.decode()
    assert "National Mine Action Platform meeting overdue" in body
    assert "Angola" in body
    other = client_for(make_user("other_focal_point")).get(DASHBOARD)
    assert "meeting overdue" not in other.content.decode()


def test_platform_on_time_gives_no_warning(monkeypatch, focal_point, client_for):
    monkeypatch.setattr(
        "ia_meetings.selectors.last_meeting_start",
        lambda *, state, kind: timezone.now() - datetime.timedelta(days=10),
    )
    PlatformFactory(cadence_months=3)
    body = client_for(focal_point).get(DASHBOARD).content.decode()
    assert "meeting overdue" not in body


def test_oversight_gets_a_link_to_the_cross_country_dashboard(committee, client_for):
    body = client_for(committee).get(DASHBOARD).content.decode()
    assert reverse("partnerships:dashboard") in body


def test_focal_point_reaches_their_partnerships_and_platform(
    focal_point, client_for, angola
):
    PartnershipFactory()
    body = client_for(focal_point).get(DASHBOARD).content.decode()
    assert "Partnerships and platforms" in body
    assert "1 partnership<" in body
    assert reverse("partnerships:platform", args=["AGO"]) in body
