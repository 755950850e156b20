"""Benchmark: the demo Sudan's dossier rendered by the portal's task vs
WeasyPrint alone on the same HTML.

Loads the demo data into a fresh database, asks for Sudan's dossier as the demo
committee chair (English, or `--language`), then in one process alternates:

- the portal: the `render_dossier` Celery task run in-process (apply), which
  claims the version through the meeting reports' state machine, builds the
  HTML from its snapshot, renders it with WeasyPrint, stores the file and
  records checksum and pages;
- WeasyPrint alone on the same HTML (same print CSS, same fonts).

It prints what the dossier contains (pages, sections, tables and their rows),
the best time of each, and the ratio (the reports' target: ≤ 1.3×).

Usage: `python bench/dossier_pdf.py [--rounds N] [--language fr]`.
"""

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import setup_django  # noqa: E402


def portal_render(version_id: int) -> tuple[float, float, int]:
    from committee.models import DossierVersion
    from committee.tasks import render_dossier
    from portal.models import DocumentStatus

    DossierVersion.objects.filter(pk=version_id).update(
        status=DocumentStatus.QUEUED, attempts=0
    )
    started, cpu = time.perf_counter(), time.process_time()
    result = render_dossier.apply(args=[version_id]).get()
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert result == "ready", result
    return took, cpu, DossierVersion.objects.get(pk=version_id).pages


def weasyprint_alone(html: str) -> tuple[float, float, int]:
    from weasyprint import HTML

    from portal.documents import print_template_dir

    started, cpu = time.perf_counter(), time.process_time()
    rendered = HTML(string=html, base_url=print_template_dir().as_uri() + "/").render()
    rendered.write_pdf()
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    return took, cpu, len(rendered.pages)


def contents(html: str) -> list[str]:
    """The dossier's sections (h2) and, under each, its parts (h3)."""
    lines = []
    for level, text in re.findall(r"<h([23])[^>]*>(.*?)</h\1>", html, re.S):
        text = " ".join(re.sub(r"<[^>]+>", "", text).split())
        if level == "2":
            lines.append(text)
        else:
            lines.append(f"    {text}")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    setup_django("dossier_pdf")
    from django.core.management import call_command
    from django.db import transaction
    from django.utils import translation

    from committee.dossier import dossier_html, dossier_snapshot
    from committee.models import DossierVersion
    from country_pages.models import StateParty
    from portal.documents import snapshot_hash
    from portal.models import User

    with open("/dev/null", "w") as quiet:
        call_command("demo", stdout=quiet)
    sudan = StateParty.objects.get(iso3="SDN")
    chair = User.objects.get(email="chair@demo.example")
    with transaction.atomic(), translation.override(args.language):
        snapshot = dossier_snapshot(state=sudan, user=chair)
    version = DossierVersion.objects.create(
        state=sudan,
        number=1,
        language=args.language,
        snapshot=snapshot,
        content_hash=snapshot_hash(snapshot),
        requested_by=chair,
    )
    html = dossier_html(snapshot=snapshot, number=1)
    weasyprint_alone(html)  # warm-up: the first rendering loads the fonts
    portal, alone = [], []
    for _ in range(args.rounds):
        portal.append(portal_render(version.pk))
        alone.append(weasyprint_alone(html))
    print(f"Dossier of Sudan (demo), {args.language}: {portal[0][2]} pages")
    for line in contents(html):
        print(f"  {line}")
    print("  tables and their rows:")
    for table in snapshot["changes"] + [
        snapshot["impact"]["partners"],
        snapshot["impact"]["donor_base"],
        snapshot["accountability"]["follow_ups"],
    ]:
        print(f"    {table['title']}: {len(table['rows'])}")
    print(f"    Needs and challenges: {len(snapshot['needs'])}")
    print(f"Best of {args.rounds} rounds each")
    for index, label in ((0, "wall clock"), (1, "CPU time")):
        best_portal = min(run[index] for run in portal)
        best_alone = min(run[index] for run in alone)
        print(f"  {label}")
        print(f"    portal task   {best_portal:7.2f} s")
        print(f"    WeasyPrint    {best_alone:7.2f} s")
        print(f"    ratio         {best_portal / best_alone:7.2f}×")


if __name__ == "__main__":
    main()
