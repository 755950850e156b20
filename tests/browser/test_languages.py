"""In the browser: a French-speaking focal point switches to French, writes
Angola's page in French and publishes it; French readers read it as written,
English readers read it untranslated with a note. In Arabic the page reads
right to left (issue 11, item 7)."""

import pytest

from tests.factories import TEST_PASSWORD, FocalPointFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = "Les champs de mines restants de l'Angola longent les anciennes lignes de front."


@pytest.fixture(autouse=True)
def _patient(page):
    # A first page of a fresh server on a busy machine can take long.
    page.set_default_navigation_timeout(90_000)
    page.set_default_timeout(60_000)


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def sign_in_here(page, email):
    """Sign in from the sign-in page in whatever language it is shown."""
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(TEST_PASSWORD)
    page.locator("main form button[type=submit]").first.click()


def test_a_focal_point_writes_in_french_and_english_readers_get_a_note(page, new_page):
    from country_pages.models import StateParty

    FocalPointFactory(
        email="focal.fr@example.org", states=[StateParty.objects.get(iso3="AGO")]
    )
    page.goto("/countries/AGO/")
    page.locator(".language-switcher").get_by_role("link", name="Français").click()
    page.wait_for_url("**/fr/countries/AGO/")
    assert page.locator("html").get_attribute("lang") == "fr"
    page.locator(".account-nav").get_by_role("link", name="Se connecter").click()
    sign_in_here(page, "focal.fr@example.org")

    page.goto("/fr/countries/AGO/edit/")
    page.get_by_label("Langue originale de la page").select_option("fr")
    page.get_by_role("button", name="Enregistrer la langue").click()
    assert page.get_by_text("La page est rédigée en français.").is_visible()
    page.get_by_role("link", name="Modifier Contexte national").click()
    page.get_by_label("Contexte", exact=True).fill(TEXT)
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    page.get_by_role("button", name="Publier la page").click()
    assert page.get_by_text("Publié").first.is_visible()

    reader = new_page()
    reader.set_default_navigation_timeout(90_000)
    reader.set_default_timeout(60_000)
    reader.goto("/fr/countries/AGO/")
    assert reader.get_by_text(TEXT).is_visible()
    assert reader.locator(".language-note").count() == 0
    reader.goto("/countries/AGO/")
    assert reader.locator("html").get_attribute("lang") == "en"
    assert reader.get_by_text(TEXT).is_visible()
    assert reader.get_by_text("Not available in English; shown in French.").is_visible()
    assert reader.locator("#national_context .section-body").get_attribute("lang") == (
        "fr"
    )


def test_arabic_reads_right_to_left(page, tmp_path):
    from country_pages import services
    from country_pages.models import StateParty
    from country_pages.translation import services as translations
    from tests.factories import IsuFactory

    sudan = StateParty.objects.get(iso3="SDN")
    isu = IsuFactory(email="isu.rtl@example.org")
    services.page_section_save(
        state=sudan,
        key="national_context",
        user=isu,
        is_visible=True,
        content={"background": "Sudan launched its IA platform in June 2017."},
        expected_version=0,
    )
    services.country_page_publish(state=sudan, user=isu)
    translations.page_section_translation_save(
        state=sudan,
        key="national_context",
        language="ar",
        user=isu,
        content={"background": "أطلق السودان منصة النهج الفردي في حزيران/يونيه 2017."},
        expected_version=0,
    )
    translations.page_translation_publish(state=sudan, language="ar", user=isu)

    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto("/ar/countries/SDN/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.get_by_role("heading", level=1).inner_text() == "السودان"
    body = page.locator("#national_context .section-body")
    assert body.get_attribute("lang") == "ar"
    assert body.evaluate("e => getComputedStyle(e).direction") == "rtl"
    # The title's text sits at the right of the page, where Arabic starts.
    text_left = page.get_by_role("heading", level=1).evaluate(
        "e => { const r = document.createRange(); r.selectNodeContents(e);"
        " return r.getBoundingClientRect().left; }"
    )
    assert text_left > 1366 / 2
    page.screenshot(path=str(tmp_path / "sudan-ar-1366.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(tmp_path / "sudan-ar-390.png"), full_page=True)
    assert (tmp_path / "sudan-ar-390.png").stat().st_size > 0


ARABIC_PAGES = (
    "/ar/",
    "/ar/countries/",
    "/ar/countries/AGO/",
    "/ar/needs/",
    "/ar/meetings/",
    "/ar/partnerships/charts/",
    "/ar/accounts/login/",
)


def test_arabic_pages_mirror_on_a_desktop_and_fit_a_phone(page, tmp_path):
    """Each public page in Arabic at 1366 and 390 px: right to left, the main
    navigation and the tables' columns start on the right, nothing wider than
    the screen, charts drawn left to right, an English paragraph of a need
    reading left to right. Screenshots of each (PORTAL_SCREENSHOTS names a
    folder to keep them)."""
    import os
    from pathlib import Path

    from tests.factories import NeedFactory
    from tests.partnerships.factories import CommitmentFactory

    NeedFactory(
        title="Huambo minefields",
        description="Clearance of the last minefields near Huambo.",
        estimated_cost=15_000_000,
    )
    CommitmentFactory(amount=2_500_000, year_from=2024, year_to=2025)
    folder = Path(os.environ.get("PORTAL_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    for width, height in ((1366, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        for path in ARABIC_PAGES:
            page.goto(path)
            assert page.locator("html").get_attribute("dir") == "rtl", path
            assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - window.innerWidth"
            )
            assert overflow <= 0, f"{path} at {width} px is {overflow} px too wide"
            name = path.strip("/").replace("/", "-") or "home"
            page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
            links = page.locator(".site-nav a")
            if width == 1366 and links.count() > 1:
                first, last = links.first.bounding_box(), links.last.bounding_box()
                assert first["x"] > last["x"], f"{path}: navigation not mirrored"
            headers = page.locator("main table thead th")
            if headers.count() > 1 and headers.first.is_visible():
                first, second = (headers.nth(i).bounding_box() for i in (0, 1))
                assert first["x"] > second["x"], f"{path}: table not mirrored"
            for svg in page.locator("main svg").all():
                assert svg.evaluate("e => getComputedStyle(e).direction") == "ltr"
    page.goto("/ar/countries/AGO/")
    paragraph = page.get_by_text("Clearance of the last minefields near Huambo.")
    assert paragraph.evaluate("e => getComputedStyle(e).direction") == "ltr"
    page.goto("/ar/partnerships/charts/")
    assert page.locator("main svg").count() > 0
