"""Celery tasks of article7: thin wrappers around the services."""

from celery import shared_task

from portal.documents import TASK_OPTIONS, document_task_run

from .models import ReportPdf
from .reminders import reminders_send


@shared_task(name="article7.send_reminders", soft_time_limit=240, time_limit=300)
def send_reminders() -> int:
    """E-mail focal points about reports due soon or late (once per stage)."""
    return reminders_send()


@shared_task(name="article7.render_pdf", **TASK_OPTIONS)
def render_pdf(self, version_id: int):
    """Render the PDF version `version_id` of a submitted report."""
    return document_task_run(self, model=ReportPdf, version_id=version_id)
