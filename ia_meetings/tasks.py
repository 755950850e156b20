"""Thin Celery wrappers around ia_meetings services."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval
from django.db import InterfaceError
from django.db import OperationalError as DatabaseOperationalError


@shared_task(
    autoretry_for=(OSError,),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=5,
    soft_time_limit=120,
)
def send_invitations(
    *, meeting_id: int, participant_ids: list[int], requested_at: str, base_url: str
):
    """E-mail each participant their invitation with a signed response link.

    SMTP hiccups (OSError) are retried with backoff; a retry skips those
    already invited since the request, so nobody gets two.
    """
    from .services import invitations_send

    return invitations_send(
        meeting_id=meeting_id,
        participant_ids=participant_ids,
        requested_at=requested_at,
        base_url=base_url,
    )


# --- Follow-up reports (issue 6) ----------------------------------------------

logger = logging.getLogger(__name__)

# Worth another try: storage or network hiccups, a database that went away.
REPORT_TRANSIENT_ERRORS = (OSError, DatabaseOperationalError, InterfaceError)
REPORT_SOFT_TIME_LIMIT = 240


@shared_task(
    bind=True,
    max_retries=3,
    soft_time_limit=REPORT_SOFT_TIME_LIMIT,
    time_limit=REPORT_SOFT_TIME_LIMIT + 60,
    acks_late=True,
)
def render_report(self, version_id: int):
    """Render report version `version_id` to PDF.

    Retries are handled here rather than with autoretry_for so that the last
    failure is written on the version (the page shows it) and, in eager mode,
    never surfaces as a server error in the request that asked for the report.
    """
    from .services import report_render, report_render_fail, report_render_retry

    try:
        version = report_render(version_id=version_id)
    except SoftTimeLimitExceeded:
        report_render_fail(
            version_id=version_id,
            error=f"Rendering took longer than {REPORT_SOFT_TIME_LIMIT} seconds "
            "and was stopped. Shorten the minutes or ask the ISU.",
        )
        return "failed"
    except REPORT_TRANSIENT_ERRORS as exc:
        attempt = self.request.retries + 1
        if self.request.retries >= self.max_retries:
            report_render_fail(
                version_id=version_id,
                error=f"Rendering failed {attempt} times ({exc}). "
                "Ask for the report again to retry.",
            )
            return "failed"
        countdown = get_exponential_backoff_interval(
            factor=10, retries=self.request.retries, maximum=300, full_jitter=True
        )
        report_render_retry(version_id=version_id, error=str(exc), countdown=countdown)
        retry = self.retry(exc=exc, countdown=countdown, throw=False)
        if self.request.is_eager:
            # Celery's apply() runs a returned Retry again at once; raised, it
            # would propagate out of the request that asked for the report.
            return retry
        raise retry from exc
    except Exception as exc:
        # A fault that another try would repeat: record it for the page and log.
        logger.exception("Report version %s failed", version_id)
        report_render_fail(
            version_id=version_id,
            error=f"Rendering failed ({type(exc).__name__}: {exc}). "
            "Ask again once the content is corrected, or ask the ISU.",
        )
        return "failed"
    return "skipped" if version is None else "ready"
