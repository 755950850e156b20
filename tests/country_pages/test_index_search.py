"""The index of States Parties searched by name and filtered by IA platform,
each cell labelled for small screens (issue 14, item 5)."""

import pytest
from django.urls import reverse

from tests.ia_meetings.factories import MeetingFactory

URL = reverse("country_pages:index")
pytestmark = pytest.mark.django_db


def names(response):
    return [s.name for s in response.context["states"]]


def test_a_reader_finds_a_state_by_part_of_its_name(client):
    assert names(client.get(URL, {"q": "zimb"})) == ["Zimbabwe"]
    assert names(client.get(URL, {"q": "sri "})) == ["Sri Lanka"]
    response = client.get(URL, {"q": "Atlantis"})
    assert names(response) == []
    assert "No State matches these filters." in response.content.decode()


def test_a_reader_keeps_only_the_states_with_an_ia_platform(client, angola):
    MeetingFactory(state=angola, status="held", kind="ia_launch")
    response = client.get(URL, {"has": "ia_platform"})
    assert names(response) == ["Angola"]
    html = response.content.decode()
    assert 'name="has" value="ia_platform"' in html and "checked" in html


def test_an_unknown_filter_value_gets_a_message_not_an_error(client):
    response = client.get(URL, {"has": "nonsense", "q": "x" * 5000})
    assert response.status_code == 200


def test_each_cell_says_its_column_for_small_screens(client):
    html = client.get(URL, {"q": "Angola"}).content.decode()
    assert 'data-label="Region"' in html and 'data-label="IA platform"' in html


def test_the_needs_table_labels_cost_secured_and_gap(client):
    from tests.factories import NeedFactory

    NeedFactory(title="Clear the north")
    html = client.get(reverse("partnerships:needs")).content.decode()
    for label in ("Estimated cost", "Secured", "Gap"):
        assert f'data-label="{label}"' in html
