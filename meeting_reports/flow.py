"""Moving a report version along its state machine (models.REPORT_STEPS).

Every change of a version's status goes through `version_step`: one
conditional UPDATE whose WHERE clause is the step's allowed sources, so two
workers, or a worker and a person asking again, never both win. `step_allowed`
answers the same question without writing, for the rules and the pages.
"""

import datetime as dt

from django.utils import timezone

from .models import REPORT_STEPS, ReportStatus, ReportStep, ReportVersion

# A version left "rendering" longer than the task's hard time limit lost its
# worker; asking again may take it over.
REPORT_STALE_AFTER = dt.timedelta(minutes=10)


def _stale_before(now=None):
    return (now or timezone.now()) - REPORT_STALE_AFTER


def step_allowed(*, version: ReportVersion, step: str, now=None) -> bool:
    """May `step` be taken on `version` now?"""
    if version.status not in REPORT_STEPS[step].sources:
        return False
    if step == ReportStep.ASK_AGAIN and version.status == ReportStatus.RENDERING:
        return bool(version.started_at and version.started_at < _stale_before(now))
    return True


def version_step(*, version_id: int, step: str, model=ReportVersion, **values) -> bool:
    """Take `step` on the version (with the other `values` to write); False
    when its status no longer allows it (someone else moved it first).

    `model` is ReportVersion, or another app's version of a rendered document
    with the same fields (committee.DossierVersion): one state machine for both.
    """
    move = REPORT_STEPS[step]
    versions = model.objects.filter(pk=version_id, status__in=move.sources)
    if step == ReportStep.ASK_AGAIN:
        # From "rendering" only once its worker is presumed lost.
        versions = versions.exclude(
            status=ReportStatus.RENDERING, started_at__gte=_stale_before()
        ).exclude(status=ReportStatus.RENDERING, started_at__isnull=True)
    return bool(versions.update(status=move.target, **values))
