"""Worst-case Markdown rendering time of the longest text each field accepts.

Markdown is rendered once, when a record is saved (portal.markdown); this is
what that save costs at worst. Each hostile pattern is repeated up to a limit of
portal.limits (LONG_TEXT, TEXT, SHORT_TEXT) and rendered with sanitising, best
of `--rounds`; it also shows that the time grows linearly (the same pattern at
half and a quarter of the length). The cases include the two of issue 16: a
section preview of 20,000 `[` (67 s with Python-Markdown) and a donor's
interest message of `[` (8,000 took 10 s; the message is now at most TEXT).

    .venv/bin/python bench/markdown_worst.py [--rounds 3]
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

PATTERNS = {
    "[ (open brackets)": "[",
    "![ (image openers)": "![",
    "[a]( (unclosed links)": "[a](",
    "[]( ": "[](",
    "*a (emphasis openers)": "*a",
    "_a": "_a",
    "**": "**",
    "` (backticks)": "`",
    "`a": "`a",
    "> (nested quotes)": ">",
    "- (nested lists)": "- ",
    "< (autolink openers)": "<",
    "&# (entities)": "&#",
    "| table rows": "|a|b|\n",
    "link references": "[a]: /b\n[a]",
    "\\ (escapes)": "\\",
    "(": "(",
}


def worst(text: str, rounds: int) -> float:
    from portal.markdown import markdown_to_html

    best = None
    for _ in range(rounds):
        start = time.perf_counter()
        markdown_to_html(text)
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import django

    django.setup()
    from country_pages.models import SECTION_MARKDOWN_FIELDS, SectionKey
    from portal.limits import LONG_TEXT, SHORT_TEXT, TEXT

    print(f"{'pattern':28} {'chars':>7} {'ms':>8} {'ms at ½':>8} {'ms at ¼':>8}")
    slowest = (0.0, "")
    for limit in (LONG_TEXT, TEXT, SHORT_TEXT):
        for label, unit in PATTERNS.items():
            times = []
            for n in (limit, limit // 2, limit // 4):
                text = (unit * (n // len(unit) + 1))[:n]
                times.append(worst(text, args.rounds) * 1000)
            print(f"{label:28} {limit:>7,} {times[0]:>8.0f} {times[1]:>8.0f} "
                  f"{times[2]:>8.0f}")  # fmt: skip
            if limit == LONG_TEXT and times[0] > slowest[0]:
                slowest = (times[0], label)
        print()
    print(f"Slowest field of {LONG_TEXT:,} characters: {slowest[1]}, "
          f"{slowest[0]:.0f} ms")  # fmt: skip
    interest = worst("[" * TEXT, args.rounds) * 1000
    print(
        f"Interest message of {TEXT:,} `[` (its limit): {interest:.0f} ms, once, "
        "when it is saved; the focal point's pages show the stored HTML."
    )
    # The costliest save: every Markdown field of the national context at its
    # limit with the slowest pattern.
    from country_pages.forms import SECTION_FORMS

    form = SECTION_FORMS[SectionKey.NATIONAL_CONTEXT]
    unit = PATTERNS[slowest[1]] if slowest[1] else "["
    total = sum(
        worst((unit * form.base_fields[name].max_length)[
            : form.base_fields[name].max_length], 1)
        for name in SECTION_MARKDOWN_FIELDS[SectionKey.NATIONAL_CONTEXT]
    )  # fmt: skip
    print(f"Saving the national context with every field full of {slowest[1]!r}: "
          f"{total * 1000:.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
