"""States and currencies are named in the reader's language, from the CLDR
data Babel ships (issue 11); English keeps the portal's own names."""

import pytest
from django.urls import reverse
from django.utils import translation

from country_pages.models import Need, StateParty
from portal.names import country_name, currency_name
from tests.roles import assert_shows

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language,expected",
    [("en", "Sudan"), ("fr", "Soudan"), ("es", "Sudán"), ("ar", "السودان")],
)
def test_a_state_is_named_in_the_readers_language(language, expected):
    sudan = StateParty.objects.get(iso3="SDN")
    with translation.override(language):
        assert sudan.local_name == expected
        assert str(sudan) == expected
    assert sudan.name == "Sudan"


def test_the_un_names_win_where_cldr_uses_an_everyday_one():
    assert country_name(iso3="PSE", english="State of Palestine", language="fr") == (
        "État de Palestine"
    )
    assert country_name(iso3="VAT", english="Holy See", language="ar") == (
        "الكرسي الرسولي"
    )
    assert country_name(iso3="COD", english="DRC", language="es") == (
        "República Democrática del Congo"
    )


def test_every_state_party_has_a_name_in_every_language():
    for state in StateParty.objects.all():
        for language in ("fr", "es", "ar"):
            assert country_name(
                iso3=state.iso3, english=state.name, language=language
            ).strip(), (state.iso3, language)


def test_currencies_are_named_in_the_readers_language_never_converted():
    labels = dict(Need._meta.get_field("currency").choices)
    assert str(labels["USD"]) == "USD — US Dollar"
    with translation.override("fr"):
        assert str(labels["USD"]) == "USD — dollar des États-Unis"
        assert currency_name(code="XOF", english="CFA Franc BCEAO") == (
            "franc CFA (BCEAO)"
        )
    with translation.override("ar"):
        assert str(labels["EUR"]) == "EUR — يورو"


@pytest.mark.parametrize(
    "language,name", [("fr", "Soudan"), ("es", "Sudán"), ("ar", "السودان")]
)
def test_the_country_page_and_the_index_name_the_state_in_the_readers_language(
    client, language, name
):
    with translation.override(language):
        page, index = (
            reverse("country_pages:detail", args=["SDN"]),
            reverse("country_pages:index"),
        )
    assert_shows(client.get(page), f"<h1>{name}</h1>")
    assert_shows(client.get(index), name)
