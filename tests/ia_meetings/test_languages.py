"""The meeting list and a meeting's page in French and Arabic, for the ISU and
for the public: the page says its language and direction, links stay in that
language, and each reader sees the same parts as in English.

The words themselves are checked by the catalogues (make messages-check), so
these tests hold whether or not a string is translated yet."""

import re

import pytest
from django.utils import translation

from tests.factories import IsuFactory

pytestmark = pytest.mark.django_db

LANG_DIR = {"fr": "ltr", "ar": "rtl"}
READERS = ["isu", "public"]


def _html_lang_dir(html: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="([^"]+)">', html)
    assert match, "the page has no <html lang dir>"
    return match.groups()


def _client(reader, client, client_for):
    if reader == "isu":
        return client_for(IsuFactory(email="isu-reader@example.org"))
    return client


def _url_in(language: str, obj) -> str:
    with translation.override(language):
        return obj.get_absolute_url()


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("language", list(LANG_DIR))
def test_the_meeting_list_reads_in_the_language_of_its_address(
    language, reader, meeting_with_agenda, client, client_for
):
    response = _client(reader, client, client_for).get(f"/{language}/meetings/")
    html = response.content.decode()

    assert response.status_code == 200
    assert _html_lang_dir(html) == (language, LANG_DIR[language])
    # The scheduled public meeting is listed, and its link keeps the language.
    meeting_url = _url_in(language, meeting_with_agenda)
    assert meeting_url.startswith(f"/{language}/")
    assert f'href="{meeting_url}"' in html
    assert meeting_with_agenda.title in html
    # The table's six columns and the upcoming/past tabs are all there.
    assert html.count('<th scope="col">') == 6
    tabs = html.split('class="meeting-tabs"')[1].split("</nav>")[0]
    assert re.findall(r'when=(\w+)"( aria-current="page")?', tabs) == [
        ("upcoming", ' aria-current="page"'),
        ("past", ""),
    ]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("language", list(LANG_DIR))
def test_a_meeting_page_reads_in_the_language_of_its_address(
    language, reader, meeting_with_agenda, client, client_for
):
    meeting = meeting_with_agenda
    reader_client = _client(reader, client, client_for)
    response = reader_client.get(_url_in(language, meeting))
    html = response.content.decode()

    assert response.status_code == 200
    assert _html_lang_dir(html) == (language, LANG_DIR[language])
    assert f"<h1>{meeting.title}</h1>" in html
    # The standard agenda, I to IV with II.A to II.F: ten items.
    assert len(re.findall(r'<li class="agenda-item[^"]*" id="item-\d+"', html)) == 10
    for section in ("agenda", "action-points", "follow-ups"):
        assert f'id="{section}"' in html
    # Reading only: the status changes are on the management view.
    assert not re.findall(r'<button type="submit" name="status"', html)
    participants_link = f'href="/{language}/meetings/{meeting.pk}/participants/"'
    manage_link = f'href="/{language}/meetings/{meeting.pk}/manage/"'
    if reader == "isu":
        # The ISU manages it, reads the participants and the history.
        assert manage_link in html
        assert participants_link in html
        assert 'id="history-heading"' in html
        manage = reader_client.get(f"/{language}/meetings/{meeting.pk}/manage/")
        assert _html_lang_dir(manage.content.decode()) == (
            language,
            LANG_DIR[language],
        )
        assert f'href="/{language}/meetings/{meeting.pk}/cancel/"' in (
            manage.content.decode()
        )
    else:
        assert manage_link not in html
        assert participants_link not in html
        assert 'id="history-heading"' not in html
