"""CSV and JSON exports of the list pages at 2,000 rows (needs, meetings,
partnerships; and the 166 States Parties), each against the trivial view in
the same run. Target (DESIGN.md): every export ≥ 10 % of the trivial view's
throughput. Also prints each export's SQL query count, which must not grow
with the rows.

    .venv/bin/python bench/exports.py [--seconds 5] [--rounds 3]
"""

import datetime as dt
import random
import time

from harness import arguments, setup_django, throughput

ROWS = 2000


def load_rows():
    from django.utils import timezone
    from scale import load_needs

    from country_pages.models import StateParty
    from ia_meetings.models import Meeting
    from partnerships.models import Commitment, Partner, Partnership

    load_needs(ROWS)
    rng = random.Random(2026)
    states = list(StateParty.objects.filter(membership="party"))
    start = timezone.now() - dt.timedelta(days=3650)
    Meeting.objects.bulk_create(
        [
            Meeting(
                state=rng.choice(states),
                title=f"=Meeting {i}: IA follow-up",
                kind="ia_follow_up",
                setting="geneva",
                format="hybrid",
                venue="Palais des Nations, Geneva",
                starts_at=start + dt.timedelta(days=i),
                ends_at=start + dt.timedelta(days=i, hours=2),
                timezone="Europe/Zurich",
                status="held",
                visibility="public",
                purpose="Take stock of clearance and victim assistance.",
            )
            for i in range(ROWS)
        ],
        batch_size=500,
    )
    partners = Partner.objects.bulk_create(
        [Partner(name=f"Donor {i}", kind="state") for i in range(40)]
    )
    partnerships = Partnership.objects.bulk_create(
        [
            Partnership(
                state=rng.choice(states),
                title=f"Partnership {i}",
                description="Clearance and survey.",
                start_date=dt.date(2020, 1, 1),
                status="active",
            )
            for i in range(ROWS)
        ],
        batch_size=500,
    )
    Commitment.objects.bulk_create(
        [
            Commitment(
                partnership=p,
                partner=rng.choice(partners),
                kind="financial",
                year_from=2020 + i % 5,
                year_to=2021 + i % 5,
                amount=100_000 + i,
                currency="USD",
            )
            for i, p in enumerate(partnerships)
        ],
        batch_size=500,
    )


def export_throughput(client, url: str, seconds: float) -> tuple[float, int, int]:
    """Exports per second, consuming the whole (streamed) body; and the size
    and SQL queries of one export."""
    from django.db import connection

    def fetch():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        if response.streaming:
            return b"".join(response.streaming_content)
        return response.content

    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)
    ):
        body = fetch()
    count, start = 0, time.perf_counter()
    while time.perf_counter() < start + seconds:
        fetch()
        count += 1
    return count / (time.perf_counter() - start), len(body), len(queries)


def main():
    args = arguments(__doc__)
    setup_django("exports")
    from django.test import Client

    load_rows()
    client = Client()
    urls = [
        "/countries/?format=csv",
        "/needs/?format=csv",
        "/needs/?format=json",
        "/meetings/?when=past&format=csv",
        "/meetings/?when=past&format=json",
        "/partnerships/?format=csv",
        "/partnerships/charts/?format=csv",
    ]
    print(f"Exports at {ROWS:,} rows (best of {args.rounds} rounds)")
    print(f"{'export':38} {'req/s':>8} {'ms':>8} {'share':>7} {'kB':>7} {'queries':>7}")
    for url in urls:
        trivial, export = [], []
        for _ in range(args.rounds):
            trivial.append(throughput(client, "/bench/trivial/", args.seconds))
            export.append(export_throughput(client, url, args.seconds))
        best_trivial = max(trivial)
        rate, size, queries = max(export)
        share = rate / best_trivial
        verdict = "" if share >= 0.10 else "  (below the 10 % target)"
        print(
            f"{url:38} {rate:8.1f} {1000 / rate:8.1f} {share:7.1%} "
            f"{size / 1024:7.0f} {queries:7d}{verdict}"
        )


if __name__ == "__main__":
    main()
