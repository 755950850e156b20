"""The needs browser, its search and its exports in every language (issue 11,
item 4): a need reads in the reader's language where its State translated it,
otherwise in the original with a note, and exports say which language each
text is in."""

import csv
import io
import json

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from country_pages.translation import services as translations
from tests.factories import IsuFactory, NeedFactory
from tests.roles import assert_shows

pytestmark = pytest.mark.django_db


def needs_url(reader="en"):
    with translation.override(reader):
        return reverse("partnerships:needs")


@pytest.fixture
def needs(angola, zimbabwe):
    """Angola writes in Spanish and translated one need into French (published)
    and another into French as a draft only; Zimbabwe writes in English."""
    isu = IsuFactory(email="isu.translator@example.org")
    translations.page_original_language_set(state=angola, user=isu, language="es")
    translated = NeedFactory(
        state=angola, title="Desminado de Huambo", description="Zonas rurales."
    )
    draft = NeedFactory(state=angola, title="Asistencia a víctimas")
    english = NeedFactory(state=zimbabwe, title="Zimbabwe border clearance")
    for need, title in ((translated, "Déminage du Huambo"), (draft, "Brouillon")):
        translations.need_translation_save(
            need=need,
            language="fr",
            user=isu,
            expected_version=0,
            title=title,
            description="Zones rurales." if need == translated else "",
            age_gender_considerations="",
        )
        if need == translated:
            translations.page_translation_publish(state=angola, language="fr", user=isu)
    return {"translated": translated, "draft": draft, "english": english}


def test_a_french_reader_gets_each_need_in_french_where_it_exists(client, needs):
    html = assert_shows(
        client.get(needs_url("fr")),
        "Déminage du Huambo",
        "Zones rurales.",
        # Not translated (the draft is not public): the original, with a note.
        "Asistencia a víctimas",
        "Non disponible en français ; affiché en espagnol.",
        "Non disponible en français ; affiché en anglais.",
    )
    assert "Brouillon" not in html and "Desminado de Huambo" not in html


def test_an_english_reader_gets_the_originals_with_notes_for_the_spanish_ones(
    client, needs
):
    html = assert_shows(
        client.get(needs_url()),
        "Desminado de Huambo",
        "Zimbabwe border clearance",
        "Not available in English; shown in Spanish.",
    )
    assert "Déminage du Huambo" not in html


@pytest.mark.parametrize("reader", ["en", "fr", "es", "ar"])
def test_search_finds_a_need_by_its_text_in_any_published_language(
    client, needs, reader
):
    cache.clear()
    response = client.get(needs_url(reader), {"q": "Huambo déminage"})
    assert [n.pk for n in response.context["page"]] == [needs["translated"].pk]
    # A translation still in draft is not searched.
    response = client.get(needs_url(reader), {"q": "Brouillon"})
    assert list(response.context["page"]) == []


def test_the_csv_export_says_which_language_each_text_is_in(client, needs):
    response = client.get(needs_url("fr"), {"format": "csv"})
    rows = {
        row["id"]: row
        for row in csv.DictReader(
            io.StringIO(b"".join(response.streaming_content).decode())
        )
    }
    translated = rows[str(needs["translated"].pk)]
    assert translated["title"] == "Déminage du Huambo"
    assert translated["text_language"] == "fr"
    assert translated["original_language"] == "es"
    assert translated["labels_language"] == "fr"
    assert translated["theme_label"] == "Déminage"
    draft = rows[str(needs["draft"].pk)]
    assert (draft["title"], draft["text_language"]) == ("Asistencia a víctimas", "es")
    english = rows[str(needs["english"].pk)]
    assert (english["text_language"], english["original_language"]) == ("en", "en")


def test_the_json_export_in_arabic_keeps_the_originals_and_says_so(client, needs):
    data = json.loads(client.get(needs_url("ar"), {"format": "json"}).content)
    by_id = {row["id"]: row for row in data["results"]}
    translated = by_id[needs["translated"].pk]
    assert translated["title"] == "Desminado de Huambo"
    assert translated["text_language"] == "es"
    assert translated["labels_language"] == "ar"
