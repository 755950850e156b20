"""E-mails are templates: services pass context, never build text.

Each message is three files under `templates/<app>/emails/`:
`<name>_subject.txt` (one line), `<name>_body.txt` and, where a layout helps,
`<name>_body.html`. Each recipient's copy is rendered in their language: their
account's preferred language, else the language the caller names, else the
active one. It is written to the outbox in the same transaction as the change
it tells about, and sent by a worker once it commits (portal.models.OutboxEmail).
This is the one place an e-mail's language is decided: callers pass addresses,
never languages looked up themselves.

A link to a page must follow the recipient's language (`/fr/…`): pass it as
`email_link(lambda: base + reverse(…))`, made while each copy renders.
"""

import logging
import smtplib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models.functions import Lower
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.functional import lazy

from .effects import on_commit
from .models import OutboxEmail, User

log = logging.getLogger(__name__)

# After this many failed tries an e-mail stays in the outbox, marked failed,
# for the ISU to see (about a day of backoff).
OUTBOX_MAX_ATTEMPTS = 10


def one_line(text: str) -> str:
    """A header value on one line: line breaks typed into a title cannot
    break (or inject into) an e-mail's headers."""
    return " ".join(str(text).split())


def email_render(*, template: str, context: dict) -> tuple[str, str, str]:
    """Subject (on one line), plain-text body and HTML body ("" if none)."""
    subject = one_line(render_to_string(f"{template}_subject.txt", context))
    body = render_to_string(f"{template}_body.txt", context).strip() + "\n"
    try:
        html_body = render_to_string(f"{template}_body.html", context)
    except TemplateDoesNotExist:
        html_body = ""
    return subject, body, html_body


@dataclass(frozen=True)
class Attachment:
    """A text file sent with an e-mail, e.g. an iCalendar entry."""

    filename: str
    content: str
    mimetype: str = "text/plain"


def email_link(make: Callable[[], str]):
    """A link for an e-mail's context, made when each recipient's copy is
    rendered, inside their language (a lazy string: `{{ link }}` and
    `{% blocktranslate %}` both read it then)."""
    return lazy(make, str)()


def recipient_languages(
    addresses: Iterable[str], *, default: str = ""
) -> dict[str, list[str]]:
    """{language: addresses}: each address in its account's preferred
    language, or `default` (else the active language) when it has no account
    or the account chose none. Addresses compare without case. One query."""
    addresses = sorted({address for address in addresses if address})
    default = default or translation.get_language() or settings.LANGUAGE_CODE
    if not addresses:
        return {}
    chosen = dict(
        User.objects.annotate(address=Lower("email"))
        .filter(address__in=[address.lower() for address in addresses])
        .exclude(preferred_language="")
        .values_list("address", "preferred_language")
    )
    groups: dict[str, list[str]] = {}
    for address in addresses:
        groups.setdefault(chosen.get(address.lower(), default), []).append(address)
    return groups


def email_send(
    *,
    template: str,
    context: dict,
    to: Iterable[str],
    reply_to: str = "",
    attachments: Iterable[Attachment] = (),
    language: str = "",
) -> OutboxEmail | None:
    """Send an e-mail, rendered from `template`, to every address in `to`,
    each in their own language (recipient_languages: the account's choice;
    `language` for addresses without one, else the active language).

    Empty and repeated addresses are dropped; recipients who read the same
    language share one message. It is kept in the outbox with the change and
    handed to a worker after commit. Returns the last message written.
    """
    attachments = list(attachments)
    email = None
    for code, addresses in recipient_languages(to, default=language).items():
        with translation.override(code):
            subject, body, html_body = email_render(template=template, context=context)
        email = outbox_add(
            subject=subject,
            body=body,
            html_body=html_body,
            to=addresses,
            reply_to=reply_to,
            attachments=attachments,
        )
    return email


def outbox_add(
    *,
    subject: str,
    body: str,
    to: Iterable[str],
    html_body: str = "",
    reply_to="",
    attachments: Iterable[Attachment] = (),
) -> OutboxEmail | None:
    recipients = sorted({address for address in to if address})
    if not recipients:
        return None
    email = OutboxEmail.objects.create(
        subject=one_line(subject)[:300],
        body=body,
        html_body=html_body,
        to=recipients,
        reply_to=one_line(reply_to),
        attachments=[asdict(attachment) for attachment in attachments],
        next_attempt_at=timezone.now(),
    )
    on_commit(outbox_hand_over, outbox_id=email.pk)
    return email


def outbox_hand_over(*, outbox_id: int) -> None:
    """Give the e-mail to a worker; if the broker is down the sweep sends it."""
    try:
        deliver_email.delay(outbox_id)
    except Exception:  # the broker's errors differ by transport
        log.warning("Broker unavailable: e-mail %s waits for the sweep", outbox_id)


def outbox_deliver(*, outbox_id: int) -> bool:
    """Send one e-mail of the outbox unless it was sent already; True if sent.

    A failure is recorded on the row with the next time to try (exponential
    backoff), so the sweep tries again; it is never raised to the caller.
    """
    with transaction.atomic():
        email = (
            OutboxEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=outbox_id, sent_at__isnull=True)
            .first()
        )
        if email is None:  # sent already, or being sent by another worker
            return False
        message = EmailMultiAlternatives(
            subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{email.subject}",
            body=email.body,
            to=email.to,
            reply_to=[email.reply_to] if email.reply_to else None,
        )
        if email.html_body:
            message.attach_alternative(email.html_body, "text/html")
        for attachment in email.attachments:
            message.attach(
                attachment["filename"], attachment["content"], attachment["mimetype"]
            )
        now = timezone.now()
        try:
            message.send()
        except (smtplib.SMTPException, OSError) as exc:
            email.attempts += 1
            email.last_error = f"{type(exc).__name__}: {exc}"[:500]
            email.next_attempt_at = now + timedelta(minutes=2**email.attempts)
            email.save(update_fields=["attempts", "last_error", "next_attempt_at"])
            log.warning(
                "E-mail %s not sent (try %s): %s", email.pk, email.attempts, exc
            )
            return False
        email.sent_at = now
        email.attempts += 1
        email.save(update_fields=["sent_at", "attempts"])
        return True


def outbox_due() -> list[int]:
    """The e-mails waiting to be sent whose time to try has come."""
    return list(
        OutboxEmail.objects.filter(
            sent_at__isnull=True,
            attempts__lt=OUTBOX_MAX_ATTEMPTS,
            next_attempt_at__lte=timezone.now(),
        ).values_list("pk", flat=True)[:500]
    )


def outbox_sweep() -> int:
    """Send every due e-mail; returns how many went out."""
    return sum(outbox_deliver(outbox_id=pk) for pk in outbox_due())


# The Celery tasks are thin wrappers beside the services they call; tasks.py
# imports them so that the worker finds them.


@shared_task(soft_time_limit=60, time_limit=90)
def deliver_email(outbox_id: int) -> bool:
    """Send one e-mail of the outbox (failures wait there for the sweep)."""
    return outbox_deliver(outbox_id=outbox_id)


@shared_task(name="portal.outbox_sweep", soft_time_limit=240, time_limit=300)
def outbox_sweep_task() -> int:
    """Send the e-mails that waited for the broker or the mail server."""
    return outbox_sweep()
