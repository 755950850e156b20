"""Shared set-up for the benchmark scripts.

Each script compares a portal page with a trivial Django view in the same
process and the same run, so the ratio does not depend on the machine. Requests
go through Django's full request handling (middleware, sessions, templates) via
the test client; there is no network in between, which is the same for both.

Usage: `python bench/<script>.py [--seconds N]`. The database is a fresh SQLite
file under var/bench/ unless DATABASE_URL is set (e.g. a scratch PostgreSQL DB).
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(name: str):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    if "DATABASE_URL" not in os.environ:
        db = ROOT / "var" / "bench" / f"{name}.sqlite3"
        db.parent.mkdir(parents=True, exist_ok=True)
        db.unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def arguments(description: str):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--seconds", type=float, default=5.0, help="per page, per round"
    )
    parser.add_argument("--rounds", type=int, default=3)
    return parser.parse_args()


def throughput(client, url: str, seconds: float) -> float:
    """Requests per second for `url`, after a warm-up request."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    count, start = 0, time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        client.get(url)
        count += 1
    return count / (time.perf_counter() - start)


def compare(
    client, url: str, *, seconds: float, rounds: int, target: float, label: str
):
    """Alternate rounds of the trivial view and `url`; print the best of each."""
    trivial, page = [], []
    for _ in range(rounds):
        trivial.append(throughput(client, "/bench/trivial/", seconds))
        page.append(throughput(client, url, seconds))
    best_trivial, best_page = max(trivial), max(page)
    ratio = best_page / best_trivial
    verdict = "meets" if ratio >= target else "MISSES"
    print(f"{label}: {url}")
    print(f"  trivial view  {best_trivial:9.1f} req/s")
    print(f"  page          {best_page:9.1f} req/s")
    print(f"  ratio         {ratio:9.1%}  (target ≥ {target:.0%}: {verdict})")
    return ratio
