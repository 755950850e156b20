"""The Celery task that renders a report version (portal.documents' task body)."""

from celery import shared_task

from portal.documents import TASK_OPTIONS, document_task_run

from .models import ReportVersion


# The name it had in ia_meetings: messages queued before the move still run.
@shared_task(name="ia_meetings.tasks.render_report", **TASK_OPTIONS)
def render_report(self, version_id: int):
    """Render report version `version_id` to PDF."""
    return document_task_run(self, model=ReportVersion, version_id=version_id)
