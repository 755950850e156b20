"""E-mails are templates: services pass context, never build text.

Each message is three files under `templates/<app>/emails/`:
`<name>_subject.txt` (one line), `<name>_body.txt` and, where a layout helps,
`<name>_body.html`. They are rendered in the web process, inside the request's
language, and handed to a worker once the transaction commits.
"""

from collections.abc import Iterable

from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string

from .effects import on_commit


def email_render(*, template: str, context: dict) -> tuple[str, str, str]:
    """Subject (on one line), plain-text body and HTML body ("" if none)."""
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}_body.txt", context).strip() + "\n"
    try:
        html_body = render_to_string(f"{template}_body.html", context)
    except TemplateDoesNotExist:
        html_body = ""
    return subject, body, html_body


def email_send(
    *, template: str, context: dict, to: Iterable[str], reply_to: str = ""
) -> None:
    """Send one e-mail, rendered from `template`, to every address in `to`.

    Empty and repeated addresses are dropped; a worker sends it after commit.
    """
    from .tasks import send_email

    recipients = sorted({address for address in to if address})
    if not recipients:
        return
    subject, body, html_body = email_render(template=template, context=context)
    on_commit(
        send_email.delay,
        subject=subject,
        body=body,
        html_body=html_body,
        to=recipients,
        reply_to=reply_to,
    )
