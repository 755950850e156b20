"""South-south exchange: offers and requests of expertise by theme, matched,
both States' focal points told, recorded as a partnership when it happens."""

import pytest

from committee.models import ExpertiseListing, ExpertiseMatch
from country_pages.models import StateParty
from partnerships.models import Partnership
from portal.models import OutboxEmail
from tests.factories import FocalPointFactory
from tests.roles import assert_refused, assert_shows

URL = "/exchange/"


def post(client, state, kind="offer", theme="forested_areas", title="Our survey teams"):
    return client.post(
        URL + "new/",
        {
            "state": state.pk,
            "kind": kind,
            "theme": theme,
            "title": title,
            "description": "Two weeks of training in the field.",
        },
    )


@pytest.fixture
def zimbabwe_request(make_user, client_for, zimbabwe):
    return post(
        client_for(make_user("other_focal_point")),
        zimbabwe,
        kind="request",
        title="Clearing mines under forest cover",
    )


@pytest.mark.parametrize(
    "role",
    [
        "anonymous",
        "member",
        "donor",
        "focal_point",
        "other_focal_point",
        "committee",
        "chair",
        "isu",
    ],
)
def test_everyone_reads_the_exchange_and_only_focal_points_and_isu_post(
    role, make_user, client_for, db
):
    client = client_for(make_user(role))
    html = assert_shows(client.get(URL), "South-south exchange of expertise")
    assert ("Offer or request expertise" in html) is (
        role in ("focal_point", "other_focal_point", "isu")
    )


def test_an_offer_matching_a_request_tells_both_states(
    make_user, client_for, angola, zimbabwe, zimbabwe_request
):
    assert ExpertiseListing.objects.count() == 1
    before = OutboxEmail.objects.count()
    response = post(client_for(make_user("focal_point")), angola)
    assert response.status_code == 302
    match = ExpertiseMatch.objects.get()
    assert (match.offer.state, match.request.state) == (angola, zimbabwe)
    emails = list(OutboxEmail.objects.order_by("pk")[before:])
    assert {tuple(e.to) for e in emails} == {
        ("focal.angola@example.org",),
        ("focal.zimbabwe@example.org",),
    }
    assert any("Zimbabwe asks for expertise" in e.body for e in emails)


def test_other_themes_and_the_same_state_do_not_match(
    make_user, client_for, angola, zimbabwe, zimbabwe_request
):
    focal = client_for(make_user("focal_point"))
    post(focal, angola, theme="victim_support")
    post(focal, angola, kind="request")
    assert not ExpertiseMatch.objects.exists()


def test_a_focal_point_cannot_post_for_another_state(
    make_user, client_for, zimbabwe, db
):
    response = post(client_for(make_user("focal_point")), zimbabwe)
    assert response.status_code == 400
    assert "only for a State you are focal point of" in response.content.decode()
    assert not ExpertiseListing.objects.exists()


@pytest.mark.parametrize("role", ["anonymous", "donor", "committee"])
def test_others_cannot_post(role, make_user, client_for, angola):
    user = make_user(role)
    assert_refused(post(client_for(user), angola), user)
    assert not ExpertiseListing.objects.exists()


def test_the_exchange_is_recorded_as_a_south_south_partnership(
    make_user, client_for, angola, zimbabwe, zimbabwe_request
):
    angola_focal = client_for(make_user("focal_point"))
    post(angola_focal, angola)
    match = ExpertiseMatch.objects.get()
    html = assert_shows(angola_focal.get(URL), "record it as a partnership")
    outsider = FocalPointFactory(
        email="focal.sudan@example.org", states=[StateParty.objects.get(iso3="SDN")]
    )
    assert_refused(
        client_for(outsider).post(f"{URL}matches/{match.pk}/record/"), outsider
    )
    response = angola_focal.post(f"{URL}matches/{match.pk}/record/")
    partnership = Partnership.objects.get()
    assert response["Location"] == partnership.get_absolute_url()
    assert partnership.state == zimbabwe and partnership.is_south_south
    assert [m.partner.state for m in partnership.members.all()] == [angola]
    assert not ExpertiseListing.objects.filter(is_open=True).exists()
    again = angola_focal.post(f"{URL}matches/{match.pk}/record/", follow=True)
    assert "already recorded" in again.content.decode()
    assert Partnership.objects.count() == 1
    assert "Zimbabwe" in html


def test_exports(client, make_user, client_for, angola, zimbabwe_request):
    post(client_for(make_user("focal_point")), angola)
    data = client.get(URL, {"format": "json", "table": "matches"}).json()
    assert data["count"] == 1 and data["results"][0]["offering"] == "Angola"


def test_query_count_does_not_grow(
    client, make_user, client_for, angola, zimbabwe, django_assert_max_num_queries
):
    angola_focal = client_for(make_user("focal_point"))
    zimbabwe_focal = client_for(make_user("other_focal_point"))
    for n in range(2):
        post(zimbabwe_focal, zimbabwe, kind="request", title=f"Request {n}")
        post(angola_focal, angola, title=f"Offer {n}")
    with django_assert_max_num_queries(5):
        client.get(URL)
    for n in range(10):
        post(zimbabwe_focal, zimbabwe, kind="request", title=f"More {n}")
    with django_assert_max_num_queries(5):
        assert_shows(client.get(URL), "More 9")
