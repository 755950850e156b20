"""E-mails go out in each recipient's preferred language (issue 11, item 5):
every send through portal.emails, those built in Celery tasks and allauth's.
Someone without an account, or without a preference, gets the language the
sender names, else the one active."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from ia_meetings.services.invitations import invitations_send
from portal import emails
from portal.models import OutboxEmail
from tests.factories import UserFactory
from tests.ia_meetings.factories import MeetingFactory, ParticipantFactory

pytestmark = pytest.mark.django_db


def test_each_recipient_reads_the_message_in_their_own_language(angola):
    UserFactory(email="amal@example.org", preferred_language="ar")
    UserFactory(email="Lucie@Example.org", preferred_language="fr")
    UserFactory(email="no.choice@example.org", preferred_language="")
    emails.email_send(
        template="country_pages/emails/needs_published",
        context={"state": angola, "titles": ["Huambo"]},
        to=["amal@example.org", "lucie@example.org", "no.choice@example.org"],
        language="es",
    )
    by_recipient = {tuple(e.to): e for e in OutboxEmail.objects.all()}
    assert "احتياجات جديدة" in by_recipient[("amal@example.org",)].subject
    assert (
        "a publié de nouveaux besoins" in by_recipient[("lucie@example.org",)].subject
    )
    # No preference: the language the sender named.
    assert (
        "ha publicado nuevas necesidades"
        in by_recipient[("no.choice@example.org",)].subject
    )


def test_without_a_named_language_the_active_one_is_used(angola):
    with translation.override("fr"):
        emails.email_send(
            template="country_pages/emails/needs_published",
            context={"state": angola, "titles": ["Huambo"]},
            to=["stranger@example.org"],
        )
    assert "a publié" in OutboxEmail.objects.get().subject


def test_a_workers_invitation_is_in_the_participants_language_and_so_are_its_links(
    django_capture_on_commit_callbacks,
):
    UserFactory(email="es.participant@example.org", preferred_language="es")
    meeting = MeetingFactory(title="Colombia: IA launch")
    participant = ParticipantFactory(
        meeting=meeting, email="es.participant@example.org", name="Sra. Pérez"
    )
    with django_capture_on_commit_callbacks(execute=True):
        invitations_send(
            meeting_id=meeting.pk,
            participant_ids=[participant.pk],
            requested_at=timezone.now().isoformat(),
            base_url="https://portal.example/",
        )
    (message,) = mail.outbox
    assert "Invitación" in message.subject
    assert re.search(r"https://portal.example/es/meetings/respond/\S+/", message.body)
    assert f"https://portal.example/es/meetings/{meeting.pk}/" in message.body
    # Dates are written for the reader: Spanish month and weekday names.
    assert re.search(
        r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)",
        message.body,
    )


def test_allauths_messages_follow_the_accounts_language(
    client, django_capture_on_commit_callbacks
):
    UserFactory(email="reader@example.org", preferred_language="ar")
    with django_capture_on_commit_callbacks(execute=True):
        # Asked from an English page: the account's Arabic wins.
        client.post(reverse("account_reset_password"), {"email": "reader@example.org"})
    (message,) = mail.outbox
    assert re.search(r"[\u0600-\u06FF]", message.subject), message.subject
    assert "/ar/accounts/password/reset/key/" in message.body


def test_allauths_messages_to_an_address_without_account_use_the_pages_language(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with translation.override("fr"):
            url = reverse("account_reset_password")
        client.post(url, {"email": "nobody@example.org"})
    (message,) = mail.outbox
    assert message.to == ["nobody@example.org"]
    assert "mot de passe" in message.subject.lower() or "compte" in message.body
