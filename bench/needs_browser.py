"""Throughput of the donors' needs browser (2,000 published needs), unfiltered
and filtered, against a trivial view in the same run. Target: at least 20 %.

    .venv/bin/python bench/needs_browser.py [--seconds 5] [--rounds 3]
"""

import io

from harness import arguments, compare, setup_django


def main():
    args = arguments(__doc__)
    setup_django("needs_browser")
    from django.core.management import call_command
    from django.test import Client
    from scale import load_needs

    call_command("demo", stdout=io.StringIO())
    load_needs()
    client = Client()
    urls = ("/needs/", "/needs/?theme=clearance&region=Africa&q=survey")
    for url in urls:
        compare(
            client,
            url,
            seconds=args.seconds,
            rounds=args.rounds,
            target=0.20,
            label="Needs browser, anonymous (cached)",
        )
    # Signed-in donors are never served the anonymous page: each request reads
    # their interests and renders the page around the list fragment they share
    # with readers of the same query, rights and marks.
    from portal.models import User

    donor = Client()
    donor.force_login(User.objects.get(email="donor@demo.example"))
    for url in urls:
        compare(
            donor,
            url,
            seconds=args.seconds,
            rounds=args.rounds,
            target=0.20,
            label="Needs browser, signed-in donor",
        )


if __name__ == "__main__":
    main()
