"""Issue 16, class 4, for the committee's dossiers: a dossier asked for is
never lost nor rendered twice. Celery beat runs `committee.dossier_sweep`
every minute, as `meeting_reports.report_sweep` does for meeting reports:
versions the broker never took, whose message was lost or whose worker died
in the middle of rendering are handed to the workers again, as the same
version."""

import datetime as dt

import pytest
from django.utils import timezone

from committee import services, tasks
from committee.models import DossierVersion
from meeting_reports.models import ReportStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting(chair, angola, django_capture_on_commit_callbacks):
    """Angola's dossier asked for, its hand-over to the workers not yet run."""
    with django_capture_on_commit_callbacks(execute=False):
        return services.dossier_request(state=angola, user=chair, language="en")


def test_a_dossier_whose_worker_died_is_taken_over_once(waiting):
    ago = timezone.now() - dt.timedelta(minutes=15)
    DossierVersion.objects.filter(pk=waiting.pk).update(
        status=ReportStatus.RENDERING, started_at=ago, enqueued_at=ago, attempts=1
    )
    assert tasks.dossier_sweep() == "1 of 1"
    version = DossierVersion.objects.get()
    assert version.pk == waiting.pk
    assert version.status == ReportStatus.READY, version.error
    assert version.attempts == 2 and version.file and version.pages
    assert tasks.dossier_sweep() == "0 of 0"


def test_a_dossier_the_broker_never_took_is_handed_over(waiting):
    DossierVersion.objects.filter(pk=waiting.pk).update(
        enqueued_at=None, enqueue_failed_at=timezone.now()
    )
    assert tasks.dossier_sweep() == "1 of 1"
    version = DossierVersion.objects.get()
    assert version.status == ReportStatus.READY, version.error
    assert version.attempts == 1


def test_a_dossier_being_rendered_or_just_enqueued_is_left_alone(waiting):
    now = timezone.now()
    DossierVersion.objects.filter(pk=waiting.pk).update(enqueued_at=now)
    assert tasks.dossier_sweep() == "0 of 0"
    DossierVersion.objects.filter(pk=waiting.pk).update(
        status=ReportStatus.RENDERING, started_at=now
    )
    assert tasks.dossier_sweep() == "0 of 0"
    assert DossierVersion.objects.get().status == ReportStatus.RENDERING


def test_the_sweep_runs_every_minute(settings):
    assert settings.CELERY_BEAT_SCHEDULE["dossier-sweep"] == {
        "task": "committee.dossier_sweep",
        "schedule": 60.0,
    }
