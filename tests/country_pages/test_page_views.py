"""Every country page view, tried by every role (national ownership [001, 003]).

A role allowed on a page reads what the page is for; the others are sent to
sign in or read that the page is not theirs, and none of its content reaches
them. An action refused changes nothing in the database.
"""

import pytest
from django.urls import reverse

from country_pages import services
from country_pages.models import Need, PageSection
from tests.conftest import ROLES
from tests.factories import IsuFactory, NeedFactory
from tests.roles import assert_refused, assert_shows

ALL = set(ROLES)
EDITORS = {"focal_point", "isu"}
READERS_OF_DRAFTS = EDITORS | {"committee", "chair"}

FIRST = "First background of Angola."
SECOND = "Second background of Angola."
DRAFT = "Draft background of Angola, not public yet."


@pytest.fixture
def editor(db):
    """An ISU editor who is not the user under test."""
    return IsuFactory(email="isu.editor@example.org")


def save_section(state, user, version, key="national_context", **content):
    return services.page_section_save(
        state=state,
        key=key,
        user=user,
        is_visible=True,
        content=content,
        expected_version=version,
    )


@pytest.fixture
def published_angola(angola, editor):
    """Angola's page: two published revisions, then a draft not yet public, a
    published need and a draft need."""
    save_section(angola, editor, 0, background=FIRST)
    services.country_page_publish(state=angola, user=editor)
    save_section(angola, editor, 1, background=SECOND)
    services.country_page_publish(state=angola, user=editor)
    save_section(angola, editor, 2, background=DRAFT)
    NeedFactory(state=angola, title="Published clearance need", is_published=True)
    NeedFactory(state=angola, title="Draft victim assistance need", is_published=False)
    return angola


# url name, kwargs, roles that open it, what they read there.
GET_VIEWS = [
    ("country_pages:index", {}, ALL, "<h1>States Parties</h1>"),
    ("country_pages:detail", {"iso3": "AGO"}, ALL, SECOND),
    ("country_pages:edit", {"iso3": "AGO"}, EDITORS, "Draft victim assistance need"),
    ("country_pages:preview", {"iso3": "AGO"}, READERS_OF_DRAFTS, DRAFT),
    (
        "country_pages:section_edit",
        {"iso3": "AGO", "key": "national_context"},
        EDITORS,
        DRAFT,
    ),
    (
        "country_pages:section_edit",
        {"iso3": "AGO", "key": "resources"},
        EDITORS,
        "<legend>Links</legend>",
    ),
    ("country_pages:need_add", {"iso3": "AGO"}, EDITORS, "Add a need or challenge"),
    ("country_pages:map_add", {"iso3": "AGO"}, EDITORS, "<h1>Add a map</h1>"),
    (
        "country_pages:history",
        {"iso3": "AGO"},
        READERS_OF_DRAFTS,
        "History of the page of Angola",
    ),
    ("country_pages:revision", {"iso3": "AGO", "number": 1}, READERS_OF_DRAFTS, FIRST),
    (
        "country_pages:compare",
        {"iso3": "AGO"},
        READERS_OF_DRAFTS,
        "Changes from revision 1 to revision 2",
    ),
    (
        "country_pages:status_edit",
        {"iso3": "AGO"},
        {"isu"},
        "Status of Convention implementation: Angola",
    ),
    ("country_pages:focal_points", {}, {"isu"}, "<h1>Focal points</h1>"),
]


@pytest.mark.parametrize(
    "name,kwargs,allowed,shown",
    GET_VIEWS,
    ids=[f"{v[0]}-{v[1].get('key', '')}" for v in GET_VIEWS],
)
def test_each_page_shows_its_content_to_its_roles_only(
    name, kwargs, allowed, shown, role, make_user, client_for, published_angola
):
    user = make_user(role)
    response = client_for(user).get(reverse(name, kwargs=kwargs))
    if role in allowed:
        assert_shows(response, shown)
    else:
        assert_refused(response, user, hidden=(shown,))


def test_the_public_page_never_shows_the_draft(
    role, make_user, client_for, published_angola
):
    user = make_user(role)
    html = assert_shows(
        client_for(user).get(reverse("country_pages:detail", args=["AGO"])),
        SECOND,
        "Published clearance need",
    )
    assert DRAFT not in html and "Draft victim assistance need" not in html


def test_the_public_page_offers_each_role_only_its_own_tools(
    role, make_user, client_for, published_angola
):
    """Editors get "Edit this page"; readers of drafts the preview and history;
    signed-in people the follow button."""
    user = make_user(role)
    html = client_for(user).get(reverse("country_pages:detail", args=["AGO"]))
    html = html.content.decode()
    assert ("Edit this page" in html) is (role in EDITORS)
    assert ("Preview the draft" in html) is (role in READERS_OF_DRAFTS)
    assert (reverse("country_pages:history", args=["AGO"]) in html) is (
        role in READERS_OF_DRAFTS
    )
    assert ("Follow Angola" in html) is (user is not None)


def test_only_editors_are_offered_restore_in_the_history(
    role, make_user, client_for, published_angola
):
    user = make_user(role)
    response = client_for(user).get(reverse("country_pages:history", args=["AGO"]))
    if role not in READERS_OF_DRAFTS:
        assert_refused(response, user)
        return
    html = assert_shows(response, "Revision 1", "Revision 2")
    assert ("as draft</button>" in html) is (role in EDITORS)


