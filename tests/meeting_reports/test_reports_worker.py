"""Reports through a real broker: a worker renders them; a broker that is down
loses nothing and the person asking gets a clear message."""

import os
import time
from contextlib import contextmanager

import pytest
from django.urls import reverse

from meeting_reports import services
from meeting_reports.models import ReportAudience, ReportVersion
from portal.celery import app
from portal.models import DocumentStatus
from tests.meeting_reports.factories import held_meeting

CLOSED_PORT_BROKER = "redis://127.0.0.1:1/0"


@contextmanager
def celery_conf(settings, **values):
    """Change Celery's configuration for a test and drop its connection pools
    so the next message goes where the test says."""
    before = {key: app.conf[key] for key in values}

    def reset_pools():
        app._pool = None
        app.amqp._producer_pool = None

    app.conf.update(values)
    reset_pools()
    try:
        yield
    finally:
        app.conf.update(before)
        app.conf.task_always_eager = settings.CELERY_TASK_ALWAYS_EAGER
        reset_pools()


@pytest.mark.django_db(transaction=True)
def test_with_the_broker_down_asking_for_a_report_loses_nothing(
    settings, angola, make_user, client_for
):
    """A clear message instead of a server error; the version stays queued and
    asking again once the broker is back renders it."""
    meeting = held_meeting(state=angola)
    client = client_for(make_user("focal_point"))
    url = reverse("meeting_reports:request", args=[meeting.pk])

    with celery_conf(
        settings,
        task_always_eager=False,
        broker_url=CLOSED_PORT_BROKER,
        broker_connection_timeout=1,
        broker_connection_retry=False,
        task_publish_retry_policy={"max_retries": 1, "interval_start": 0},
    ):
        started = time.monotonic()
        response = client.post(url, follow=True)
        took = time.monotonic() - started

    assert response.status_code == 200
    page = response.content.decode()
    assert "the rendering service cannot be reached right now" in page
    assert "Nothing is lost" in page and "Ask again" in page
    assert "Waiting for the rendering service." in page
    assert took < 10
    version = ReportVersion.objects.get(meeting=meeting)
    assert version.status == DocumentStatus.QUEUED
    assert version.enqueue_failed_at is not None and version.enqueued_at is None

    # The broker is back (eager mode stands in for it): asking again renders it.
    response = client.post(url, follow=True)
    version.refresh_from_db()
    assert version.status == DocumentStatus.READY, version.error
    assert version.number == 1 and ReportVersion.objects.count() == 1
    assert "Version 1 is ready." in response.content.decode()


@pytest.mark.services
@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set")
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_renders_a_report_through_redis(settings, angola, make_user):
    from celery.contrib.testing.worker import start_worker

    meeting = held_meeting(state=angola)
    isu = make_user("isu")
    services.report_share(
        meeting=meeting, user=isu, audience=ReportAudience.PARTICIPANTS
    )
    with (
        celery_conf(settings, task_always_eager=False),
        start_worker(app, perform_ping_check=False, pool="solo"),
    ):
        version = services.report_request(meeting=meeting, user=isu)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            version.refresh_from_db()
            if not version.is_pending:
                break
            time.sleep(0.2)

    assert version.status == DocumentStatus.READY, version.error
    assert version.enqueued_at is not None
    assert version.pages >= 4 and len(version.checksum) == 64
    with version.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
