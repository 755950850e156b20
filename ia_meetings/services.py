"""Every write to IA meetings."""

# --- Follow-up reports (issue 6) ----------------------------------------------

import hashlib
import logging
from functools import partial

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.urls import reverse
from django.utils import timezone

from country_pages.services import country_page_cache_drop
from portal.services import ServiceError, audit_record, email_enqueue

from .models import (
    Meeting,
    MeetingStatus,
    ReportAudience,
    ReportSharing,
    ReportStatus,
    ReportVersion,
    report_file_key,
)
from .reports import report_content_hash, report_html, report_pdf, report_snapshot

logger = logging.getLogger(__name__)

# A version left "rendering" longer than the task's hard time limit lost its
# worker; a new request may take it over.
REPORT_STALE_AFTER = timezone.timedelta(minutes=10)


def report_audience(*, meeting: Meeting) -> str:
    try:
        return meeting.report_sharing.audience
    except ReportSharing.DoesNotExist:
        return ReportAudience.COMMITTEE


def _broker_errors() -> tuple[type[BaseException], ...]:
    from kombu.exceptions import OperationalError as KombuOperationalError

    return (KombuOperationalError, ConnectionError, TimeoutError)


def report_enqueue(*, version_id: int) -> bool:
    """Hand a version to the workers; False (and the version stays queued, with
    no enqueued_at) when the broker cannot be reached.

    Runs on commit. Celery's delay_on_commit would raise the broker's error from
    the commit itself, after the request was saved; here the request is kept and
    the page offers to ask again.
    """
    from .tasks import render_report

    try:
        render_report.delay(version_id)
    except _broker_errors() as exc:
        logger.warning(
            "Report %s not enqueued: broker unreachable (%s)", version_id, exc
        )
        return False
    ReportVersion.objects.filter(pk=version_id, enqueued_at__isnull=True).update(
        enqueued_at=timezone.now()
    )
    return True


def _may_restart(version: ReportVersion) -> bool:
    if version.status in (ReportStatus.QUEUED, ReportStatus.FAILED):
        return True
    return bool(
        version.status == ReportStatus.RENDERING
        and version.started_at
        and version.started_at < timezone.now() - REPORT_STALE_AFTER
    )


@transaction.atomic
def report_request(*, meeting: Meeting, user) -> ReportVersion:
    """Ask for the report of a held meeting as it stands now.

    The same content never makes a second version: the existing one is returned
    (and handed to the workers again if it is still waiting or failed).
    Otherwise a new numbered version is queued and rendered after commit.
    """
    meeting = (
        Meeting.objects.select_for_update().select_related("state").get(pk=meeting.pk)
    )
    if meeting.status != MeetingStatus.HELD:
        raise ServiceError("A report can be made once the meeting has been held.")
    snapshot = report_snapshot(meeting=meeting)
    content_hash = report_content_hash(snapshot)
    version = ReportVersion.objects.filter(
        meeting=meeting, content_hash=content_hash
    ).first()
    if version is not None:
        if _may_restart(version):
            ReportVersion.objects.filter(pk=version.pk).update(
                status=ReportStatus.QUEUED, enqueued_at=None
            )
            version.refresh_from_db()
            transaction.on_commit(partial(report_enqueue, version_id=version.pk))
        return version
    number = (meeting.report_versions.aggregate(last=Max("number"))["last"] or 0) + 1
    try:
        with transaction.atomic():
            version = ReportVersion.objects.create(
                meeting=meeting,
                number=number,
                snapshot=snapshot,
                content_hash=content_hash,
                requested_by=user,
            )
    except IntegrityError:
        # Someone asked for the same content a moment earlier.
        return ReportVersion.objects.get(meeting=meeting, content_hash=content_hash)
    audit_record(
        actor=user,
        action="report.request",
        summary=f"{meeting.state.name}: report v{number} of “{meeting.title}”",
        target=version,
    )
    transaction.on_commit(partial(report_enqueue, version_id=version.pk))
    return version


