"""The portal's Celery tasks, for the worker's autodiscovery.

They live beside the services they wrap (portal.emails).
"""

from .emails import deliver_email, outbox_sweep_task

__all__ = ["deliver_email", "outbox_sweep_task"]
