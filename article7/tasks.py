"""Celery tasks of article7: thin wrappers around the services."""

from celery import shared_task

from .reminders import reminders_send


@shared_task(name="article7.send_reminders", soft_time_limit=240, time_limit=300)
def send_reminders() -> int:
    """E-mail focal points about reports due soon or late (once per stage)."""
    return reminders_send()
