"""Anonymous readers of the needs browser get a cached page, never a stale one."""

import pytest

from country_pages.services import need_update
from partnerships.services import interest_register
from tests.factories import DonorFactory, NeedFactory, need_values


@pytest.mark.django_db(transaction=True)
def test_a_changed_need_shows_at_once_to_anonymous_readers(client, make_user):
    need = NeedFactory(title="Clearance of the northern border")
    assert "Clearance of the northern border" in client.get("/needs/").content.decode()
    need_update(
        need=need,
        user=make_user("isu"),
        expected_version=need.version,
        **need_values(need, title="Clearance of the eastern border"),
    )
    page = client.get("/needs/").content.decode()
    assert "Clearance of the eastern border" in page
    assert "northern border" not in page


@pytest.mark.django_db
def test_a_cached_needs_page_costs_no_query(client, django_assert_num_queries):
    NeedFactory(title="Clearance of the northern border")
    client.get("/needs/?theme=clearance")
    with django_assert_num_queries(0):
        page = client.get("/needs/?theme=clearance").content.decode()
    assert "Clearance of the northern border" in page


@pytest.mark.django_db
def test_signed_in_readers_are_not_served_the_anonymous_page(client_for, donor):
    NeedFactory(title="Victim assistance in the south")
    client_for(None).get("/needs/")
    page = client_for(donor).get("/needs/").content.decode()
    assert donor.email in page or "Sign out" in page


@pytest.mark.django_db(transaction=True)
def test_a_donor_sees_their_own_interest_marked_at_once(client_for, donor):
    need = NeedFactory(title="Survey of the eastern border")
    client = client_for(donor)
    assert "Register interest" in client.get("/needs/").content.decode()
    interest_register(donor=donor, need=need, message="We can help.")
    page = client.get("/needs/").content.decode()
    assert "Interest registered" in page
    # Another donor, with the same rights, still sees the button, not the mark.
    other = client_for(DonorFactory()).get("/needs/").content.decode()
    assert "Interest registered" not in other and "Register interest" in other


@pytest.mark.django_db(transaction=True)
def test_a_changed_need_shows_at_once_to_signed_in_readers(client_for, donor, isu):
    need = NeedFactory(title="Clearance of the northern border")
    client = client_for(donor)
    assert "northern border" in client.get("/needs/").content.decode()
    need_update(
        need=need,
        user=isu,
        expected_version=need.version,
        **need_values(need, title="Clearance of the eastern border"),
    )
    assert "eastern border" in client.get("/needs/").content.decode()


@pytest.mark.django_db
def test_a_signed_in_reader_gets_the_list_in_their_language(client_for, donor):
    """The shared fragment is kept per language: a French reader who comes after
    an English one gets French filters, not the English rendering (the sort
    options' "descending" comes from django-filter's own French catalogue)."""
    NeedFactory(title="Victim assistance in the south")
    client = client_for(donor)
    english = client.get("/needs/").content.decode()
    assert "(descending)" in english
    french = client.get("/fr/needs/").content.decode()
    assert "(décroissant)" in french
    assert "(descending)" not in french
    # And the English reader still gets English after the French one.
    assert "(descending)" in client.get("/needs/").content.decode()
