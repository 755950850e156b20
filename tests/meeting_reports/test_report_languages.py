"""A meeting report is made in the language chosen when asking for it, each
language a version of its own with its own number (issue 11, item 5)."""

import pytest
from django.urls import reverse
from django.utils import translation

from meeting_reports import document
from meeting_reports.models import ReportVersion
from tests.meeting_reports.factories import held_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(angola):
    return held_meeting(state=angola, participants=1)


def ask(client, meeting, capture, **data):
    with capture(execute=True):
        return client.post(
            reverse("meeting_reports:request", args=[meeting.pk]), data, follow=True
        )


def test_the_form_offers_the_languages_with_the_pages_first(
    meeting, make_user, client_for
):
    client = client_for(make_user("isu"))
    with translation.override("es"):
        url = reverse("meeting_reports:detail", args=[meeting.pk])
    html = client.get(url).content.decode()
    assert "Idioma del informe" in html
    assert '<option value="es" selected>Español</option>' in html


def test_each_language_chosen_is_a_version_of_its_own_written_in_it(
    meeting, make_user, client_for, django_capture_on_commit_callbacks
):
    client = client_for(make_user("focal_point"))
    # Asked from an English page, in French, then in Arabic, then in French again.
    ask(client, meeting, django_capture_on_commit_callbacks, language="fr")
    ask(client, meeting, django_capture_on_commit_callbacks, language="ar")
    page = ask(client, meeting, django_capture_on_commit_callbacks, language="fr")
    versions = {v.number: v for v in ReportVersion.objects.filter(meeting=meeting)}
    assert {n: v.language for n, v in versions.items()} == {1: "fr", 2: "ar"}
    html = page.content.decode()
    assert '<td lang="fr">Français</td>' in html
    assert '<td lang="ar">العربية</td>' in html
    french = document.report_html(snapshot=versions[1].snapshot, number=1)
    assert '<html lang="fr" dir="ltr">' in french
    assert "Rapport de la réunion" in french
    arabic = document.report_html(snapshot=versions[2].snapshot, number=2)
    assert '<html lang="ar" dir="rtl">' in arabic


def test_a_language_not_offered_is_refused_and_nothing_is_made(
    meeting, make_user, client_for, django_capture_on_commit_callbacks
):
    client = client_for(make_user("isu"))
    page = ask(client, meeting, django_capture_on_commit_callbacks, language="xx")
    assert page.status_code == 200
    assert "Choose one of the languages offered." in page.content.decode()
    assert not ReportVersion.objects.filter(meeting=meeting).exists()


def test_without_a_choice_the_pages_language_decides(
    meeting, make_user, client_for, django_capture_on_commit_callbacks
):
    client = client_for(make_user("isu"))
    with translation.override("es"):
        url = reverse("meeting_reports:request", args=[meeting.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
    assert ReportVersion.objects.get(meeting=meeting).language == "es"
