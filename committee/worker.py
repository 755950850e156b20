"""What the rendering worker does to a dossier version: render it, put it
back in the queue after a transient error, or record its failure. Every
change of status is a step of the meeting reports' state machine
(meeting_reports.flow.version_step with model=DossierVersion)."""

import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from meeting_reports.document import report_pdf
from meeting_reports.flow import version_step
from meeting_reports.models import ReportStep

from .dossier import dossier_html
from .models import DossierVersion, dossier_file_key


def dossier_render(*, version_id: int) -> DossierVersion | None:
    """Render one version to PDF. Idempotent: a ready version, or one another
    worker is rendering, is left alone (returns None)."""
    now = timezone.now()
    claimed = version_step(
        model=DossierVersion,
        version_id=version_id,
        step=ReportStep.CLAIM,
        started_at=now,
        attempts=F("attempts") + 1,
    )
    if not claimed:
        return None
    version = DossierVersion.objects.select_related("state").get(pk=version_id)
    html = dossier_html(snapshot=version.snapshot, number=version.number, made_at=now)
    pdf, pages = report_pdf(html=html)
    key = dossier_file_key(iso3=version.state.iso3, content_hash=version.content_hash)
    if default_storage.exists(key):
        default_storage.delete(key)
    name = default_storage.save(key, ContentFile(pdf))
    finished = version_step(
        model=DossierVersion,
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
        return None
    version.refresh_from_db()
    return version


def dossier_render_retry(*, version_id: int, error: str, countdown: float) -> None:
    version_step(
        model=DossierVersion,
        version_id=version_id,
        step=ReportStep.RETRY,
        error=_("Attempt failed (%(error)s); trying again in %(seconds)s s.")
        % {"error": error, "seconds": f"{countdown:.0f}"},
    )


def dossier_render_fail(*, version_id: int, error: str) -> None:
    version_step(
        model=DossierVersion,
        version_id=version_id,
        step=ReportStep.FAIL,
        finished_at=timezone.now(),
        error=error[:2000],
    )
