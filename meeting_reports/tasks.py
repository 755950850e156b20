"""The Celery task that renders a report version, and its guarded enqueue."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval
from django.db import InterfaceError
from django.db import OperationalError as DatabaseOperationalError
from django.utils import timezone
from django.utils.translation import gettext as _
from kombu.exceptions import OperationalError as BrokerOperationalError

from .models import ReportVersion
from .worker import report_render, report_render_fail, report_render_retry

logger = logging.getLogger(__name__)

# Worth another try: storage or network hiccups, a database that went away.
REPORT_TRANSIENT_ERRORS = (OSError, DatabaseOperationalError, InterfaceError)
REPORT_SOFT_TIME_LIMIT = 240
# The broker could not take the message: the version waits, nothing is lost.
BROKER_ERRORS = (BrokerOperationalError, ConnectionError, TimeoutError)


@shared_task(
    # The name it had in ia_meetings: messages queued before the move still run.
    name="ia_meetings.tasks.render_report",
    bind=True,
    # The version row holds the outcome; no result backend is consulted, so
    # asking for a report never waits on (or fails with) Redis's result store.
    ignore_result=True,
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
    try:
        version = report_render(version_id=version_id)
    except SoftTimeLimitExceeded:
        report_render_fail(
            version_id=version_id,
            error=_(
                "Rendering took longer than %(seconds)s seconds and was stopped. "
                "Shorten the minutes or ask the ISU."
            )
            % {"seconds": REPORT_SOFT_TIME_LIMIT},
        )
        return "failed"
    except REPORT_TRANSIENT_ERRORS as exc:
        attempt = self.request.retries + 1
        if self.request.retries >= self.max_retries:
            report_render_fail(
                version_id=version_id,
                error=_(
                    "Rendering failed %(attempts)s times (%(error)s). "
                    "Ask for the report again to retry."
                )
                % {"attempts": attempt, "error": exc},
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
            error=_(
                "Rendering failed (%(error)s). "
                "Ask again once the content is corrected, or ask the ISU."
            )
            % {"error": f"{type(exc).__name__}: {exc}"},
        )
        return "failed"
    return "skipped" if version is None else "ready"


@shared_task(name="meeting_reports.report_sweep", soft_time_limit=120)
def report_sweep():
    """Every minute (Celery beat): hand the workers the versions that wait for
    one (services.report_requeue_waiting)."""
    from .services import report_requeue_waiting  # services import this module

    handed, waiting = report_requeue_waiting()
    return f"{handed} of {waiting}"


def report_enqueue(*, version_id: int) -> bool:
    """Hand a version to the workers; False (and the version stays queued, with
    enqueue_failed_at set) when the broker cannot be reached.

    Services run it on commit. Celery's delay_on_commit would raise the broker's
    error from the commit itself, after the request was saved; here the request
    is kept and the page offers to ask again.
    """
    versions = ReportVersion.objects.filter(pk=version_id)
    versions.update(enqueued_at=timezone.now(), enqueue_failed_at=None)
    try:
        render_report.delay(version_id)
    except BROKER_ERRORS as exc:
        logger.warning(
            "Report %s not enqueued: broker unreachable (%s)", version_id, exc
        )
        versions.update(enqueued_at=None, enqueue_failed_at=timezone.now())
        return False
    return True
