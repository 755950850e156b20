"""Every write to meeting reports: asking for a version, deciding the sharing,
handing waiting versions to the workers again.

Permission checks happen in the views (meeting_reports/rules.py); these keep
the rules of the domain: a report of a held meeting only, one version per
distinct content, participants told once the reports are opened to them.
"""

from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from country_pages.services import country_page_cache_drop
from ia_meetings.models import Meeting, MeetingStatus
from portal.effects import on_commit
from portal.services import ServiceError, audit_record

from .document import report_content_hash, report_snapshot
from .flow import REPORT_STALE_AFTER, version_step
from .models import (
    ReportAudience,
    ReportSharing,
    ReportStatus,
    ReportStep,
    ReportVersion,
)
from .selectors import report_audience
from .tasks import report_enqueue
from .worker import report_participants_notify


@transaction.atomic
def report_request(*, meeting: Meeting, user, language: str = "") -> ReportVersion:
    """Ask for the report of a held meeting as it stands now, written in
    `language` (else the active one): each language is a version of its own.

    The same content never makes a second version: the existing one is returned
    (and handed to the workers again if the state machine allows asking again:
    still waiting, failed, or its worker lost).
    Otherwise a new numbered version is queued and rendered after commit.
    """
    meeting = (
        Meeting.objects.select_for_update().select_related("state").get(pk=meeting.pk)
    )
    if meeting.status != MeetingStatus.HELD:
        raise ServiceError(_("A report can be made once the meeting has been held."))
    with translation.override(language or translation.get_language()):
        snapshot = report_snapshot(meeting=meeting)
    content_hash = report_content_hash(snapshot)
    version = ReportVersion.objects.filter(
        meeting=meeting, content_hash=content_hash
    ).first()
    if version is not None:
        asked_again = version_step(
            version_id=version.pk,
            step=ReportStep.ASK_AGAIN,
            enqueued_at=None,
            started_at=None,
            finished_at=None,
            error="",
        )
        if asked_again:
            version.refresh_from_db()
            on_commit(report_enqueue, version_id=version.pk)
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
    on_commit(report_enqueue, version_id=version.pk)
    return version


@transaction.atomic
def report_share(*, meeting: Meeting, user, audience: str) -> ReportSharing:
    """The State (or the ISU for it) decides who may read the meeting's reports.

    Widening to participants e-mails them the latest ready version; making it
    public (or no longer public) refreshes the country page.
    """
    if audience not in ReportAudience.values:
        raise ServiceError(_("Choose who the report is shared with."))
    before = report_audience(meeting=meeting)
    sharing, _created = ReportSharing.objects.update_or_create(
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
        on_commit(country_page_cache_drop, state=meeting.state)
    opened = {ReportAudience.PARTICIPANTS, ReportAudience.PUBLIC}
    if audience in opened and before not in opened:
        latest = (
            meeting.report_versions.filter(status=ReportStatus.READY)
            .order_by("-number")
            .first()
        )
        if latest is not None:
            report_participants_notify(version=latest)
    return sharing


def report_requeue_waiting() -> tuple[int, int]:
    """Hand the workers every version that waits for one; (handed, waiting).

    Run every minute by Celery beat (`meeting_reports.report_sweep`) and by
    `manage.py report_requeue`. A version waits when the broker could not take
    it (enqueue_failed_at), when its message was lost (queued for longer than
    REPORT_STALE_AFTER), or when the worker rendering it died (rendering for
    longer than that: it is taken over, as the same version, once). Rendering
    is idempotent (the worker claims the version first), so handing a version
    twice never makes two versions or two files.
    """
    stale = timezone.now() - REPORT_STALE_AFTER
    for pk in ReportVersion.objects.filter(
        status=ReportStatus.RENDERING, started_at__lt=stale
    ).values_list("pk", flat=True):
        version_step(
            version_id=pk,
            step=ReportStep.ASK_AGAIN,
            error=_("The worker rendering this version stopped; it is taken over."),
        )
    waiting = list(
        ReportVersion.objects.filter(status=ReportStatus.QUEUED)
        .filter(
            Q(enqueue_failed_at__isnull=False)
            | Q(enqueued_at__isnull=True)
            | Q(enqueued_at__lt=stale)
        )
        .values_list("pk", flat=True)
    )
    handed = sum(report_enqueue(version_id=pk) for pk in waiting)
    return handed, len(waiting)
