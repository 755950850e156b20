"""Throughput of a published country page for anonymous readers, against a
trivial view in the same run. Target (DESIGN.md): at least 50 %.

    .venv/bin/python bench/country_page.py [--seconds 5] [--rounds 3]
"""

import io

from harness import arguments, compare, setup_django


def main():
    args = arguments(__doc__)
    setup_django("country_page")
    from django.core.management import call_command
    from django.test import Client
    from scale import load_needs

    call_command("demo", stdout=io.StringIO())
    load_needs()
    client = Client()
    compare(
        client,
        "/countries/SDN/",
        seconds=args.seconds,
        rounds=args.rounds,
        target=0.50,
        label="Published country page, anonymous",
    )


if __name__ == "__main__":
    main()
