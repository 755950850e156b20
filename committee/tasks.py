"""The Celery task that renders a dossier version (portal.documents' task body)."""

from celery import shared_task

from portal.documents import TASK_OPTIONS, document_task_run

from .models import DossierVersion


@shared_task(**TASK_OPTIONS)
def render_dossier(self, version_id: int):
    """Render dossier version `version_id` to PDF."""
    return document_task_run(self, model=DossierVersion, version_id=version_id)
