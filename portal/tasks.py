"""The portal's Celery tasks, for the worker's autodiscovery.

They live beside the services they wrap (portal.emails).
"""

from celery import shared_task
from django.core.management import call_command

from .emails import deliver_email, outbox_sweep_task

__all__ = [
    "clear_expired_sessions",
    "deliver_email",
    "documents_sweep",
    "outbox_sweep_task",
]


@shared_task(name="portal.documents_sweep", soft_time_limit=120)
def documents_sweep():
    """Every minute (beat): hand the workers the document versions that the
    broker could not take when they were asked for."""
    from .documents import documents_requeue_waiting

    handed, waiting = documents_requeue_waiting()
    return f"{handed} of {waiting}"


@shared_task(soft_time_limit=600)
def clear_expired_sessions():
    """Delete expired sessions (daily, from the beat service)."""
    call_command("clearsessions")
