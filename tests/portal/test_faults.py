"""Fault injection on the real services: a Redis of the test's own is stopped
and started again, and a real Celery worker takes over once it is back."""

import shutil
import socket
import subprocess
import time

import pytest
from django.core import mail
from django.db import transaction

from portal import emails
from portal.celery import app
from portal.models import OutboxEmail

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        shutil.which("redis-server") is None,
        reason="redis-server is not installed (apt-get install redis-server)",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrivateRedis:
    """A redis-server on a port of its own, that a test may stop and start."""

    def __init__(self):
        self.port = _free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.1).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


def _forget_connections():
    """Drop the app's connection and producer pools (as Celery does after a
    fork), so that the next message goes to the broker now configured."""
    app._after_fork()


@pytest.fixture
def private_broker():
    redis = PrivateRedis()
    redis.start()
    saved = (app.conf.broker_url, app.conf.task_always_eager, app.conf.result_backend)
    app.conf.broker_url = redis.url
    app.conf.result_backend = None
    app.conf.task_always_eager = False
    _forget_connections()
    try:
        yield redis
    finally:
        if redis.process.poll() is None:
            redis.stop()
        app.conf.broker_url, app.conf.task_always_eager, app.conf.result_backend = saved
        _forget_connections()


@pytest.mark.django_db(transaction=True)
def test_with_the_broker_down_an_email_waits_and_goes_out_once_it_is_back(
    private_broker,
):
    from celery.contrib.testing.worker import start_worker

    private_broker.stop()
    with transaction.atomic():  # the change and its e-mail commit; no error
        emails.outbox_add(subject="Interest", body="x", to=["fp@example.org"])
    email = OutboxEmail.objects.get()
    assert email.sent_at is None and mail.outbox == []

    private_broker.start()
    with start_worker(app, perform_ping_check=False, pool="solo"):
        emails.outbox_sweep_task.delay()
        for _ in range(300):
            email.refresh_from_db()
            if email.sent_at:
                break
            time.sleep(0.1)
    assert email.sent_at is not None
    assert [m.to for m in mail.outbox] == [["fp@example.org"]]


@pytest.fixture
def redis_cache_that_fails_over(settings):
    from django.core.management import call_command

    redis = PrivateRedis()
    redis.start()
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache.FailoverCache",
            "OPTIONS": {"PRIMARY": "redis", "FALLBACK": "database"},
        },
        "redis": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis.url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        },
        "database": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache",
        },
    }
    call_command("createcachetable")
    try:
        yield redis
    finally:
        if redis.process.poll() is None:
            redis.stop()


@pytest.mark.django_db(transaction=True)
def test_with_redis_down_people_still_sign_in_and_read_public_pages(
    redis_cache_that_fails_over, client
):
    from django.core.cache import cache

    from tests.factories import TEST_PASSWORD, UserFactory

    cache.set("probe", "in redis")
    assert cache.get("probe") == "in redis"
    redis_cache_that_fails_over.stop()

    UserFactory(email="reader@example.org")
    response = client.post(
        "/accounts/login/",
        {"login": "reader@example.org", "password": TEST_PASSWORD},
        follow=True,
    )
    assert "Your dashboard" in response.content.decode()
    client.logout()
    page = client.get("/countries/AGO/")
    assert page.status_code == 200 and "Angola" in page.content.decode()
    # The rate limits and the page cache now count in the database.
    cache.set("probe", "in the database")
    assert cache.get("probe") == "in the database"


@pytest.mark.django_db(transaction=True)
def test_failed_sign_ins_are_still_limited_while_redis_is_down(
    redis_cache_that_fails_over, client, settings
):
    from tests.factories import UserFactory

    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/ip"}
    redis_cache_that_fails_over.stop()
    UserFactory(email="reader@example.org")
    for _ in range(3):
        client.post(
            "/accounts/login/", {"login": "reader@example.org", "password": "no"}
        )
    response = client.post(
        "/accounts/login/", {"login": "reader@example.org", "password": "no"}
    )
    assert response.status_code == 429 or "Too many" in response.content.decode()
