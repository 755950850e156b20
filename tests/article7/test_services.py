"""Preparing, submitting, reviewing and correcting a report: what changes in
the database, and what a refused change leaves as it was."""

import datetime as dt
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from article7 import services
from article7.models import (
    Article7Report,
    FormStatus,
    HazardousArea,
    LandRelease,
    ReportChannel,
    ReportForm,
    ReportKind,
    ReportStatus,
)
from portal.models import OutboxEmail
from portal.services import EditConflict, ServiceError

pytestmark = pytest.mark.django_db

AREA = {
    "region": "Moxico",
    "category": "cha",
    "number_of_areas": 3,
    "area_m2": 1_000_000,
    "improvised": False,
    "percent_marked": 80,
    "notes": "",
}


def _save_form(report, code, user, rows, **values):
    form = ReportForm.objects.get(report=report, code=code)
    return services.report_form_save(
        report=report,
        code=code,
        user=user,
        expected_version=form.version,
        values={"status": "changed", "last_reported_year": None, "narrative": ""}
        | values,
        rows=rows,
    )


def test_a_draft_has_every_form_and_the_calendar_year_as_period(draft):
    assert draft.status == ReportStatus.DRAFT
    assert draft.kind == ReportKind.ANNUAL
    assert (draft.period_start, draft.period_end) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
    )
    assert sorted(draft.forms.values_list("code", flat=True)) == list("ABCDEFGHIJ")


def test_a_year_not_yet_begun_or_before_entry_into_force_is_refused(angola, isu):
    with pytest.raises(ServiceError, match="has not begun"):
        services.report_start(
            state=angola, year=2027, user=isu, today=dt.date(2026, 3, 1)
        )
    with pytest.raises(ServiceError, match="entered into force"):
        services.report_start(state=angola, year=1999, user=isu)
    assert not Article7Report.objects.exists()


def test_a_form_saves_its_rows_and_a_stale_save_is_refused(draft, isu):
    form = ReportForm.objects.get(report=draft, code="C")
    _save_form(draft, "C", isu, {"areas": [AREA]}, narrative="Two provinces.")
    with pytest.raises(EditConflict):
        services.report_form_save(
            report=draft,
            code="C",
            user=isu,
            expected_version=form.version,
            values={"status": "changed", "last_reported_year": None, "narrative": "x"},
            rows={"areas": []},
        )
    assert HazardousArea.objects.get(report=draft).area_m2 == 1_000_000
    assert ReportForm.objects.get(report=draft, code="C").narrative == "Two provinces."


def test_a_submitted_version_is_locked_and_a_second_submission_changes_nothing(
    draft, isu
):
    services.report_submit(report=draft, user=isu)
    draft.refresh_from_db()
    stamped = draft.submitted_at
    assert draft.status == ReportStatus.SUBMITTED and stamped
    assert OutboxEmail.objects.filter(
        subject="Angola submitted its Article 7 report for 2025",
        to=["isu.author@example.org", "isu@example.org"],
    ).exists()
    with pytest.raises(ServiceError, match="submitted already"):
        services.report_submit(report=draft, user=isu)
    with pytest.raises(ServiceError, match="can no longer be changed"):
        _save_form(draft, "C", isu, {"areas": [AREA]})
    draft.refresh_from_db()
    assert draft.submitted_at == stamped
    assert not HazardousArea.objects.filter(report=draft).exists()


def test_a_correction_supersedes_the_submitted_version_which_stays_readable(
    published, isu
):
    _ = published
    correction = services.report_correct(report=published, user=isu)
    assert correction.number == 2 and correction.status == ReportStatus.DRAFT
    with pytest.raises(ServiceError, match="exists already"):
        services.report_correct(report=published, user=isu)
    services.report_submit(report=correction, user=isu)
    published.refresh_from_db()
    assert published.status == ReportStatus.SUPERSEDED
    assert published.published_at is not None  # still public


def test_next_year_starts_from_the_last_report(submitted, angola, isu):
    _ = submitted
    # Rows of 2025 added through a correction, then the 2026 draft.
    correction = services.report_correct(report=submitted, user=isu)
    _save_form(correction, "C", isu, {"areas": [AREA]})
    _save_form(
        correction,
        "G",
        isu,
        {"release": [{"year": 2025, "region": "", "cancelled_m2": 1, "reduced_m2": 2,
                      "cleared_m2": 3, "mines_destroyed": 4,
                      "other_devices_destroyed": 0}]},
    )  # fmt: skip
    services.report_submit(report=correction, user=isu)
    next_year = services.report_start(
        state=angola, year=2026, user=isu, today=dt.date(2026, 6, 1)
    )
    assert next_year.contact_organisation == submitted.contact_organisation
    assert HazardousArea.objects.get(report=next_year).region == "Moxico"
    assert not LandRelease.objects.filter(report=next_year).exists()
    c = ReportForm.objects.get(report=next_year, code="C")
    assert (c.status, c.last_reported_year) == (FormStatus.UNCHANGED, 2025)


def test_a_release_larger_than_what_remained_is_refused(submitted, angola, isu):
    correction = services.report_correct(report=submitted, user=isu)
    _save_form(correction, "C", isu, {"areas": [AREA]})
    services.report_submit(report=correction, user=isu)
    draft = services.report_start(
        state=angola, year=2026, user=isu, today=dt.date(2026, 6, 1)
    )
    row = {
        "year": 2026,
        "region": "",
        "cancelled_m2": 600_000,
        "reduced_m2": 300_000,
        "cleared_m2": 200_000,
        "mines_destroyed": 0,
        "other_devices_destroyed": 0,
    }
    with pytest.raises(ServiceError, match="larger than the area that remained"):
        _save_form(draft, "G", isu, {"release": [row]}, narrative="kept?")
    assert not LandRelease.objects.filter(report=draft).exists()
    assert ReportForm.objects.get(report=draft, code="G").narrative == ""


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name,content,accepted",
    [
        ("report.pdf", b"%PDF-1.7\n...", True),
        ("report.docx", None, True),
        ("report.pdf", b"MZ\x90\x00 not a pdf", False),
        ("report.docx", b"PK\x03\x04 but not word", False),
        ("report.exe", b"%PDF-1.7", False),
        ("report.pdf", b"", False),
    ],
)
def test_only_a_pdf_or_word_file_is_accepted_by_its_content(
    draft, isu, name, content, accepted
):
    upload = SimpleUploadedFile(name, _docx() if content is None else content)
    if accepted:
        services.report_file_attach(report=draft, user=isu, file=upload)
        draft.refresh_from_db()
        assert draft.channel == ReportChannel.UPLOAD and draft.file_name == name
    else:
        with pytest.raises(ServiceError):
            services.report_file_attach(report=draft, user=isu, file=upload)
        draft.refresh_from_db()
        assert not draft.file and draft.channel == ReportChannel.ONLINE


def test_the_isu_acknowledges_then_publishes_once(submitted, isu):
    services.report_step(report=submitted, user=isu, target="acknowledged")
    services.report_step(report=submitted, user=isu, target="published")
    submitted.refresh_from_db()
    assert submitted.status == ReportStatus.PUBLISHED and submitted.published_at
    with pytest.raises(ServiceError, match="nothing was changed"):
        services.report_step(report=submitted, user=isu, target="published")
