"""Thin Celery wrappers around ia_meetings services."""

from celery import shared_task

from .services.invitations import invitations_send
from .services.reminders import reminders_send


@shared_task(
    autoretry_for=(OSError,),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=5,
    soft_time_limit=120,
)
def send_invitations(
    *, meeting_id: int, participant_ids: list[int], requested_at: str, base_url: str
):
    """E-mail each participant their invitation with a signed response link.

    Each message is handed to portal's send_email task, which retries SMTP
    hiccups; a retry of this task skips those already invited since the
    request, so nobody gets two.
    """
    return invitations_send(
        meeting_id=meeting_id,
        participant_ids=participant_ids,
        requested_at=requested_at,
        base_url=base_url,
    )


@shared_task(name="ia_meetings.send_reminders", soft_time_limit=600, time_limit=660)
def send_reminders() -> dict:
    """Every reminder due now (hourly from beat); each goes out once."""
    counts = reminders_send()
    return {
        "meeting": counts.meeting,
        "section_ii": counts.section_ii,
        "action_point": counts.action_point,
    }
