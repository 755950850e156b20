"""Caches keyed by the content version are never stale: any write to the content,
however it is made, shows at once on every cached page (portal.content,
portal.caching.anonymous_page)."""

import pytest
from django.db import transaction
from django.utils import timezone

from country_pages.models import StateParty
from ia_meetings.models import Meeting
from partnerships.models import Partnership
from portal.content import content_cached, content_version
from portal.models import User
from tests.ia_meetings.factories import MeetingFactory
from tests.partnerships.factories import CommitmentFactory, PartnershipFactory


@pytest.mark.django_db
def test_a_queryset_update_changes_the_content_version(angola):
    before = content_version()
    StateParty.objects.filter(pk=angola.pk).update(name="Angola (renamed)")
    assert content_version() > before


@pytest.mark.django_db
def test_a_sign_in_does_not_change_the_content_version(make_user):
    user = make_user("donor")
    before = content_version()
    User.objects.filter(pk=user.pk).update(last_login=timezone.now())
    assert content_version() == before


@pytest.mark.django_db
def test_reading_does_not_change_the_content_version(angola):
    before = content_version()
    list(StateParty.objects.all())
    assert content_version() == before


@pytest.mark.django_db(transaction=True)
def test_the_version_changes_again_when_the_change_is_committed(angola):
    """A reader who filled the cache while the change was not yet committed
    saw the old rows under the new number; the commit moves the number on."""
    with transaction.atomic():
        PartnershipFactory(title="Clearance of the north")
        during = content_version()
    assert content_version() > during


@pytest.mark.django_db
def test_a_cached_value_is_computed_once_per_version(angola):
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert content_cached("test", compute=compute) == 1
    assert content_cached("test", compute=compute) == 1
    PartnershipFactory()
    assert content_cached("test", compute=compute) == 2


ANONYMOUS_PAGES = [
    "/",
    "/countries/",
    "/meetings/",
    "/partnerships/",
    "/partnerships/charts/",
    "/countries/AGO/platform/",
    "/countries/AGO/meetings.ics",
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ANONYMOUS_PAGES)
def test_an_anonymous_page_is_served_again_without_a_query(
    client, path, django_assert_num_queries
):
    MeetingFactory(title="Launch of the Individualised Approach")
    first = client.get(path)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        again = client.get(path)
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]


@pytest.mark.django_db(transaction=True)
def test_a_renamed_state_shows_at_once_on_the_index(client):
    assert "Angola" in client.get("/countries/").content.decode()
    StateParty.objects.filter(iso3="AGO").update(name="Republic of Angola")
    assert "Republic of Angola" in client.get("/countries/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_renamed_meeting_shows_at_once_in_the_list_its_page_and_calendar(client):
    meeting = MeetingFactory(title="Launch in Geneva")
    pages = ["/meetings/", meeting.get_absolute_url(), f"/meetings/{meeting.pk}.ics"]
    for path in pages:
        assert "Launch in Geneva" in client.get(path).content.decode()
    Meeting.objects.filter(pk=meeting.pk).update(title="Follow-up in Luanda")
    for path in pages:
        page = client.get(path).content.decode()
        assert "Follow-up in Luanda" in page and "Launch in Geneva" not in page


@pytest.mark.django_db(transaction=True)
def test_new_funding_shows_at_once_on_the_charts_and_the_list(client):
    CommitmentFactory(amount=1_000_000, partner__name="Japan")
    assert "Japan" in client.get("/partnerships/charts/").content.decode()
    assert "Norway" not in client.get("/partnerships/charts/").content.decode()
    CommitmentFactory(amount=2_000_000, partner__name="Norway")
    assert "Norway" in client.get("/partnerships/charts/").content.decode()
    Partnership.objects.update(title="Renamed partnership")
    assert "Renamed partnership" in client.get("/partnerships/").content.decode()


@pytest.mark.django_db
def test_signed_in_readers_are_not_served_the_anonymous_rendering(
    client, client_for, make_user
):
    client.get("/meetings/")
    page = client_for(make_user("isu")).get("/meetings/").content.decode()
    assert "isu@example.org" in page or "Sign out" in page
