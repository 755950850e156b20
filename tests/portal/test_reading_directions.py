"""Right to left, and numbers and names for the reader (issue 11, items 1, 3
and 5): each block of user text reads in its own direction, amounts are
grouped as the reader's language writes them, States are named in the
reader's language on every page, and no label a screen reader speaks is left
in English."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.factories import NeedFactory
from tests.ia_meetings.factories import MeetingFactory

pytestmark = pytest.mark.django_db

ARABIC_NAME_OF_ANGOLA = "أنغولا"


def address(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def test_each_paragraph_of_user_text_reads_in_its_own_direction(client, angola):
    NeedFactory(
        title="Huambo",
        description="Clearance of the last minefields.\n\n- Survey\n- Clear",
    )
    html = client.get(address("country_pages:detail", "ar", iso3="AGO")).content
    html = html.decode()
    # The English paragraph and list items on an Arabic page: each block
    # takes its direction from its own first letters.
    assert '<p dir="auto">Clearance of the last minefields.</p>' in html
    assert '<li dir="auto">Survey</li>' in html


@pytest.mark.parametrize(
    "language, amount",
    [("en", "15,000,000"), ("fr", "15\u202f000\u202f000"), ("ar", "15,000,000")],
)
def test_amounts_are_grouped_as_the_readers_language_writes_them(
    client, angola, language, amount
):
    NeedFactory(title="Huambo", estimated_cost=15_000_000, funding_secured=0)
    html = client.get(address("partnerships:needs", language)).content.decode()
    grouped = html.replace("\xa0", "\u202f")  # either narrow or plain no-break
    assert f"{amount} USD" in grouped, language
    # Never converted, never written without grouping.
    assert "15000000" not in html


def test_a_states_name_is_in_the_readers_language_on_the_meeting_pages(
    client, make_user, angola
):
    meeting = MeetingFactory(state=angola)
    client.force_login(make_user("isu"))
    html = client.get(
        address("ia_meetings:manage", "ar", pk=meeting.pk)
    ).content.decode()
    assert ARABIC_NAME_OF_ANGOLA in html


def test_no_label_a_screen_reader_speaks_is_left_untranslated():
    """aria-label, title, placeholder and alt text go through {% translate %}
    in every template (the web pages; PDFs and e-mails have none)."""
    root = Path(settings.BASE_DIR) / "templates"
    literal = re.compile(
        r'\b(aria-label|title|placeholder|alt)="(?![^"]*\{[%{])[^"]*[A-Za-z]{2,}[^"]*"'
    )
    found = [
        f"{path.relative_to(root)}: {match.group(0)}"
        for path in sorted(root.rglob("*.html"))
        for match in literal.finditer(path.read_text())
    ]
    assert found == []


def test_the_states_are_listed_in_the_readers_alphabetical_order(client):
    html = client.get(address("country_pages:index", "fr")).content.decode()
    order = [
        html.index(f">{name}</a>")
        for name in ("Allemagne", "Angola", "Équateur", "Espagne", "Éthiopie")
    ]
    assert order == sorted(order)
    english = client.get(address("country_pages:index", "en")).content.decode()
    assert english.index(">Angola</a>") < english.index(">Germany</a>")
    arabic = client.get(address("country_pages:index", "ar")).content.decode()
    # Names with a hamza on the alif sort with the alif, at the start.
    assert arabic.index(">أفغانستان</a>") < arabic.index(">السودان</a>")
    assert arabic.index(">السودان</a>") < arabic.index(">اليمن</a>")


def test_a_sections_text_reads_in_its_direction_and_its_labels_in_the_pages(
    client, angola, make_user
):
    from country_pages import services
    from country_pages.translation import services as translations

    isu = make_user("isu")
    NeedFactory(title="Huambo minefields", description="Clearance near Huambo.")
    services.page_section_save(
        state=angola,
        key="national_context",
        user=isu,
        is_visible=True,
        content={"background": "Angola clears its land."},
        expected_version=0,
    )
    services.country_page_publish(state=angola, user=isu)
    translations.page_section_translation_save(
        state=angola,
        key="national_context",
        language="ar",
        user=isu,
        content={"background": "أنغولا تطهّر أراضيها."},
        expected_version=0,
    )
    translations.page_translation_publish(state=angola, language="ar", user=isu)
    arabic = client.get(address("country_pages:detail", "ar", iso3="AGO")).content
    arabic = arabic.decode()
    assert '<div class="section-body" lang="ar">' in arabic
    assert '<p dir="auto">أنغولا تطهّر أراضيها.</p>' in arabic
    # The need is in English only: its words left to right, with their
    # language; its labels (and the note) in the page's Arabic direction.
    assert re.search(r'<h4 id="need-\d+-title" lang="en" dir="ltr">Huambo', arabic)
    assert '<div class="need-text" lang="en" dir="ltr">' in arabic
    french = client.get(address("country_pages:detail", "fr", iso3="AGO")).content
    assert '<div class="section-body" lang="en">' in french.decode()
    assert '<p dir="auto">Angola clears its land.</p>' in french.decode()
