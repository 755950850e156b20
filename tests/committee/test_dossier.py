"""A State's dossier for a committee chair: one click, a PDF made by the
worker with the meeting reports' machinery, one version per content and
language, in the reader's language."""

import io

import pytest
from pypdf import PdfReader

from committee import services
from committee.models import DossierVersion
from portal.models import AuditEntry, DocumentStatus
from tests.roles import assert_refused, assert_shows

URL = "/countries/AGO/dossier/"
READERS = ["focal_point", "committee", "chair", "isu"]


def pdf_text(version) -> tuple[int, str]:
    with version.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def ask(client, capture, url=URL + "request/"):
    with capture(execute=True):
        return client.post(url)


@pytest.mark.parametrize(
    "role", ["anonymous", "member", "pending_donor", "donor", "other_focal_point"]
)
def test_others_may_neither_read_nor_ask(
    role, make_user, client_for, angola_story, django_capture_on_commit_callbacks
):
    user = make_user(role)
    client = client_for(user)
    assert_refused(client.get(URL), user, hidden=("Make the dossier",))
    assert_refused(ask(client, django_capture_on_commit_callbacks), user)
    assert not DossierVersion.objects.exists()


@pytest.mark.parametrize("role", READERS)
def test_those_who_oversee_the_state_ask_with_one_click(
    role, make_user, client_for, angola_story, django_capture_on_commit_callbacks
):
    client = client_for(make_user(role))
    assert_shows(client.get(URL), "Make the dossier", "No dossier has been made yet.")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(URL + "request/")
    assert response.status_code == 302
    assert len(callbacks) == 1  # the render, enqueued after commit
    version = DossierVersion.objects.get()
    assert (version.number, version.language, version.status) == (1, "en", "queued")
    assert_shows(client.get(URL), "Version 1 is being made", 'http-equiv="refresh"')


def test_the_pdf_has_every_section(
    make_user, client_for, angola_story, django_capture_on_commit_callbacks
):
    client = client_for(make_user("chair"))
    ask(client, django_capture_on_commit_callbacks)
    version = DossierVersion.objects.get()
    assert version.status == DocumentStatus.READY, version.error
    pages, text = pdf_text(version)
    text = " ".join(text.split())
    assert pages == version.pages >= 3
    for heading in (
        "Dossier for the Committee on the Enhancement of Cooperation and Assistance",
        "Status of Convention implementation",
        "Needs added, changed, funded or closed",
        "Funding and what the IA brought",
        "Accountability tracker",
        "The last meeting's conclusions",
        "New need",
        "Clearing Cuando Cubango",
    ):
        assert heading in text, heading
    # What the committee may read, the restricted follow-up included.
    assert "Angola: restricted follow-up" in text
    html = assert_shows(client.get(URL), "Ready", "PDF, ")
    download = client.get(version.get_absolute_url())
    assert download["Content-Disposition"].endswith('IA-dossier-AGO-en-v1.pdf"')
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert 'http-equiv="refresh"' not in html
    assert AuditEntry.objects.filter(action="dossier.request").count() == 1
    # Asked again for the same content: the same version, not a second render.
    ask(client, django_capture_on_commit_callbacks)
    version = DossierVersion.objects.get()
    assert version.attempts == 1


def test_asked_again_while_rendering_it_keeps_the_one_render(
    make_user, chair, angola, angola_story, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        first = services.dossier_request(state=angola, user=chair, language="en")
    DossierVersion.objects.filter(pk=first.pk).update(status=DocumentStatus.RENDERING)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        again = services.dossier_request(state=angola, user=chair, language="en")
    assert again.pk == first.pk
    assert callbacks == []
    assert DossierVersion.objects.count() == 1


def test_the_dossier_is_in_the_readers_language(
    make_user, client_for, angola_story, django_capture_on_commit_callbacks
):
    client = client_for(make_user("committee"))
    ask(
        client, django_capture_on_commit_callbacks, "/fr/countries/AGO/dossier/request/"
    )
    version = DossierVersion.objects.get()
    assert version.language == "fr"
    assert version.status == DocumentStatus.READY, version.error
    _pages, text = pdf_text(version)
    assert "Ce qui a changé depuis" in " ".join(text.split())
    # The same content in English is a version of its own.
    with django_capture_on_commit_callbacks(execute=False):
        client.post(URL + "request/")
    assert set(DossierVersion.objects.values_list("language", flat=True)) == {
        "fr",
        "en",
    }


def test_unknown_state(make_user, client_for, db):
    response = client_for(make_user("committee")).get("/countries/XQX/dossier/")
    assert response.status_code == 404


def test_the_page_query_count_does_not_grow(
    make_user, client_for, chair, angola, db, django_assert_max_num_queries
):
    client = client_for(chair)
    for n in range(1, 30):
        DossierVersion.objects.create(
            state=angola, number=n, language="en", snapshot={}, content_hash=str(n)
        )
        if n in (2, 29):
            with django_assert_max_num_queries(8):
                client.get(URL)


def test_the_dossier_carries_the_article5_trajectory(
    make_user, client_for, angola, angola_story, django_capture_on_commit_callbacks
):
    from tests.committee.test_changes import _article7_report

    angola.article5_obligations_remaining = True
    angola.save(update_fields=["article5_obligations_remaining"])
    _article7_report(angola, 2024, remaining_m2=3_000_000)
    _article7_report(angola, 2025, remaining_m2=2_750_000)
    ask(client_for(make_user("chair")), django_capture_on_commit_callbacks)
    version = DossierVersion.objects.get()
    assert version.status == DocumentStatus.READY, version.error
    _pages, text = pdf_text(version)
    text = " ".join(text.split())
    for shown in (
        "Article 5 trajectory",
        "Remaining contaminated area (m²)",
        "2,750,000",
        "Article 7 figures: the latest report against the one before",
    ):
        assert shown in text, shown
