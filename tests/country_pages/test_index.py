"""The index of States Parties: filters, IA platforms, last publication."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from country_pages import services
from country_pages.models import StateParty
from portal.names import reading_order
from tests.ia_meetings.factories import MeetingFactory

URL = reverse("country_pages:index")
pytestmark = pytest.mark.django_db


def names(response):
    return [s.name for s in response.context["states"]]


def test_the_index_lists_exactly_the_states_each_role_may_read(
    role, make_user, client_for
):
    """Every State Party, withdrawn ones included, for everyone (read_state)."""
    user = make_user(role) or AnonymousUser()
    response = client_for(user if user.is_authenticated else None).get(URL)
    readable = [
        s.name
        for s in StateParty.objects.all()
        if user.has_perm("country_pages.read_state", s)
    ]
    # In the reader's alphabetical order: Côte d'Ivoire before Croatia.
    assert names(response) == sorted(readable, key=reading_order)
    assert len(readable) == StateParty.objects.count() == 166
    html = response.content.decode()
    assert ">Angola<" in html and "Withdrawn 2025" in html


def test_filter_by_region(client):
    listed = names(client.get(URL, {"region": "Europe"}))
    assert "Serbia" in listed and "Angola" not in listed


def test_filter_by_remaining_obligations(client):
    listed = set(names(client.get(URL, {"obligations": ["article5", "survivors"]})))
    expected = set(
        StateParty.objects.filter(
            article5_obligations_remaining=True, survivors_responsibility=True
        ).values_list("name", flat=True)
    )
    assert listed == expected and expected
    stockpiles = names(client.get(URL, {"obligations": "article4"}))
    assert set(stockpiles) == set(
        StateParty.objects.filter(article4_stockpile_status="destroying").values_list(
            "name", flat=True
        )
    )


def test_an_unknown_filter_value_gets_a_message(client):
    response = client.get(URL, {"region": "Atlantis"})
    assert "Select a valid choice" in response.content.decode()


def test_ia_platform_and_last_publication_are_shown(client, angola, focal_point):
    """A State that held its IA launch has an IA platform (from ia_meetings)."""
    MeetingFactory(state=angola, kind="ia_launch", status="held")
    services.page_section_save(
        state=angola,
        key="contacts",
        user=focal_point,
        is_visible=True,
        content={"national_authority": "CNIDAH"},
        expected_version=0,
    )
    revision = services.country_page_publish(state=angola, user=focal_point)
    html = client.get(URL, {"region": "Africa"}).content.decode()
    row = html[html.index(">Angola<") :].split("</tr>")[0]
    assert "<td>Yes</td>" in row
    assert '<th scope="col">IA platform</th>' in html
    assert f"{revision.created_at:%-d %b %Y}" in row


def test_a_state_whose_launch_is_only_scheduled_has_no_ia_platform_yet(
    client, zimbabwe
):
    MeetingFactory(state=zimbabwe, kind="ia_launch", status="scheduled")
    html = client.get(URL, {"region": "Africa"}).content.decode()
    row = html[html.index(">Zimbabwe<") :].split("</tr>")[0]
    assert "<td>Yes</td>" not in row and "<td>—</td>" in row
