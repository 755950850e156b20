"""Thin Celery wrappers for portal-wide side effects."""

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command


@shared_task(
    autoretry_for=(OSError,),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=5,
    soft_time_limit=60,
)
def send_email(
    *, subject: str, body: str, to: list[str], reply_to: str = "", html_body: str = ""
):
    """Send one e-mail; SMTP hiccups (OSError) are retried with backoff."""
    message = EmailMultiAlternatives(
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
        body=body,
        to=to,
        reply_to=[reply_to] if reply_to else None,
    )
    if html_body:
        message.attach_alternative(html_body, "text/html")
    message.send()
    return len(to)


@shared_task(soft_time_limit=600)
def clear_expired_sessions():
    """Delete expired sessions (daily, from the beat service)."""
    call_command("clearsessions")
