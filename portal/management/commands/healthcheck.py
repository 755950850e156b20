import socket

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from portal.celery import app

CHECKS = ("database", "cache", "broker", "workers")


class Command(BaseCommand):
    help = (
        "Exit non-zero unless what is asked for answers: the database, the "
        "cache (Redis), the Celery broker, and at least one worker (or the "
        "worker on this host with --this-worker). For container healthchecks."
    )

    def add_arguments(self, parser):
        for name in CHECKS:
            parser.add_argument(f"--{name}", action="store_true")
        parser.add_argument(
            "--this-worker",
            action="store_true",
            help="The worker named celery@<this host> answers a ping.",
        )
        parser.add_argument("--timeout", type=float, default=5.0)

    def handle(self, *args, timeout, this_worker, **options):
        wanted = [name for name in CHECKS if options[name]]
        if this_worker:
            wanted.append("workers")
        failed = []
        for name in wanted or ["database"]:
            try:
                getattr(self, f"check_{name}")(timeout=timeout, this_worker=this_worker)
            except Exception as exc:  # noqa: BLE001 - any failure is unhealthy
                failed.append(f"{name}: {exc}")
            else:
                self.stdout.write(f"{name}: ok")
        if failed:
            raise CommandError("; ".join(failed))

    def check_database(self, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")

    def check_cache(self, **kwargs):
        cache.set("healthcheck", "ok", 30)
        if cache.get("healthcheck") != "ok":
            raise RuntimeError("the cache does not keep what it is given")

    def check_broker(self, *, timeout, **kwargs):
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=timeout)

    def check_workers(self, *, timeout, this_worker, **kwargs):
        destination = [f"celery@{socket.gethostname()}"] if this_worker else None
        replies = app.control.ping(timeout=timeout, destination=destination)
        if not replies:
            raise RuntimeError("no worker answered")
