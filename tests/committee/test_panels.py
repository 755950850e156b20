"""The committee's panels on the dashboard."""

import pytest

from tests.roles import assert_shows


@pytest.mark.parametrize("role", ["committee", "chair", "isu"])
def test_oversight_sees_the_ia_across_states_with_the_left_behind_count(
    role, make_user, client_for, db
):
    html = assert_shows(
        client_for(make_user(role)).get("/dashboard/"),
        "The IA across States",
        'href="/committee/"',
    )
    assert "no recorded support" in html


def test_a_focal_point_is_led_to_what_changed_for_their_state(
    make_user, client_for, db
):
    html = assert_shows(
        client_for(make_user("focal_point")).get("/dashboard/"),
        "What changed for Angola",
        'href="/countries/AGO/changes/"',
    )
    assert "The IA across States" not in html


@pytest.mark.parametrize("role", ["member", "donor"])
def test_other_roles_see_neither_panel(role, make_user, client_for, db):
    html = client_for(make_user(role)).get("/dashboard/").content.decode()
    assert "The IA across States" not in html
    assert "What changed for" not in html
