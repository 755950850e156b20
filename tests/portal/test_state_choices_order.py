"""The country filters list the States in the reader's alphabetical order of
the names they read (issue 11, item 1)."""

import pytest
from django.urls import reverse
from django.utils import translation

from country_pages.models import StateParty
from tests.factories import NeedFactory

pytestmark = pytest.mark.django_db


def options(client, name, language):
    with translation.override(language):
        url = reverse(name)
    return client.get(url).content.decode()


@pytest.mark.parametrize("page", ["partnerships:needs", "ia_meetings:list"])
def test_the_country_filter_follows_the_readers_alphabet(client, page):
    # The needs browser offers only the States with published needs (issue
    # 15): give each State named here one.
    for iso3 in ("DEU", "AGO", "ECU", "ESP", "ETH", "CIV", "HRV"):
        NeedFactory(state=StateParty.objects.get(iso3=iso3))
    french = options(client, page, "fr")
    order = [
        french.index(f">{name}</option>")
        for name in ("Allemagne", "Angola", "Équateur", "Espagne", "Éthiopie")
    ]
    assert order == sorted(order)
    english = options(client, page, "en")
    assert english.index(">Angola</option>") < english.index(">Germany</option>")
    assert english.index(">Côte d&#x27;Ivoire</option>") < english.index(
        ">Croatia</option>"
    )
