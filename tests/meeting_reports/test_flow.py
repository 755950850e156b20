"""The one state machine of a report version: the worker and the services move
a version only along it, and what the rules and pages read agrees with it."""

import pytest
from django.core import mail
from django.utils import timezone

from meeting_reports import worker
from meeting_reports.models import ReportAudience, ReportSharing, ReportVersion
from portal import documents
from portal.documents import (
    DOCUMENT_STEPS,
    PENDING_STATUSES,
    STALE_AFTER,
    DocumentStep,
    step_allowed,
    version_step,
)
from portal.models import DocumentStatus
from tests.ia_meetings.factories import MeetingFactory, ParticipantFactory
from tests.meeting_reports.factories import version_in

pytestmark = pytest.mark.django_db


def test_the_table_reads_as_the_page_explains_it():
    assert PENDING_STATUSES == {DocumentStatus.QUEUED, DocumentStatus.RENDERING}
    # Nothing leaves "ready"; a failure leaves only when someone asks again.
    leaving = {s for step in DOCUMENT_STEPS.values() for s in step.sources}
    assert DocumentStatus.READY not in leaving
    assert [
        step
        for step, move in DOCUMENT_STEPS.items()
        if DocumentStatus.FAILED in move.sources
    ] == [DocumentStep.ASK_AGAIN]
    reached = {step.target for step in DOCUMENT_STEPS.values()}
    assert reached | {DocumentStatus.QUEUED} == set(DocumentStatus.values)


@pytest.mark.parametrize("step", DocumentStep.values)
@pytest.mark.parametrize("status", DocumentStatus.values)
def test_a_step_moves_a_version_only_from_the_statuses_the_table_allows(step, status):
    version = version_in(status)
    allowed = step_allowed(version=version, step=step)

    # What the worker writes with a finished PDF (a ready version has a file).
    values = (
        {"file": "x.pdf", "checksum": "c" * 64, "finished_at": timezone.now()}
        if step == DocumentStep.FINISH
        else {}
    )
    moved = version_step(
        model=ReportVersion, version_id=version.pk, step=step, **values
    )

    version.refresh_from_db()
    assert moved == allowed
    expected = DOCUMENT_STEPS[step].target if allowed else status
    assert version.status == expected
    if status == DocumentStatus.RENDERING and step == DocumentStep.ASK_AGAIN:
        assert not allowed  # its worker is still within its time limit


def test_asking_again_takes_over_a_version_whose_worker_was_lost():
    minutes = STALE_AFTER.total_seconds() / 60 + 1
    lost = version_in(DocumentStatus.RENDERING, started_minutes_ago=minutes)
    assert step_allowed(version=lost, step=DocumentStep.ASK_AGAIN)
    assert version_step(
        model=ReportVersion, version_id=lost.pk, step=DocumentStep.ASK_AGAIN
    )
    lost.refresh_from_db()
    assert lost.status == DocumentStatus.QUEUED


def test_a_ready_version_is_never_marked_failed():
    version = version_in(DocumentStatus.READY)
    documents.document_render_fail(
        model=ReportVersion, version_id=version.pk, error="late failure"
    )
    version.refresh_from_db()
    assert (version.status, version.error) == (DocumentStatus.READY, "")


def test_a_worker_presumed_lost_that_finishes_late_leaves_the_version_to_the_new_one(
    monkeypatch, django_capture_on_commit_callbacks
):
    """It neither marks the version ready under the new worker's feet nor
    e-mails the participants a second time."""
    meeting = MeetingFactory(status="held")
    ParticipantFactory(meeting=meeting, email="p@example.org")
    ReportSharing.objects.create(meeting=meeting, audience=ReportAudience.PARTICIPANTS)
    version = version_in(DocumentStatus.QUEUED, meeting=meeting)

    def rendered_while_taken_over(*, html):
        # Someone asked again meanwhile; the version is queued for a new worker.
        ReportVersion.objects.filter(pk=version.pk).update(
            status=DocumentStatus.QUEUED, started_at=None
        )
        return b"%PDF-1.4", 1

    monkeypatch.setattr(worker, "report_html", lambda **kwargs: "<html></html>")
    monkeypatch.setattr(documents, "pdf_render", rendered_while_taken_over)
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            documents.document_render(model=ReportVersion, version_id=version.pk)
            is None
        )

    version.refresh_from_db()
    assert version.status == DocumentStatus.QUEUED
    assert mail.outbox == []
