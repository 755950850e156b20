"""Moving the reports out of ia_meetings moved Django's idea of the models, not
the rows: a database made before the move keeps every version, every sharing
decision, the audit trail about them and the permissions people were given."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from meeting_reports.models import ReportSharing, ReportVersion
from portal.models import AuditEntry
from tests.factories import IsuFactory
from tests.ia_meetings.factories import MeetingFactory

BEFORE_THE_MOVE = [("ia_meetings", "0002_report_versions")]


def migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    executor.loader.build_graph()
    return executor


@pytest.mark.django_db(transaction=True)
def test_a_database_from_before_the_move_keeps_its_reports(angola):
    isu = IsuFactory(email="isu@example.org")
    meeting = MeetingFactory(state=angola, status="held", title="Angola: launch")
    other = MeetingFactory(state=angola, status="held", title="Angola: follow-up")
    try:
        loader = migrate(BEFORE_THE_MOVE).loader
        # The models as the database has them now: the other apps' migrations
        # (e.g. portal's) stay applied.
        old = loader.project_state(list(loader.applied_migrations)).apps
        OldVersion = old.get_model("ia_meetings", "ReportVersion")
        OldSharing = old.get_model("ia_meetings", "ReportSharing")
        OldContentType = old.get_model("contenttypes", "ContentType")
        OldAuditEntry = old.get_model("portal", "AuditEntry")
        OldPermission = old.get_model("auth", "Permission")

        finished = timezone.now()
        ready = OldVersion.objects.create(
            meeting_id=meeting.pk,
            number=1,
            status="ready",
            requested_by_id=isu.pk,
            snapshot={"state": {"iso3": "AGO"}},
            content_hash="a" * 64,
            file="ia_meetings/reports/1/a.pdf",
            checksum="c" * 64,
            pages=7,
            size=12345,
            finished_at=finished,
            attempts=1,
        )
        OldVersion.objects.create(
            meeting_id=meeting.pk,
            number=2,
            status="failed",
            snapshot={},
            content_hash="b" * 64,
            error="Rendering failed (disk full).",
            attempts=4,
        )
        OldVersion.objects.create(
            meeting_id=other.pk,
            number=1,
            status="queued",
            snapshot={},
            content_hash="d" * 64,
            enqueue_failed_at=finished,
        )
        OldSharing.objects.create(
            meeting_id=meeting.pk, audience="public", decided_by_id=isu.pk
        )
        version_type = OldContentType.objects.get(
            app_label="ia_meetings", model="reportversion"
        )
        OldAuditEntry.objects.create(
            actor_id=isu.pk,
            action="report.request",
            summary="Angola: report v1",
            content_type_id=version_type.pk,
            object_id=str(ready.pk),
        )
        isu.user_permissions.add(
            OldPermission.objects.get(
                content_type_id=version_type.pk, codename="view_reportversion"
            ).pk
        )
    finally:
        migrate()
    ContentType.objects.clear_cache()

    versions = ReportVersion.objects.order_by("meeting__title", "number")
    assert [(v.meeting.title, v.number, v.status) for v in versions] == [
        ("Angola: follow-up", 1, "queued"),
        ("Angola: launch", 1, "ready"),
        ("Angola: launch", 2, "failed"),
    ]
    moved = versions.get(meeting=meeting, number=1)
    assert (moved.pages, moved.size, moved.checksum, moved.requested_by) == (
        7,
        12345,
        "c" * 64,
        isu,
    )
    assert moved.finished_at == finished
    assert moved.file.name == "ia_meetings/reports/1/a.pdf"
    assert moved.get_absolute_url() == f"/meetings/{meeting.pk}/report/1.pdf"
    assert versions.get(number=2).error == "Rendering failed (disk full)."
    assert versions.get(meeting=other).is_waiting_for_broker
    assert ReportSharing.objects.get(meeting=meeting).audience == "public"
    assert meeting.report_versions.count() == 2

    # The audit trail and the permissions follow the content type.
    assert AuditEntry.objects.get(action="report.request").target == moved
    assert not ContentType.objects.filter(
        app_label="ia_meetings", model__in=["reportversion", "reportsharing"]
    ).exists()
    assert Permission.objects.filter(
        user=isu,
        content_type__app_label="meeting_reports",
        codename="view_reportversion",
    ).exists()


@pytest.mark.django_db(transaction=True)
def test_going_back_before_the_move_gives_the_content_types_back(angola):
    try:
        migrate(BEFORE_THE_MOVE)
        back = set(
            ContentType.objects.filter(
                model__in=["reportversion", "reportsharing"]
            ).values_list("app_label", flat=True)
        )
    finally:
        migrate()
    ContentType.objects.clear_cache()
    assert back == {"ia_meetings"}
    assert set(
        ContentType.objects.filter(
            model__in=["reportversion", "reportsharing"]
        ).values_list("app_label", flat=True)
    ) == {"meeting_reports"}