@transaction.atomic
def report_share(*, meeting: Meeting, user, audience: str) -> ReportSharing:
    """The State (or the ISU for it) decides who may read the meeting's reports.

    Widening to participants e-mails them the latest ready version; making it
    public (or no longer public) refreshes the country page.
    """
    if audience not in ReportAudience.values:
        raise ServiceError("Choose who the report is shared with.")
    before = report_audience(meeting=meeting)
    sharing, _ = ReportSharing.objects.update_or_create(
        meeting=meeting,
        defaults={
            "audience": audience,
            "decided_by": user,
            "decided_at": timezone.now(),
        },
    )
    meeting.report_sharing = sharing
    audit_record(
        actor=user,
        action="report.share",
        summary=f"{meeting.state.name}: reports of “{meeting.title}” shared with "
        f"{sharing.get_audience_display().lower()}",
        target=meeting,
        data={"from": before, "to": audience},
    )
    if ReportAudience.PUBLIC in (before, audience) and before != audience:
        transaction.on_commit(partial(country_page_cache_drop, state=meeting.state))
    opened = {ReportAudience.PARTICIPANTS, ReportAudience.PUBLIC}
    if audience in opened and before not in opened:
        latest = (
            meeting.report_versions.filter(status=ReportStatus.READY)
            .order_by("-number")
            .first()
        )
        if latest is not None:
            _report_notify_participants(version=latest)
    return sharing


def _report_notify_participants(*, version: ReportVersion) -> int:
    """E-mail each participant (one message each) a link to the PDF."""
    from django.conf import settings

    meeting = version.meeting
    emails = sorted(
        {e.lower() for e in meeting.participants.values_list("email", flat=True)}
    )
    link = reverse("ia_meetings:report", kwargs={"pk": meeting.pk})
    base = settings.PORTAL_BASE_URL
    body = (
        f"The report of “{meeting.title}” ({meeting.state.name}) is ready: "
        f"version {version.number}, {version.pages} pages.\n\n"
        f"Read it at {base}{link} (sign in with this e-mail address).\n"
    )
    for email in emails:
        email_enqueue(
            subject=f"Report of the meeting: {meeting.title}", body=body, to=[email]
        )
    return len(emails)


def report_render(*, version_id: int) -> ReportVersion | None:
    """Render one version to PDF (the task's work). Idempotent: a ready version,
    or one another worker is rendering, is left alone (returns None)."""
    now = timezone.now()
    claimed = ReportVersion.objects.filter(
        pk=version_id, status=ReportStatus.QUEUED
    ).update(status=ReportStatus.RENDERING, started_at=now, attempts=F("attempts") + 1)
    if not claimed:
        return None
    version = ReportVersion.objects.select_related("meeting__state").get(pk=version_id)
    html = report_html(snapshot=version.snapshot, number=version.number, made_at=now)
    pdf, pages = report_pdf(html=html)
    key = report_file_key(
        meeting_id=version.meeting_id, content_hash=version.content_hash
    )
    if default_storage.exists(key):
        default_storage.delete(key)
    name = default_storage.save(key, ContentFile(pdf))
    with transaction.atomic():
        ReportVersion.objects.filter(pk=version_id).update(
            status=ReportStatus.READY,
            finished_at=timezone.now(),
            file=name,
            checksum=hashlib.sha256(pdf).hexdigest(),
            pages=pages,
            size=len(pdf),
            error="",
        )
        version.refresh_from_db()
        audience = report_audience(meeting=version.meeting)
        if audience in (ReportAudience.PARTICIPANTS, ReportAudience.PUBLIC):
            _report_notify_participants(version=version)
        if audience == ReportAudience.PUBLIC:
            transaction.on_commit(
                partial(country_page_cache_drop, state=version.meeting.state)
            )
    return version


def report_render_retry(*, version_id: int, error: str, countdown: float) -> None:
    """A transient error: back to the queue, with what happened for the page."""
    ReportVersion.objects.filter(pk=version_id, status=ReportStatus.RENDERING).update(
        status=ReportStatus.QUEUED,
        error=f"Attempt failed ({error}); trying again in {countdown:.0f} s.",
    )


def report_render_fail(*, version_id: int, error: str) -> None:
    ReportVersion.objects.filter(pk=version_id).exclude(
        status=ReportStatus.READY
    ).update(status=ReportStatus.FAILED, finished_at=timezone.now(), error=error[:2000])
