"""A donor filters needs and registers interest; the focal point sees it and
answers; the donor sees the answer."""

import pytest

from tests.browser.conftest import sign_in
from tests.factories import TEST_PASSWORD, DonorFactory, FocalPointFactory, NeedFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_donor_registers_interest_and_the_focal_point_answers(page, new_page):
    from country_pages.models import StateParty

    sudan = StateParty.objects.get(iso3="SDN")
    NeedFactory(
        state=sudan,
        title="Physical rehabilitation in Kassala",
        theme="victim_assistance",
        estimated_cost=1_800_000,
        funding_secured=0,
    )
    NeedFactory(state=sudan, title="Clearance in Blue Nile")
    NeedFactory(title="Clearance in Angola")
    DonorFactory(email="donor@example.org", organisation="Embassy of Japan")
    FocalPointFactory(email="focal.sudan@example.org", states=[sudan])

    sign_in(page, "donor@example.org", TEST_PASSWORD)
    page.get_by_role("link", name="Needs", exact=True).click()
    page.get_by_label("Theme").select_option("victim_assistance")
    page.get_by_label("Country").select_option("SDN")
    page.get_by_role("button", name="Filter").click()
    # The filters are in the address, so it can be shared.
    assert "theme=victim_assistance" in page.url and "country=SDN" in page.url
    assert page.get_by_text("1 need.").is_visible()
    assert page.get_by_role("link", name="Clearance in Angola").count() == 0
    page.get_by_role(
        "link", name="Register interest in Physical rehabilitation"
    ).click()
    page.get_by_label("Message").fill("Japan could fund prosthetic services.")
    page.get_by_label("Indicative amount").fill("-5")
    page.get_by_role("button", name="Register interest").click()
    # The summary at the top links to the field; the field says it again.
    assert page.get_by_role(
        "link", name="Indicative amount: Ensure this value is greater"
    ).is_visible()
    assert page.locator("#id_indicative_amount_error").is_visible()
    page.get_by_label("Indicative amount").fill("600000")
    page.get_by_role("button", name="Register interest").click()
    assert page.get_by_text("Your interest is registered").is_visible()

    focal = new_page()
    sign_in(focal, "focal.sudan@example.org", TEST_PASSWORD)
    panel = focal.get_by_role("region", name="Interest registered in your needs")
    assert panel.get_by_text("Embassy of Japan").is_visible()
    panel.get_by_role("link", name="Physical rehabilitation in Kassala").click()
    assert focal.get_by_text("600,000 USD").is_visible()
    focal.get_by_label("Status").select_option("discussed")
    focal.get_by_label("Message to the donor").fill("Let us meet in Geneva in May.")
    focal.get_by_role("button", name="Send the answer").click()
    assert focal.get_by_text("Answer saved").is_visible()

    page.goto("/dashboard/")
    mine = page.get_by_role("region", name="Your interest in needs")
    assert mine.get_by_text("Discussed").is_visible()
    mine.get_by_role("link", name="Physical rehabilitation in Kassala").click()
    assert page.get_by_role("heading", name="Answer from Sudan").is_visible()
    assert page.get_by_text("Let us meet in Geneva in May.").is_visible()
