"""Issue 16, class 4: the mail server refusing and PostgreSQL dropping the
portal's connections lose nothing and show no server error."""

import socket
import threading
import urllib.request
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from partnerships.models import Interest
from portal import emails
from portal.models import OutboxEmail
from tests.factories import NeedFactory


class ClosingMailServer:
    """A local socket that accepts each connection and closes it at once, as a
    mail server does when it refuses to talk."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _address = self.socket.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self):
        self.socket.close()


def _refusing_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again: connecting is refused


@pytest.mark.parametrize("server", ["closes", "refuses"])
def test_with_the_mail_server_refusing_interest_is_saved_and_the_mail_waits(
    server,
    settings,
    donor,
    focal_point,
    client_for,
    angola,
    django_capture_on_commit_callbacks,
):
    closing = ClosingMailServer() if server == "closes" else None
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closing.port if closing else _refusing_port()
    settings.EMAIL_TIMEOUT = 2
    need = NeedFactory(state=angola, is_published=True)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = client_for(donor).post(
                reverse("partnerships:interest_create", args=[need.pk]),
                {"message": "We could fund a team.", "currency": "USD"},
            )
        assert response.status_code == 302
        assert Interest.objects.filter(need=need, donor=donor).exists()
        waiting = OutboxEmail.objects.get(to=[focal_point.email])
        assert waiting.sent_at is None and waiting.attempts == 1
        assert waiting.last_error
        if closing:
            assert closing.connections >= 1
    finally:
        if closing:
            closing.close()
    # The mail server is back: the sweep sends it, once.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboxEmail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    assert emails.outbox_sweep() == 1
    assert emails.outbox_sweep() == 0
    assert [m.to for m in mail.outbox] == [[focal_point.email]]


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="terminates PostgreSQL backends"
)
@pytest.mark.django_db(transaction=True)
def test_postgresql_dropping_the_portals_connections_shows_no_error(live_server):
    """Between requests every backend the portal holds is terminated (as a
    PostgreSQL restart or a failover does); the next requests reconnect."""
    pages = ["/", "/countries/", "/countries/AGO/", "/needs/", "/meetings/"]
    statuses = []
    for _round in range(3):
        for page in pages:
            with urllib.request.urlopen(live_server.url + page, timeout=30) as r:
                statuses.append(r.status)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            assert cursor.fetchone()[0] >= 1
    assert statuses == [200] * len(statuses)
