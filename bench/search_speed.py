"""Portal-wide search at ten times the Convention's size (`manage.py
generate_scale --factor 10`: 2,000 needs, 1,000 meetings, 5,000 partnerships,
every State's page): the SQL queries and time of each search, anonymous and
signed in, beside the trivial view in the same run.

    .venv/bin/python bench/search_speed.py [--seconds 5] [--rounds 3]
    DATABASE_URL=postgres://…/ia_bench_search .venv/bin/python bench/search_speed.py

On PostgreSQL the search is full text (weighted vectors, ts_rank); on SQLite
the word-by-word fallback. A PostgreSQL database that already has the scale
data is reused (the SQLite file is made afresh each run).
"""

import io
import statistics
import time

from harness import setup_django

SEARCHES = [
    "/search/?q=clearance",
    "/search/?q=survey+and+clearance&type=needs",
    "/search/?q=victim+assistance&country=SDN",
    "/search/?q=%22mine+risk%22+-education",
    "/search/?q=zzzz-nothing",
]


def measure(client, url: str, seconds: float) -> tuple[float, int, int]:
    """Median ms a request over `seconds`, SQL queries and bytes of one."""
    from django.db import connection

    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)
    ):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    times, deadline = [], time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), len(queries), len(response.content)


def main():
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    setup_django("search")
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from country_pages.models import Need
    from portal.models import User

    if not User.objects.exists():
        started = time.perf_counter()
        call_command("generate_scale", factor=10, stdout=io.StringIO())
        print(f"generate_scale --factor 10: {time.perf_counter() - started:.0f} s")
    print(
        f"{connection.vendor}: {Need.objects.filter(is_published=True).count():,} "
        f"published needs of {Need.objects.count():,}"
    )
    anonymous = Client()
    focal = Client()
    focal.force_login(User.objects.get(email="focal.sdn.1@scale.example"))
    trivial = min(
        measure(anonymous, "/bench/trivial/", args.seconds)[0]
        for _ in range(args.rounds)
    )
    print(f"trivial view: {trivial:.2f} ms")
    print(
        f"{'search':48} {'as':10} {'ms':>8} {'× trivial':>9} {'queries':>7} {'kB':>5}"
    )
    for url in SEARCHES:
        for role, client in (("anonymous", anonymous), ("focal", focal)):
            best = min(
                (measure(client, url, args.seconds) for _ in range(args.rounds)),
                key=lambda result: result[0],
            )
            ms, queries, size = best
            print(
                f"{url:48} {role:10} {ms:8.1f} {ms / trivial:9.1f} {queries:7d} "
                f"{size / 1024:5.0f}"
            )


if __name__ == "__main__":
    main()