def test_only_editors_open_a_need_to_change_it(
    role, make_user, client_for, published_angola
):
    user = make_user(role)
    need = Need.objects.get(title="Published clearance need")
    response = client_for(user).get(
        reverse("country_pages:need_edit", args=["AGO", need.pk])
    )
    if role in EDITORS:
        assert_shows(response, "Edit a need", 'value="Published clearance need"')
    else:
        assert_refused(response, user, hidden=("Published clearance need",))


def test_a_need_is_only_found_under_its_own_state(focal_point, client_for, angola):
    need = NeedFactory(state=angola)
    response = client_for(focal_point).get(
        reverse("country_pages:need_edit", args=["ZWE", need.pk])
    )
    assert response.status_code == 404
    assert need.title not in response.content.decode()


def test_a_section_save_changes_the_draft_only_for_angolas_editors(
    role, make_user, client_for, angola
):
    user = make_user(role)
    client_for(user).post(
        reverse("country_pages:section_edit", args=["AGO", "national_context"]),
        {"is_visible": "on", "version": 0, "background": "Written by " + role},
    )
    section = PageSection.objects.filter(state=angola, key="national_context").first()
    saved = section is not None and section.content.get("background")
    assert (saved == f"Written by {role}") is (role in EDITORS)


def test_only_angolas_editors_publish_its_page(
    role, make_user, client_for, angola, editor
):
    user = make_user(role)
    save_section(angola, editor, 0, key="contacts", national_authority="CNIDAH")
    client_for(user).post(
        reverse("country_pages:publish", args=["AGO"]), {"draft_version": 1}
    )
    assert angola.page_revisions.exists() is (role in EDITORS)


NEED_POST = {
    "theme": "clearance",
    "title": "Clearance in Cuando Cubango",
    "description": "Survey and clearance.",
    "currency": "USD",
    "funding_secured": "0",
    "status": "open",
}


def test_only_angolas_editors_add_a_need(role, make_user, client_for, angola):
    user = make_user(role)
    client_for(user).post(reverse("country_pages:need_add", args=["AGO"]), NEED_POST)
    exists = Need.objects.filter(title="Clearance in Cuando Cubango").exists()
    assert exists is (role in EDITORS)


def test_only_angolas_editors_change_and_remove_a_need(
    role, make_user, client_for, angola
):
    user = make_user(role)
    need = NeedFactory(state=angola, title="Old title")
    client = client_for(user)
    client.post(
        reverse("country_pages:need_edit", args=["AGO", need.pk]),
        {**NEED_POST, "title": "New title", "version": need.version},
    )
    need.refresh_from_db()
    assert (need.title == "New title") is (role in EDITORS)
    client.post(reverse("country_pages:need_delete", args=["AGO", need.pk]))
    assert Need.objects.filter(pk=need.pk).exists() is (role not in EDITORS)


def test_only_angolas_editors_restore_a_revision(
    role, make_user, client_for, published_angola
):
    user = make_user(role)
    client_for(user).post(reverse("country_pages:restore", args=["AGO", 1]))
    section = PageSection.objects.get(state=published_angola, key="national_context")
    assert (section.content["background"] == FIRST) is (role in EDITORS)
    assert (section.content["background"] == DRAFT) is (role not in EDITORS)


def test_a_focal_point_cannot_edit_another_states_page(make_user, client_for):
    zimbabwe_focal_point = make_user("other_focal_point")
    client = client_for(zimbabwe_focal_point)
    assert_refused(
        client.get(reverse("country_pages:edit", args=["AGO"])),
        zimbabwe_focal_point,
        hidden=("Edit the country page of Angola",),
    )
    assert_shows(
        client.get(reverse("country_pages:edit", args=["ZWE"])),
        "Edit the country page of Zimbabwe",
    )


def test_dashboard_tells_a_focal_point_of_an_unpublished_draft(
    focal_point, client_for, angola
):
    client = client_for(focal_point)
    html = client.get(reverse("portal:dashboard")).content.decode()
    assert "Never published" in html
    save_section(angola, focal_point, 0, key="contacts", national_authority="CNIDAH")
    html = client.get(reverse("portal:dashboard")).content.decode()
    assert "Draft not published" in html
    assert reverse("country_pages:edit", args=["AGO"]) in html


def test_publishing_a_draft_someone_changed_meanwhile_is_refused(
    focal_point, editor, client_for, angola
):
    save_section(angola, focal_point, 0, key="contacts", national_authority="CNIDAH")
    client = client_for(focal_point)
    edit_page = client.get(reverse("country_pages:edit", args=["AGO"]))
    assert 'name="draft_version" value="1"' in edit_page.content.decode()
    # Someone saves another section while the focal point reviews the draft.
    save_section(angola, editor, 0, background="Not reviewed yet")
    response = client.post(
        reverse("country_pages:publish", args=["AGO"]),
        {"draft_version": 1},
        follow=True,
    )
    assert "The draft changed while you were looking at it" in (
        response.content.decode()
    )
    assert not angola.page_revisions.exists()
    client.post(reverse("country_pages:publish", args=["AGO"]), {"draft_version": 2})
    assert angola.page_revisions.get().number == 1
