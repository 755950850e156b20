"""E-mails: rendered from templates, kept in the outbox with the change, sent
after commit, and never lost when the broker or the mail server is down."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from portal import emails
from portal.models import OutboxEmail

TEMPLATES = {
    "test/emails/hello_subject.txt": "New need: {{ title }}\n",
    "test/emails/hello_body.txt": "Hello {{ name }},\n\n{{ title }} was published.\n",
    "test/emails/hello_body.html": "<p>Hello {{ name }}</p>",
}

locmem_templates = override_settings(
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "OPTIONS": {
                "loaders": [("django.template.loaders.locmem.Loader", TEMPLATES)]
            },
        }
    ]
)


@locmem_templates
@pytest.mark.django_db(transaction=True)
def test_an_email_is_rendered_from_its_templates_and_sent_after_commit():
    with transaction.atomic():
        emails.email_send(
            template="test/emails/hello",
            context={"name": "Amal", "title": "Clearance of Kassala"},
            to=["b@example.org", "a@example.org", "", "a@example.org"],
        )
        assert mail.outbox == []
    [message] = mail.outbox
    assert message.subject == "[IA Portal] New need: Clearance of Kassala"
    assert message.to == ["a@example.org", "b@example.org"]
    assert "Hello Amal" in message.body
    assert message.alternatives[0][0] == "<p>Hello Amal</p>"
    assert OutboxEmail.objects.get().sent_at is not None


@locmem_templates
@pytest.mark.django_db(transaction=True)
def test_a_line_break_typed_into_a_title_cannot_break_the_subject():
    with transaction.atomic():
        emails.email_send(
            template="test/emails/hello",
            context={"name": "Amal", "title": "Line one\r\nBcc: x@example.org"},
            to=["a@example.org"],
        )
    [message] = mail.outbox
    assert "\n" not in message.subject and "\r" not in message.subject
    assert message.bcc == []


@pytest.mark.django_db(transaction=True)
def test_rolled_back_work_sends_nothing_and_leaves_nothing_waiting():
    with pytest.raises(RuntimeError), transaction.atomic():
        emails.outbox_add(subject="Meeting", body="x", to=["a@example.org"])
        raise RuntimeError
    assert mail.outbox == []
    assert not OutboxEmail.objects.exists()


@pytest.mark.django_db
def test_a_mail_server_failure_waits_in_the_outbox_and_the_sweep_sends_it_once(
    monkeypatch,
):
    email = OutboxEmail.objects.create(
        subject="Report ready",
        body="x",
        to=["a@example.org"],
        next_attempt_at=timezone.now(),
    )

    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    with monkeypatch.context() as patch:
        patch.setattr(
            "django.core.mail.backends.locmem.EmailBackend.send_messages", refuse
        )
        assert emails.outbox_sweep() == 0
    email.refresh_from_db()
    assert email.sent_at is None and email.attempts == 1
    assert "SMTPServerDisconnected" in email.last_error
    assert email.next_attempt_at > timezone.now()
    assert emails.outbox_sweep() == 0, "tried again before its time"
    OutboxEmail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    assert emails.outbox_sweep() == 1
    assert emails.outbox_sweep() == 0
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_an_email_sent_already_is_not_sent_again():
    email = OutboxEmail.objects.create(subject="x", body="x", to=["a@example.org"])
    assert emails.outbox_deliver(outbox_id=email.pk) is True
    assert emails.outbox_deliver(outbox_id=email.pk) is False
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_outbox_send_command_sends_what_waited(capsys):
    from django.core.management import call_command

    OutboxEmail.objects.create(
        subject="Waited", body="x", to=["a@example.org"], next_attempt_at=timezone.now()
    )
    call_command("outbox_send")
    assert "1 e-mail(s) sent." in capsys.readouterr().out
    assert [m.subject for m in mail.outbox] == ["[IA Portal] Waited"]
