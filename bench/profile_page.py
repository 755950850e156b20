"""Where one page's time goes: cProfile over repeated requests, in-process,
with the HTTP benchmark's settings and database (run bench/http_load.py once
first to make ia_bench_f<N>).

    .venv/bin/python bench/profile_page.py /countries/ [--role donor]
        [--factor 10] [--requests 20] [--top 30]

Prints the functions with the most time of their own and the project's
functions with the most time including what they call.
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from http_load import ACCOUNTS, server_env  # noqa: E402

PROJECT = ["portal/", "country_pages/", "ia_meetings/", "partnerships/"]
PROJECT += ["meeting_reports/", "templates/"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--role", choices=sorted(ACCOUNTS))
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument(
        "--warm",
        action="store_true",
        help="keep the cache between requests (what readers get after the first)",
    )
    args = parser.parse_args()
    os.environ.update(server_env(args.factor))
    import django

    django.setup()
    from django.core.cache import cache
    from django.test import Client

    from portal.models import User

    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    if args.role:
        client.force_login(User.objects.get(email=ACCOUNTS[args.role]))
    response = client.get(args.path)
    assert response.status_code == 200, response.status_code
    profiler = cProfile.Profile()
    start = time.perf_counter()
    for _ in range(args.requests):
        # The page cache would hide the work a reader without it causes.
        if not args.warm:
            cache.clear()
        profiler.enable()
        response = client.get(args.path)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
        profiler.disable()
    per = (time.perf_counter() - start) / args.requests * 1000
    print(
        f"{args.path} as {args.role or 'anonymous'}"
        f"{' (warm cache)' if args.warm else ''}: {per:.0f} ms a request"
    )
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats("|".join(PROJECT), args.top)
    print(out.getvalue().replace(str(ROOT) + "/", ""))


if __name__ == "__main__":
    main()
