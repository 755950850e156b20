"""A focal point edits, previews and publishes Angola's page; the public sees it;
two people saving the same section at once never overwrite each other."""

import pytest

from tests.browser.conftest import sign_in
from tests.factories import TEST_PASSWORD, FocalPointFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def angola_focal_points():
    from country_pages.models import StateParty

    angola = StateParty.objects.get(iso3="AGO")
    return (
        FocalPointFactory(email="focal.angola@example.org", states=[angola]),
        FocalPointFactory(email="deputy.angola@example.org", states=[angola]),
    )


def open_section(page, title):
    page.goto("/countries/AGO/edit/")
    page.get_by_role("link", name=f"Edit {title}").click()


def test_focal_point_edits_previews_publishes_and_the_public_sees_it(
    page, new_page, angola_focal_points
):
    sign_in(page, "focal.angola@example.org", TEST_PASSWORD)
    open_section(page, "National context")
    page.get_by_label("Background").fill(
        "Angola's remaining minefields lie along **former front lines**."
    )
    page.get_by_label("Number of victims").fill("88000")
    page.get_by_label("16 Peace, justice and strong institutions").check()
    page.get_by_role("button", name="Preview").click()
    preview = page.locator(".preview")
    assert preview.locator("strong", has_text="former front lines").is_visible()
    page.get_by_role("button", name="Save draft").click()
    assert page.locator(".message", has_text="saved as a draft").is_visible()

    page.get_by_role("link", name="Add a need").click()
    page.get_by_label("Theme").select_option(label="Victim assistance")
    page.get_by_label("Title").fill("Physical rehabilitation in Huambo")
    page.get_by_label("Description").fill("Prosthetics and physiotherapy.")
    page.get_by_label("Estimated cost").fill("1500000")
    page.get_by_label("Funding secured").fill("250000")
    page.get_by_role("button", name="Add the need").click()
    assert page.get_by_text("becomes public when you publish").is_visible()

    page.get_by_role("link", name="Preview the page").click()
    assert page.get_by_text("Preview of the draft.").is_visible()
    assert page.get_by_role(
        "heading", name="Physical rehabilitation in Huambo"
    ).is_visible()

    visitor = new_page()
    visitor.goto("/countries/AGO/")
    assert visitor.get_by_text("former front lines").count() == 0

    page.get_by_role("link", name="Back to editing").click()
    page.get_by_label("What changed (optional)").fill("First country page")
    page.get_by_role("button", name="Publish the page").click()
    assert page.get_by_text("Published: revision 1").is_visible()

    visitor.reload()
    assert visitor.get_by_text("former front lines").is_visible()
    assert visitor.get_by_text("88,000").is_visible()
    assert visitor.get_by_role(
        "heading", name="Physical rehabilitation in Huambo"
    ).is_visible()
    assert visitor.get_by_role("link", name="Edit this page").count() == 0


def test_a_second_sessions_conflicting_save_shows_both_texts(
    page, new_page, angola_focal_points
):
    sign_in(page, "focal.angola@example.org", TEST_PASSWORD)
    deputy = new_page()
    sign_in(deputy, "deputy.angola@example.org", TEST_PASSWORD)
    open_section(page, "Contact information")
    open_section(deputy, "Contact information")

    page.get_by_label("National authority").fill("CNIDAH, Rua A, Luanda")
    page.get_by_role("button", name="Save draft").click()
    assert page.locator(".message", has_text="saved as a draft").is_visible()

    deputy.get_by_label("National authority").fill("CNIDAH, Rua B, Luanda")
    deputy.get_by_role("button", name="Save draft").click()
    assert deputy.get_by_role(
        "heading", name="Someone else saved this while you were editing"
    ).is_visible()
    assert deputy.locator(".conflict-text", has_text="CNIDAH, Rua A").is_visible()
    assert deputy.get_by_label("National authority").input_value() == (
        "CNIDAH, Rua B, Luanda"
    )
    # Having read the other version, the deputy saves deliberately.
    deputy.get_by_label("National authority").fill("CNIDAH, Rua A and Rua B")
    deputy.get_by_role("button", name="Save draft").click()
    assert deputy.locator(".message", has_text="saved as a draft").is_visible()


def test_leaving_a_form_with_unsaved_changes_warns(page, angola_focal_points):
    sign_in(page, "focal.angola@example.org", TEST_PASSWORD)
    open_section(page, "National context")
    page.get_by_label("Migration").fill("Returnees cross the eastern provinces.")
    dialogs = []

    def dismiss(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()

    # The handler runs while the click is under way: the click returns once the
    # warning has been answered ("stay on the page").
    page.on("dialog", dismiss)
    page.get_by_role("link", name="Cancel").click()
    assert dialogs == ["beforeunload"]
    assert page.get_by_label("Migration").input_value().startswith("Returnees")
