"""The IA across States: stages with dates, and who is left behind."""

import json

import pytest

from country_pages.models import StateParty
from tests.ia_meetings.factories import MeetingFactory
from tests.partnerships.factories import PartnershipPartnerFactory, PlatformFactory
from tests.roles import assert_refused, assert_shows

URL = "/committee/"


@pytest.mark.parametrize(
    "role",
    [
        "anonymous",
        "member",
        "pending_donor",
        "donor",
        "focal_point",
        "other_focal_point",
    ],
)
def test_only_the_committee_and_the_isu_open_it(role, make_user, client_for, db):
    user = make_user(role)
    assert_refused(client_for(user).get(URL), user, hidden=("Left behind",))


@pytest.mark.parametrize("role", ["committee", "chair", "isu"])
def test_committee_and_isu_read_stages_and_left_behind(
    role, make_user, client_for, angola_story
):
    html = assert_shows(
        client_for(make_user(role)).get(URL),
        "Each affected State&#x27;s stage",
        "Left behind",
        'href="/countries/AGO/changes/"',
    )
    assert "follow-up meetings held" in html


def _row(client, table, iso3):
    data = json.loads(client.get(URL, {"format": "json", "table": table}).content)
    return next(
        (r for r in data["results"] if r["url"].endswith(f"/{iso3}/changes/")), None
    )


def test_a_state_with_obligations_and_nothing_recorded_is_left_behind(
    make_user, client_for, db
):
    client = client_for(make_user("committee"))
    sudan = StateParty.objects.get(iso3="SDN")
    assert sudan.article5_obligations_remaining
    row = _row(client, "left_behind", "SDN")
    assert row["reasons"] == (
        "no IA platform; no meeting in two years; no recorded support"
    )


def test_launch_meetings_and_support_take_a_state_off_the_list(
    make_user, client_for, angola_story, angola
):
    client = client_for(make_user("isu"))
    PartnershipPartnerFactory(partnership=angola_story["partnership"])
    assert _row(client, "left_behind", "AGO") is None
    stage = _row(client, "stages", "AGO")
    assert stage["stage"] == "follow-up meetings held"
    assert stage["follow_ups_held"] == 1
    PlatformFactory(state=angola, established="2025-01-15")
    stage = _row(client, "stages", "AGO")
    assert stage["stage"] == "NMAP established"
    assert stage["nmap_established"] == "2025-01-15"


def test_an_interested_state_has_a_proposed_launch(make_user, client_for, db):
    sudan = StateParty.objects.get(iso3="SDN")
    MeetingFactory(state=sudan, status="proposed")
    stage = _row(client_for(make_user("committee")), "stages", "SDN")
    assert stage["stage"] == "interested"
    assert stage["interested"]


def test_query_count_does_not_grow_with_meetings(
    make_user, client_for, db, django_assert_max_num_queries
):
    client = client_for(make_user("committee"))
    for state in StateParty.objects.filter(article5_obligations_remaining=True)[:5]:
        MeetingFactory(state=state, status="held")
    with django_assert_max_num_queries(12):
        client.get(URL)
    for state in StateParty.objects.filter(article5_obligations_remaining=True)[:30]:
        MeetingFactory(state=state, status="held")
        MeetingFactory(state=state, status="held", kind="ia_follow_up")
    with django_assert_max_num_queries(12):
        client.get(URL)
