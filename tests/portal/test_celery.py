"""Side effects go through Celery, enqueued when the transaction commits."""

import os

import pytest
from django.core import mail
from django.db import transaction

from portal.services import email_enqueue


@pytest.mark.django_db(transaction=True)
def test_email_is_sent_only_after_commit():
    with transaction.atomic():
        email_enqueue(subject="Meeting", body="Agenda attached", to=["a@example.org"])
        assert mail.outbox == []
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "[IA Portal] Meeting"


@pytest.mark.django_db(transaction=True)
def test_rolled_back_work_sends_nothing():
    with pytest.raises(RuntimeError), transaction.atomic():
        email_enqueue(subject="Meeting", body="x", to=["a@example.org"])
        raise RuntimeError
    assert mail.outbox == []


@pytest.mark.services
@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set")
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_through_redis(settings):
    from celery.contrib.testing.worker import start_worker

    from portal.celery import app
    from portal.models import OutboxEmail
    from portal.tasks import deliver_email

    app.conf.task_always_eager = False
    try:
        with start_worker(app, perform_ping_check=False, pool="solo"):
            email = OutboxEmail.objects.create(
                subject="Ping", body="x", to=["a@example.org"]
            )
            assert deliver_email.delay(email.pk).get(timeout=30) is True
            email.refresh_from_db()
            assert email.sent_at is not None
    finally:
        app.conf.task_always_eager = settings.CELERY_TASK_ALWAYS_EAGER
