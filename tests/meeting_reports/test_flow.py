"""The one state machine of a report version: the worker and the services move
a version only along it, and what the rules and pages read agrees with it."""

import pytest
from django.core import mail
from django.utils import timezone

from meeting_reports import worker
from meeting_reports.flow import REPORT_STALE_AFTER, step_allowed, version_step
from meeting_reports.models import (
    PENDING_STATUSES,
    REPORT_STEPS,
    ReportAudience,
    ReportSharing,
    ReportStatus,
    ReportStep,
    ReportVersion,
)
from tests.ia_meetings.factories import MeetingFactory, ParticipantFactory
from tests.meeting_reports.factories import version_in

pytestmark = pytest.mark.django_db


def test_the_table_reads_as_the_page_explains_it():
    assert PENDING_STATUSES == {ReportStatus.QUEUED, ReportStatus.RENDERING}
    # Nothing leaves "ready"; a failure leaves only when someone asks again.
    leaving = {s for step in REPORT_STEPS.values() for s in step.sources}
    assert ReportStatus.READY not in leaving
    assert [
        step
        for step, move in REPORT_STEPS.items()
        if ReportStatus.FAILED in move.sources
    ] == [ReportStep.ASK_AGAIN]
    reached = {step.target for step in REPORT_STEPS.values()}
    assert reached | {ReportStatus.QUEUED} == set(ReportStatus.values)


@pytest.mark.parametrize("step", ReportStep.values)
@pytest.mark.parametrize("status", ReportStatus.values)
def test_a_step_moves_a_version_only_from_the_statuses_the_table_allows(step, status):
    version = version_in(status)
    allowed = step_allowed(version=version, step=step)

    # What the worker writes with a finished PDF (a ready version has a file).
    values = (
        {"file": "x.pdf", "checksum": "c" * 64, "finished_at": timezone.now()}
        if step == ReportStep.FINISH
        else {}
    )
    moved = version_step(version_id=version.pk, step=step, **values)

    version.refresh_from_db()
    assert moved == allowed
    expected = REPORT_STEPS[step].target if allowed else status
    assert version.status == expected
    if status == ReportStatus.RENDERING and step == ReportStep.ASK_AGAIN:
        assert not allowed  # its worker is still within its time limit


def test_asking_again_takes_over_a_version_whose_worker_was_lost():
    minutes = REPORT_STALE_AFTER.total_seconds() / 60 + 1
    lost = version_in(ReportStatus.RENDERING, started_minutes_ago=minutes)
    assert step_allowed(version=lost, step=ReportStep.ASK_AGAIN)
    assert version_step(version_id=lost.pk, step=ReportStep.ASK_AGAIN)
    lost.refresh_from_db()
    assert lost.status == ReportStatus.QUEUED


def test_a_ready_version_is_never_marked_failed():
    version = version_in(ReportStatus.READY)
    worker.report_render_fail(version_id=version.pk, error="late failure")
    version.refresh_from_db()
    assert (version.status, version.error) == (ReportStatus.READY, "")


def test_a_worker_presumed_lost_that_finishes_late_leaves_the_version_to_the_new_one(
    monkeypatch, django_capture_on_commit_callbacks
):
    """It neither marks the version ready under the new worker's feet nor
    e-mails the participants a second time."""
    meeting = MeetingFactory(status="held")
    ParticipantFactory(meeting=meeting, email="p@example.org")
    ReportSharing.objects.create(meeting=meeting, audience=ReportAudience.PARTICIPANTS)
    version = version_in(ReportStatus.QUEUED, meeting=meeting)

    def rendered_while_taken_over(*, html):
        # Someone asked again meanwhile; the version is queued for a new worker.
        ReportVersion.objects.filter(pk=version.pk).update(
            status=ReportStatus.QUEUED, started_at=None
        )
        return b"%PDF-1.4", 1

    monkeypatch.setattr(worker, "report_html", lambda **kwargs: "<html></html>")
    monkeypatch.setattr(worker, "report_pdf", rendered_while_taken_over)
    with django_capture_on_commit_callbacks(execute=True):
        assert worker.report_render(version_id=version.pk) is None

    version.refresh_from_db()
    assert version.status == ReportStatus.QUEUED
    assert mail.outbox == []
