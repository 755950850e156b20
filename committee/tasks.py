"""The Celery task that renders a dossier version, and its guarded enqueue:
the meeting reports' task (meeting_reports.tasks) for another document, with
its limits, retries and broker errors."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval
from django.utils import timezone
from django.utils.translation import gettext as _

from meeting_reports.tasks import (
    BROKER_ERRORS,
    REPORT_SOFT_TIME_LIMIT,
    REPORT_TRANSIENT_ERRORS,
)

from .models import DossierVersion
from .worker import dossier_render, dossier_render_fail, dossier_render_retry

logger = logging.getLogger(__name__)


@shared_task(
    bind=True,
    max_retries=3,
    soft_time_limit=REPORT_SOFT_TIME_LIMIT,
    time_limit=REPORT_SOFT_TIME_LIMIT + 60,
    acks_late=True,
)
def render_dossier(self, version_id: int):
    """Render dossier version `version_id` to PDF; the last failure is written
    on the version, for the page to show."""
    try:
        version = dossier_render(version_id=version_id)
    except SoftTimeLimitExceeded:
        dossier_render_fail(
            version_id=version_id,
            error=_("Rendering took longer than %(seconds)s seconds and was stopped.")
            % {"seconds": REPORT_SOFT_TIME_LIMIT},
        )
        return "failed"
    except REPORT_TRANSIENT_ERRORS as exc:
        if self.request.retries >= self.max_retries:
            dossier_render_fail(
                version_id=version_id,
                error=_(
                    "Rendering failed %(attempts)s times (%(error)s). "
                    "Ask for the dossier again to retry."
                )
                % {"attempts": self.request.retries + 1, "error": exc},
            )
            return "failed"
        countdown = get_exponential_backoff_interval(
            factor=10, retries=self.request.retries, maximum=300, full_jitter=True
        )
        dossier_render_retry(version_id=version_id, error=str(exc), countdown=countdown)
        retry = self.retry(exc=exc, countdown=countdown, throw=False)
        if self.request.is_eager:
            return retry
        raise retry from exc
    except Exception as exc:
        logger.exception("Dossier version %s failed", version_id)
        dossier_render_fail(
            version_id=version_id,
            error=_("Rendering failed (%(error)s). Ask the ISU.")
            % {"error": f"{type(exc).__name__}: {exc}"},
        )
        return "failed"
    return "skipped" if version is None else "ready"


def dossier_enqueue(*, version_id: int) -> bool:
    """Hand a version to the workers; False (the version stays queued, with
    enqueue_failed_at set) when the broker cannot be reached."""
    versions = DossierVersion.objects.filter(pk=version_id)
    versions.update(enqueued_at=timezone.now(), enqueue_failed_at=None)
    try:
        render_dossier.delay(version_id)
    except BROKER_ERRORS as exc:
        logger.warning(
            "Dossier %s not enqueued: broker unreachable (%s)", version_id, exc
        )
        versions.update(enqueued_at=None, enqueue_failed_at=timezone.now())
        return False
    return True
