"""The PDF of a submitted Article 7 report, made by a worker (portal.documents):
made at submission in the submitter's language, asked for again in the
reader's, never for a draft, read by the report's readers only."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from article7 import services
from article7.models import ReportForm, ReportPdf
from portal.models import AuditEntry, DocumentStatus
from portal.services import ServiceError
from tests.conftest import ROLES
from tests.roles import assert_refused, assert_shows

pytestmark = pytest.mark.django_db

READERS = {"focal_point", "committee", "chair", "isu"}
ORG = "National Inter-Sectoral Commission for Demining"


def pdf_text(version) -> str:
    with version.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def with_rows(draft, author):
    """Angola's draft with a hazardous area and a narrative on Form C."""
    form = ReportForm.objects.get(report=draft, code="C")
    services.report_form_save(
        report=draft,
        code="C",
        user=author,
        expected_version=form.version,
        values={
            "status": "changed",
            "last_reported_year": None,
            "narrative": "Survey of **Moxico** completed.",
        },
        rows={
            "areas": [
                {
                    "region": "Moxico",
                    "category": "cha",
                    "number_of_areas": 3,
                    "area_m2": 1_250_000,
                    "improvised": False,
                    "percent_marked": 80,
                    "notes": "",
                }
            ]
        },
    )
    draft.refresh_from_db()
    return draft


def submit(report, user, capture):
    with capture(execute=True):
        return services.report_submit(report=report, user=user)


def test_submitting_makes_the_pdf_of_what_was_submitted(
    with_rows, author, django_capture_on_commit_callbacks
):
    report = submit(with_rows, author, django_capture_on_commit_callbacks)
    version = ReportPdf.objects.get(report=report)
    assert (version.number, version.language, version.status) == (1, "en", "ready")
    assert version.pages >= 3  # cover, cover page, the forms
    text = pdf_text(version)
    for shown in (
        "Angola",
        "Report for the calendar year 2025",
        ORG,
        "Form C",
        "Moxico",
        "1,250,000",
        "Survey of Moxico completed.",
    ):
        assert shown in text, shown
    assert version.file_name == "Article7-AGO-2025-v1-en.pdf"


def test_asking_again_for_the_same_content_renders_once(
    submitted, author, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = services.report_pdf_request(
            report=submitted, user=author, language="en"
        )
        again = services.report_pdf_request(
            report=submitted, user=author, language="en"
        )
    assert first.pk == again.pk
    assert ReportPdf.objects.filter(report=submitted).count() == 1
    assert (
        AuditEntry.objects.filter(action="article7.pdf", object_id=submitted.pk).count()
        == 1
    )


def test_a_reader_in_french_gets_a_french_pdf_as_a_new_version(
    submitted, author, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.report_pdf_request(report=submitted, user=author, language="en")
        french = services.report_pdf_request(
            report=submitted, user=author, language="fr"
        )
    french.refresh_from_db()
    assert (french.number, french.language, french.status) == (2, "fr", "ready")
    with translation.override("fr"):
        form_c = str(
            ReportForm.objects.get(report=submitted, code="C").get_code_display()
        )
    assert form_c in pdf_text(french)
    assert "Rapport" in pdf_text(french) or "rapport" in pdf_text(french)


def test_a_draft_has_no_pdf(draft, author):
    with pytest.raises(ServiceError, match="submit the report first"):
        services.report_pdf_request(report=draft, user=author, language="en")
    assert not ReportPdf.objects.exists()


@pytest.mark.parametrize("role", ROLES)
def test_a_draft_offers_no_pdf_to_anyone(role, make_user, client_for, draft):
    user = make_user(role)
    client = client_for(user)
    response = client.post(reverse("article7:pdf_request", args=[draft.pk]))
    assert_refused(response, user)
    assert not ReportPdf.objects.exists()
    if role in READERS:
        assert "Make the PDF" not in client.get(draft.get_absolute_url()).text


@pytest.mark.parametrize("role", ROLES)
def test_the_readers_of_a_submitted_version_ask_for_and_download_its_pdf(
    role, make_user, client_for, submitted, django_capture_on_commit_callbacks
):
    user = make_user(role)
    client = client_for(user)
    url = reverse("article7:pdf_request", args=[submitted.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    if role not in READERS:
        assert_refused(response, user)
        # Only the PDF queued at submission, never rendered by this request.
        assert list(ReportPdf.objects.values_list("status", flat=True)) == ["queued"]
        return
    assert response.status_code == 302
    version = ReportPdf.objects.get()
    assert version.status == DocumentStatus.READY
    assert_shows(
        client.get(submitted.get_absolute_url()),
        "PDF of this version",
        "Make the PDF",
        version.get_absolute_url(),
    )
    download = client.get(version.get_absolute_url())
    assert download["Content-Type"] == "application/pdf"
    assert "Article7-AGO-2025-v1-en.pdf" in download["Content-Disposition"]


@pytest.mark.parametrize("role", ROLES)
def test_a_published_reports_pdf_is_public_to_download_and_asked_for_when_signed_in(
    role, make_user, client_for, published, author, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        version = services.report_pdf_request(
            report=published, user=author, language="en"
        )
    user = make_user(role)
    client = client_for(user)
    download = client.get(version.get_absolute_url())
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    html = client.get(published.get_absolute_url()).text
    assert version.get_absolute_url() in html
    assert ("Make the PDF" in html) == (user is not None)


@pytest.mark.parametrize("role", sorted(set(ROLES) - READERS))
def test_a_submitted_versions_pdf_is_not_downloaded_by_others(
    role, make_user, client_for, submitted, author, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        version = services.report_pdf_request(
            report=submitted, user=author, language="en"
        )
    user = make_user(role)
    assert_refused(client_for(user).get(version.get_absolute_url()), user)


def test_a_failed_rendering_is_shown_and_asking_again_renders_it(
    submitted, author, client_for, monkeypatch, django_capture_on_commit_callbacks
):
    from portal import documents

    def broken(*, html):
        raise ValueError("no fonts")

    monkeypatch.setattr(documents, "pdf_render", broken)
    with django_capture_on_commit_callbacks(execute=True):
        version = services.report_pdf_request(
            report=submitted, user=author, language="en"
        )
    version.refresh_from_db()
    assert version.status == DocumentStatus.FAILED
    page = client_for(author).get(submitted.get_absolute_url()).text
    assert "no fonts" in page
    monkeypatch.undo()
    client = client_for(author)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("article7:pdf_request", args=[submitted.pk]))
    version.refresh_from_db()
    assert (version.number, version.status) == (1, DocumentStatus.READY)


def test_an_unknown_pdf_version_is_a_404(client_for, author, submitted):
    client = client_for(author)
    assert (
        client.get(reverse("article7:pdf_download", args=[submitted.pk, 9])).status_code
        == 404
    )
    assert client.get("/article7/reports/999999/pdf/1/").status_code == 404
