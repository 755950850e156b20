"""Every country page view, tried by every role (national ownership [001, 003])."""

import pytest
from django.urls import reverse

from country_pages import services
from country_pages.models import Need, PageSection
from tests.factories import IsuFactory, NeedFactory

ALL = {
    "anonymous", "member", "pending_donor", "donor", "focal_point",
    "other_focal_point", "committee", "chair", "isu",
}  # fmt: skip
EDITORS = {"focal_point", "isu"}
READERS_OF_DRAFTS = {"focal_point", "isu", "committee", "chair"}


@pytest.fixture
def editor(db):
    """An ISU editor who is not the user under test."""
    return IsuFactory(email="isu.editor@example.org")


@pytest.fixture
def published_angola(angola, editor):
    """Angola's page with two published revisions."""
    services.page_section_save(
        state=angola, key="national_context", user=editor, is_visible=True,
        content={"background": "Angola's first background."}, expected_version=0,
    )  # fmt: skip
    services.country_page_publish(state=angola, user=editor)
    services.page_section_save(
        state=angola, key="national_context", user=editor, is_visible=True,
        content={"background": "Angola's second background."}, expected_version=1,
    )  # fmt: skip
    services.country_page_publish(state=angola, user=editor)
    return angola


def expected(role, user, allowed):
    if role in allowed:
        return 200
    return 302 if user is None else 403


GET_VIEWS = [
    ("country_pages:index", {}, ALL),
    ("country_pages:detail", {"iso3": "AGO"}, ALL),
    ("country_pages:edit", {"iso3": "AGO"}, EDITORS),
    ("country_pages:preview", {"iso3": "AGO"}, READERS_OF_DRAFTS),
    (
        "country_pages:section_edit",
        {"iso3": "AGO", "key": "national_context"},
        EDITORS,
    ),
    ("country_pages:section_edit", {"iso3": "AGO", "key": "resources"}, EDITORS),
    ("country_pages:need_add", {"iso3": "AGO"}, EDITORS),
    ("country_pages:map_add", {"iso3": "AGO"}, EDITORS),
    ("country_pages:history", {"iso3": "AGO"}, READERS_OF_DRAFTS),
    ("country_pages:revision", {"iso3": "AGO", "number": 1}, READERS_OF_DRAFTS),
    ("country_pages:compare", {"iso3": "AGO"}, READERS_OF_DRAFTS),
]


@pytest.mark.parametrize(
    "name,kwargs,allowed",
    GET_VIEWS,
    ids=[f"{v[0]}-{v[1].get('key', '')}" for v in GET_VIEWS],
)
def test_page_view_access_by_role(
    name, kwargs, allowed, role, make_user, client_for, published_angola
):
    user = make_user(role)
    response = client_for(user).get(reverse(name, kwargs=kwargs))
    assert response.status_code == expected(role, user, allowed)
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("account_login"))


def test_need_edit_page_by_role(role, make_user, client_for, angola):
    user = make_user(role)
    need = NeedFactory(state=angola)
    response = client_for(user).get(
        reverse("country_pages:need_edit", args=["AGO", need.pk])
    )
    assert response.status_code == expected(role, user, EDITORS)


def test_section_save_by_role_changes_only_for_angolas_editors(
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


def test_publish_by_role(role, make_user, client_for, angola, editor):
    user = make_user(role)
    services.page_section_save(
        state=angola, key="contacts", user=editor, is_visible=True,
        content={"national_authority": "CNIDAH, Luanda"}, expected_version=0,
    )  # fmt: skip
    client_for(user).post(
        reverse("country_pages:publish", args=["AGO"]), {"draft_version": 1}
    )
    assert angola.page_revisions.exists() is (role in EDITORS)


def test_need_add_by_role(role, make_user, client_for, angola):
    user = make_user(role)
    client_for(user).post(
        reverse("country_pages:need_add", args=["AGO"]),
        {
            "theme": "clearance", "title": "Clearance in Cuando Cubango",
            "description": "Survey and clearance.", "currency": "USD",
            "funding_secured": "0", "status": "open", "version": 0,
        },
    )  # fmt: skip
    exists = Need.objects.filter(title="Clearance in Cuando Cubango").exists()
    assert exists is (role in EDITORS)


def test_need_edit_and_delete_by_role(role, make_user, client_for, angola):
    user = make_user(role)
    need = NeedFactory(state=angola, title="Old title")
    client = client_for(user)
    client.post(
        reverse("country_pages:need_edit", args=["AGO", need.pk]),
        {
            "theme": "clearance", "title": "New title", "description": "x",
            "currency": "USD", "funding_secured": "0", "status": "open",
            "version": need.version,
        },
    )  # fmt: skip
    need.refresh_from_db()
    assert (need.title == "New title") is (role in EDITORS)
    client.post(reverse("country_pages:need_delete", args=["AGO", need.pk]))
    assert Need.objects.filter(pk=need.pk).exists() is (role not in EDITORS)


def test_restore_by_role(role, make_user, client_for, published_angola):
    user = make_user(role)
    client_for(user).post(reverse("country_pages:restore", args=["AGO", 1]))
    section = PageSection.objects.get(state=published_angola, key="national_context")
    restored = section.content["background"] == "Angola's first background."
    assert restored is (role in EDITORS)


def test_a_focal_point_cannot_edit_another_states_page(make_user, client_for):
    zimbabwe_focal_point = make_user("other_focal_point")
    client = client_for(zimbabwe_focal_point)
    assert client.get(reverse("country_pages:edit", args=["AGO"])).status_code == 403
    assert client.get(reverse("country_pages:edit", args=["ZWE"])).status_code == 200


def test_dashboard_tells_a_focal_point_of_an_unpublished_draft(
    focal_point, client_for, angola
):
    client = client_for(focal_point)
    html = client.get(reverse("portal:dashboard")).content.decode()
    assert "Never published" in html
    services.page_section_save(
        state=angola, key="contacts", user=focal_point, is_visible=True,
        content={"national_authority": "CNIDAH"}, expected_version=0,
    )  # fmt: skip
    html = client.get(reverse("portal:dashboard")).content.decode()
    assert "Draft not published" in html
    assert reverse("country_pages:edit", args=["AGO"]) in html


def test_publishing_a_draft_someone_changed_meanwhile_is_refused(
    focal_point, editor, client_for, angola
):
    services.page_section_save(
        state=angola, key="contacts", user=focal_point, is_visible=True,
        content={"national_authority": "CNIDAH"}, expected_version=0,
    )  # fmt: skip
    client = client_for(focal_point)
    edit_page = client.get(reverse("country_pages:edit", args=["AGO"]))
    assert 'name="draft_version" value="1"' in edit_page.content.decode()
    # Someone saves another section while the focal point reviews the draft.
    services.page_section_save(
        state=angola, key="national_context", user=editor, is_visible=True,
        content={"background": "Not reviewed yet"}, expected_version=0,
    )  # fmt: skip
    response = client.post(
        reverse("country_pages:publish", args=["AGO"]),
        {"draft_version": 1},
        follow=True,
    )
    assert "The draft changed while you were looking at it" in (
        response.content.decode()
    )
    assert not angola.page_revisions.exists()
    response = client.post(
        reverse("country_pages:publish", args=["AGO"]), {"draft_version": 2}
    )
    assert angola.page_revisions.get().number == 1
