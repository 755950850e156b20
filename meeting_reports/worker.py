"""What the rendering worker does to a version: render it, put it back in the
queue after a transient error, or record its failure; and tell the readers
when a version they may read is ready.

Celery's task (tasks.py) calls these; every change of status is a step of the
one state machine (models.REPORT_STEPS, through flow.version_step): only a
queued version is taken, a ready one is never marked failed. The file's name
derives from the content.
"""

import hashlib

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from country_pages.services import country_page_cache_drop
from portal.effects import on_commit
from portal.emails import email_link, email_send

from .document import report_html, report_language, report_pdf
from .flow import version_step
from .models import ReportAudience, ReportStep, ReportVersion, report_file_key
from .selectors import report_audience


def report_participants_notify(*, version: ReportVersion) -> int:
    """E-mail each participant (one message each) a link to the report, in
    their preferred language, or the report's when they have no account."""
    meeting = version.meeting
    emails = sorted(
        {e.lower() for e in meeting.participants.values_list("email", flat=True)}
    )
    context = {
        "meeting": meeting,
        "version": version,
        # Made while each e-mail renders, in its recipient's language.
        "link": email_link(
            lambda: (
                settings.PORTAL_BASE_URL
                + reverse("meeting_reports:detail", kwargs={"pk": meeting.pk})
            )
        ),
    }
    for email in emails:
        email_send(
            template="meeting_reports/emails/report_ready",
            context=context,
            to=[email],
            # Participants without an account read the report's language.
            language=report_language(version.snapshot),
        )
    return len(emails)


def report_render(*, version_id: int) -> ReportVersion | None:
    """Render one version to PDF (the task's work). Idempotent: a ready version,
    or one another worker is rendering, is left alone (returns None)."""
    now = timezone.now()
    claimed = version_step(
        version_id=version_id,
        step=ReportStep.CLAIM,
        started_at=now,
        attempts=F("attempts") + 1,
    )
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
        finished = version_step(
            version_id=version_id,
            step=ReportStep.FINISH,
            finished_at=timezone.now(),
            file=name,
            checksum=hashlib.sha256(pdf).hexdigest(),
            pages=pages,
            size=len(pdf),
            error="",
        )
        if not finished:
            # Taken over meanwhile (this worker was presumed lost): the new
            # rendering writes the same file and tells the readers.
            return None
        version.refresh_from_db()
        audience = report_audience(meeting=version.meeting)
        if audience in (ReportAudience.PARTICIPANTS, ReportAudience.PUBLIC):
            report_participants_notify(version=version)
        if audience == ReportAudience.PUBLIC:
            on_commit(country_page_cache_drop, state=version.meeting.state)
    return version


def report_render_retry(*, version_id: int, error: str, countdown: float) -> None:
    """A transient error: back to the queue, with what happened for the page."""
    version_step(
        version_id=version_id,
        step=ReportStep.RETRY,
        error=_("Attempt failed (%(error)s); trying again in %(seconds)s s.")
        % {"error": error, "seconds": f"{countdown:.0f}"},
    )


def report_render_fail(*, version_id: int, error: str) -> None:
    """A fault another try would repeat, the last try, or too long."""
    version_step(
        version_id=version_id,
        step=ReportStep.FAIL,
        finished_at=timezone.now(),
        error=error[:2000],
    )
