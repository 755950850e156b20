"""The interface in English, French, Spanish and Arabic: the language is in the
address, the switcher keeps the reader on the same page, Arabic reads right to
left, and a person's chosen language is remembered."""

import re

import pytest
from django.urls import reverse

from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LANG_DIR = {
    "": ("en", "ltr"),
    "/fr": ("fr", "ltr"),
    "/es": ("es", "ltr"),
    "/ar": ("ar", "rtl"),
}
SKIP_LINK = {
    "en": "Skip to main content",
    "fr": "Aller au contenu principal",
    "es": "Ir al contenido principal",
    "ar": "انتقل إلى المحتوى الرئيسي",
}


def html_attributes(html: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="([^"]+)">', html)
    return match.groups()


@pytest.mark.parametrize("prefix", list(LANG_DIR))
def test_each_language_has_its_address_and_reads_in_its_direction(prefix, client):
    html = client.get(f"{prefix}/countries/AGO/").content.decode()
    language, direction = LANG_DIR[prefix]
    assert html_attributes(html) == (language, direction)
    assert SKIP_LINK[language] in html


@pytest.mark.parametrize("role", ["focal_point", "donor", "committee", "isu"])
@pytest.mark.parametrize("prefix", list(LANG_DIR))
def test_every_role_reads_its_dashboard_in_every_language(
    prefix, role, make_user, client_for
):
    html = client_for(make_user(role)).get(f"{prefix}/dashboard/").content.decode()
    assert html_attributes(html) == LANG_DIR[prefix]


def test_an_unknown_language_prefix_is_not_found(client):
    response = client.get("/xx/countries/AGO/")
    assert response.status_code == 404


def test_the_switcher_leads_to_the_same_page_in_each_language(client):
    html = client.get("/countries/AGO/?tab=needs").content.decode()
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    links = dict(re.findall(r'href="([^"]+)" hreflang="([^"]+)"', switcher))
    assert links == {
        "/countries/AGO/?tab=needs": "en",
        "/fr/countries/AGO/?tab=needs": "fr",
        "/es/countries/AGO/?tab=needs": "es",
        "/ar/countries/AGO/?tab=needs": "ar",
    }
    alternates = re.findall(r'<link rel="alternate" hreflang="(\w+)"', html)
    assert alternates == ["en", "fr", "es", "ar"]


def test_the_anonymous_page_cache_keeps_each_language_apart(client):
    assert SKIP_LINK["en"] in client.get("/countries/AGO/").content.decode()
    french = client.get("/fr/countries/AGO/").content.decode()
    assert SKIP_LINK["fr"] in french and SKIP_LINK["en"] not in french
    assert SKIP_LINK["en"] in client.get("/countries/AGO/").content.decode()


def test_a_person_saves_their_language_and_signs_in_to_it(make_user, client_for):
    donor = make_user("donor")
    response = client_for(donor).post(
        reverse("portal:language"), {"language": "es"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/es/dashboard/"
    assert "Se ha guardado su idioma." in response.content.decode()
    donor.refresh_from_db()
    assert donor.preferred_language == "es"


def test_sign_in_leads_to_the_dashboard_in_the_persons_language(client):
    UserFactory(email="lectrice@example.org", preferred_language="fr")
    response = client.post(
        "/accounts/login/",
        {"login": "lectrice@example.org", "password": TEST_PASSWORD},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/fr/dashboard/"
    assert "Votre tableau de bord" in response.content.decode()


def test_a_language_that_is_not_offered_changes_nothing(make_user, client_for):
    donor = make_user("donor")
    response = client_for(donor).post(
        reverse("portal:language"), {"language": "de"}, follow=True
    )
    assert "Choose one of the languages offered." in response.content.decode()
    donor.refresh_from_db()
    assert donor.preferred_language == ""
