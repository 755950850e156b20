"""Every list partnerships shows holds exactly what its rule allows, for every
role: never a record the rule refuses, never one missing that it allows.

rules.py keeps each list's queryset filter beside the predicate it mirrors;
these tests read the page as each role sees it and compare it with the
predicate asked about every record.
"""

import csv
import io
import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from partnerships import rules, selectors
from partnerships.models import Interest, Partnership, Platform
from tests.factories import DonorFactory, NeedFactory

from .factories import InterestFactory, PartnershipFactory, PlatformFactory

pytestmark = pytest.mark.django_db


def panel(html: str, title: str) -> str:
    """The HTML of the dashboard panel headed `title` ("" when it is absent)."""
    match = re.search(
        rf'<h2 id="panel-\d+">{re.escape(title)}</h2>(.*?)</section>', html, re.S
    )
    return match.group(1) if match else ""


def test_partnership_list_shows_every_partnership_to_every_role(
    role, make_user, client_for, zimbabwe
):
    user = make_user(role)
    PartnershipFactory(title="Clearance of Cuando Cubango")
    PartnershipFactory(title="Victim assistance in Huambo")
    PartnershipFactory(state=zimbabwe, title="Sango border post")
    html = client_for(user).get(reverse("partnerships:index")).content.decode()
    reader = user or AnonymousUser()
    for partnership in Partnership.objects.all():
        shown = f'href="{partnership.get_absolute_url()}"' in html
        assert shown == reader.has_perm("partnerships.view", partnership)
    assert "3 partnerships." in html


def test_needs_browser_and_its_export_list_exactly_the_published_needs(
    role, make_user, client_for, zimbabwe
):
    user = make_user(role)
    needs = [
        NeedFactory(title="Clearance of the north"),
        NeedFactory(title="Draft: survey of the south", is_published=False),
        NeedFactory(state=zimbabwe, title="Sango border post"),
        NeedFactory(state=zimbabwe, title="Draft: prosthetics", is_published=False),
    ]
    client = client_for(user)
    reader = user or AnonymousUser()
    html = client.get(reverse("partnerships:needs")).content.decode()
    export = client.get(reverse("partnerships:needs"), {"format": "csv"})
    rows = csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode()))
    exported = {row["title"] for row in rows}
    for need in needs:
        allowed = reader.has_perm("partnerships.browse_need", need)
        assert (f'id="need-{need.pk}"' in html) == allowed, need.title
        assert (need.title in exported) == allowed, need.title
    assert exported == {"Clearance of the north", "Sango border post"}


@pytest.fixture
def interest(zimbabwe):
    """Interest from two donors in a need of Angola and one of Zimbabwe."""
    angola_need = NeedFactory(title="Clearance of the north")
    zimbabwe_need = NeedFactory(state=zimbabwe, title="Sango border post")
    first, second = DonorFactory(), DonorFactory()
    return [
        InterestFactory(donor=first, need=angola_need),
        InterestFactory(donor=second, need=angola_need),
        InterestFactory(donor=first, need=zimbabwe_need),
    ]


def test_interest_received_lists_exactly_the_interest_addressed_to_the_user(
    role, make_user, client_for, interest
):
    user = make_user(role)
    if role == "donor":  # the signed-in donor registered one of them
        InterestFactory(donor=user, need=interest[0].need)
    response = client_for(user).get(reverse("portal:dashboard"))
    if user is None:
        assert response["Location"].startswith(reverse("account_login"))
        return
    received = panel(response.content.decode(), "Interest registered in your needs")
    for item in Interest.objects.all():
        addressed = rules.is_focal_point_of_need.test(user, item)
        link = reverse("partnerships:interest", args=[item.pk])
        assert (link in received) == addressed
        assert user.has_perm("partnerships.answer_interest", item) >= addressed
    expected = set(Interest.objects.filter(rules.interest_received_filter(user)))
    assert set(selectors.interest_received_list(user=user)) == expected
    assert expected == {
        i for i in Interest.objects.all() if rules.is_focal_point_of_need.test(user, i)
    }


def test_your_interest_lists_exactly_what_the_donor_registered(
    role, make_user, client_for, interest
):
    user = make_user(role)
    if role == "donor":
        InterestFactory(donor=user, need=interest[0].need)
    response = client_for(user).get(reverse("portal:dashboard"))
    if user is None:
        assert response["Location"].startswith(reverse("account_login"))
        return
    sent = panel(response.content.decode(), "Your interest in needs")
    for item in Interest.objects.all():
        own = rules.is_interest_donor.test(user, item)
        link = reverse("partnerships:interest", args=[item.pk])
        assert (link in sent) == own
        assert user.has_perm("partnerships.read_interest", item) >= own
    assert set(selectors.interest_sent_list(user=user)) == {
        i for i in Interest.objects.all() if rules.is_interest_donor.test(user, i)
    }
    assert (role == "donor") == bool(sent)


def test_overdue_platforms_are_exactly_those_the_user_keeps_for_their_states(
    role, make_user, client_for, zimbabwe, monkeypatch
):
    """Neither platform has met: both are overdue; each State's focal point is
    warned about their own, nobody else about either."""
    monkeypatch.setattr(
        "ia_meetings.selectors.last_meeting_start", lambda *, state, kind: None
    )
    user = make_user(role)
    PlatformFactory()
    PlatformFactory(state=zimbabwe)
    response = client_for(user).get(reverse("portal:dashboard"))
    if user is None:
        assert response["Location"].startswith(reverse("account_login"))
        return
    overdue = panel(
        response.content.decode(), "National Mine Action Platform meeting overdue"
    )
    kept = set(Platform.objects.filter(rules.platform_kept_filter(user)))
    for platform in Platform.objects.all():
        warned = f'href="{platform.get_absolute_url()}"' in overdue
        assert warned == (platform in kept)
        assert warned == (
            rules.is_focal_point(user) and rules.is_focal_point_of(user, platform)
        )
        assert user.has_perm("partnerships.edit_platform", platform) >= warned


def test_the_cross_country_dashboard_lists_every_state_to_oversight_alone(
    role, make_user, client_for, interest, zimbabwe
):
    """Partnerships, interest and platforms of every State: the dashboard's
    rule (`view_dashboard`) is about the page, and its lists hold everything."""
    user = make_user(role)
    PartnershipFactory(title="Clearance of Cuando Cubango")
    PlatformFactory(state=zimbabwe)
    response = client_for(user).get(reverse("partnerships:dashboard"))
    if not (user or AnonymousUser()).has_perm("partnerships.view_dashboard"):
        assert "Latest interest registered" not in response.content.decode()
        return
    html = response.content.decode()
    assert f'href="{reverse("partnerships:index")}?country=AGO"' in html
    assert f'href="{reverse("partnerships:platform", args=["ZWE"])}"' in html
    for item in Interest.objects.all():
        assert f"{item.need.state.name}: {item.need.title}" in html
