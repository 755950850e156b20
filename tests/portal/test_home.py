"""The home page shows the latest published needs, the next meetings and a
few key figures, each linking on (issue 14, item 7)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import NeedFactory
from tests.ia_meetings.factories import MeetingFactory
from tests.roles import assert_shows

pytestmark = pytest.mark.django_db
HOME = reverse("portal:home")


def test_the_home_page_shows_latest_needs_next_meetings_and_figures(client):
    need = NeedFactory(title="Clear the north", published_at=timezone.now())
    NeedFactory(title="Draft need", is_published=False)
    meeting = MeetingFactory(title="Angola: IA launch")
    MeetingFactory(title="Restricted one", visibility="committee")
    MeetingFactory(title="Only proposed", status="proposed")
    html = assert_shows(
        client.get(HOME),
        "Latest needs published",
        "Clear the north",
        "Next meetings",
        "Angola: IA launch",
        "Key figures",
        "published needs",
    )
    assert need.get_absolute_url() in html and meeting.get_absolute_url() in html
    # Only what an anonymous reader may open.
    for hidden in ("Draft need", "Restricted one", "Only proposed"):
        assert hidden not in html


def test_the_anonymous_home_page_is_served_from_the_cache(
    client, django_assert_max_num_queries
):
    client.get(HOME)
    with django_assert_max_num_queries(0):
        assert client.get(HOME).status_code == 200


def test_a_signed_in_reader_sees_the_meetings_they_may_open(committee, client_for):
    MeetingFactory(title="Restricted one", visibility="committee")
    assert_shows(client_for(committee).get(HOME), "Restricted one", "Your tasks")
