"""Issue 16, class 4: a report asked for is never lost nor made twice.

Celery beat runs `meeting_reports.report_sweep` every minute: versions that
could not reach the broker, whose message was lost, or whose worker died in
the middle of rendering are handed to the workers again, as the same version.
"""

import datetime as dt

import pytest
from django.utils import timezone

from meeting_reports import document, tasks
from meeting_reports.models import ReportStatus, ReportVersion
from tests.meeting_reports.factories import held_meeting


@pytest.fixture
def meeting(angola):
    return held_meeting(state=angola, participants=2)


def version(meeting, **fields):
    snapshot = document.report_snapshot(meeting=meeting)
    return ReportVersion.objects.create(
        meeting=meeting,
        number=1,
        snapshot=snapshot,
        content_hash=document.report_content_hash(snapshot),
        **fields,
    )


def test_a_version_whose_worker_died_is_taken_over_once(meeting):
    """The worker was killed mid-render 15 minutes ago: the sweep renders the
    same version (no second version, one file) and says what happened."""
    ago = timezone.now() - dt.timedelta(minutes=15)
    lost = version(
        meeting, status=ReportStatus.RENDERING, started_at=ago, enqueued_at=ago
    )
    assert tasks.report_sweep() == "1 of 1"
    lost.refresh_from_db()
    assert lost.status == ReportStatus.READY
    assert lost.attempts == 1 and lost.file and lost.pages
    assert ReportVersion.objects.filter(meeting=meeting).count() == 1
    assert tasks.report_sweep() == "0 of 0"


def test_versions_whose_message_was_lost_or_never_sent_are_handed_over(meeting):
    ago = timezone.now() - dt.timedelta(minutes=15)
    lost = version(meeting, enqueued_at=ago)
    assert tasks.report_sweep() == "1 of 1"
    lost.refresh_from_db()
    assert lost.status == ReportStatus.READY


def test_a_version_being_rendered_or_just_enqueued_is_left_alone(meeting):
    now = timezone.now()
    rendering = version(meeting, status=ReportStatus.RENDERING, started_at=now)
    assert tasks.report_sweep() == "0 of 0"
    rendering.refresh_from_db()
    assert rendering.status == ReportStatus.RENDERING
