"""The first journey: the home page, and a focal point reaching their country."""

import pytest

from tests.browser.conftest import sign_in, sign_in_with_totp
from tests.factories import (
    TEST_PASSWORD,
    TEST_TOTP_SECRET,
    FocalPointFactory,
    IsuFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_leads_each_visitor_to_a_task(page):
    page.goto("/")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Partnerships for completion"
    )
    for task in ("Browse needs", "States Parties", "Sign in"):
        assert page.get_by_role("link", name=task).first.is_visible()
    # The skip link is the first thing a keyboard user reaches.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == (
        "Skip to main content"
    )


def test_focal_point_signs_in_and_reaches_their_country(page):
    from country_pages.models import StateParty

    FocalPointFactory(
        email="focal.sudan@example.org", states=[StateParty.objects.get(iso3="SDN")]
    )
    sign_in(page, "focal.sudan@example.org", TEST_PASSWORD)
    assert page.get_by_role("heading", name="Your dashboard").is_visible()
    page.get_by_role("link", name="Sudan").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Sudan"
    assert page.get_by_text("Status of Convention implementation").is_visible()


def test_isu_signs_in_with_a_totp_code_and_manages_roles(page):
    IsuFactory(email="isu@example.org")
    sign_in_with_totp(page, "isu@example.org", TEST_PASSWORD, TEST_TOTP_SECRET)
    page.get_by_role("link", name="Manage", exact=True).click()
    page.get_by_role("link", name="People and roles").first.click()
    assert page.get_by_role("heading", name="People and roles").is_visible()


def test_wrong_password_shows_a_message(page):
    FocalPointFactory(email="focal@example.org")
    sign_in(page, "focal@example.org", "wrong password")
    assert page.get_by_text("are not correct").is_visible()
