"""The standard agenda titles I–IV and II.A–F read in the reader's language,
whichever language the meeting was proposed in; a title someone wrote is
shown as written (issue 11, item 1)."""

import pytest
from django.urls import reverse
from django.utils import translation

from ia_meetings.models import Visibility
from meeting_reports import document
from tests.meeting_reports.factories import held_meeting

pytestmark = pytest.mark.django_db

ENGLISH = "Circumstances, needs and challenges in mine clearance"
FRENCH = "Situation, besoins et difficultés en matière de déminage"
ARABIC = "الظروف والاحتياجات والتحديات في مجال إزالة الألغام"


@pytest.fixture
def meeting(angola):
    """A held meeting proposed in English, with one item's title rewritten."""
    meeting = held_meeting(state=angola, visibility=Visibility.PUBLIC)
    meeting.agenda_items.filter(code="IV").update(title="Closing words by Angola")
    return meeting


def read(client, meeting, language):
    with translation.override(language):
        url = reverse("ia_meetings:detail", args=[meeting.pk])
    return client.get(url).content.decode()


def test_a_reader_gets_the_standard_titles_in_their_language(client, meeting):
    french = read(client, meeting, "fr")
    assert FRENCH in french and ENGLISH not in french
    assert "Closing words by Angola" in french
    assert ENGLISH in read(client, meeting, "en")


def test_a_meeting_proposed_in_french_reads_in_english_for_an_english_reader(
    client, meeting
):
    item = meeting.agenda_items.get(code="II.A")
    item.title = FRENCH
    item.save(update_fields=["title"])
    assert ENGLISH in read(client, meeting, "en")
    assert ARABIC in read(client, meeting, "ar")


def test_the_report_carries_the_titles_in_its_language(meeting):
    with translation.override("ar"):
        snapshot = document.report_snapshot(meeting=meeting)
    titles = {item["code"]: item["title"] for item in snapshot["agenda"]}
    assert titles["II.A"] == ARABIC
    assert titles["IV"] == "Closing words by Angola"
    # A report in English keeps exactly the content it had.
    english = document.report_snapshot(meeting=meeting)
    assert {i["code"]: i["title"] for i in english["agenda"]}["II.A"] == ENGLISH
