"""Anonymous readers of the needs browser get a cached page, never a stale one."""

import pytest

from country_pages.services import need_update
from tests.factories import NeedFactory


@pytest.mark.django_db(transaction=True)
def test_a_changed_need_shows_at_once_to_anonymous_readers(client, make_user):
    need = NeedFactory(title="Clearance of the northern border")
    assert "Clearance of the northern border" in client.get("/needs/").content.decode()
    need_update(
        need=need,
        user=make_user("isu"),
        data={"title": "Clearance of the eastern border"},
        expected_version=need.version,
    )
    page = client.get("/needs/").content.decode()
    assert "Clearance of the eastern border" in page
    assert "northern border" not in page


@pytest.mark.django_db
def test_a_cached_needs_page_costs_no_query(client, django_assert_num_queries):
    NeedFactory()
    client.get("/needs/?theme=clearance")
    with django_assert_num_queries(0):
        assert client.get("/needs/?theme=clearance").status_code == 200


@pytest.mark.django_db
def test_signed_in_readers_are_not_served_the_anonymous_page(client_for, donor):
    NeedFactory(title="Victim assistance in the south")
    client_for(None).get("/needs/")
    page = client_for(donor).get("/needs/").content.decode()
    assert donor.email in page or "Sign out" in page
