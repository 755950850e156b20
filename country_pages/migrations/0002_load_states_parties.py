"""Load the States Parties as the reference file stood on 2026-11-23.

The file is frozen beside this migration (states_parties/2026-11-23.csv) so that
every database, new or old, goes through the same history: later updates of
the file reach a database by their own migration (0007) or by the sync
(manage.py sync_states_parties), which respect what the ISU corrected.
"""

import csv
from datetime import date
from pathlib import Path

from django.db import migrations

SNAPSHOT = Path(__file__).resolve().parent / "states_parties" / "2026-11-23.csv"
DATE_FIELDS = {
    "date_signed", "date_ratified_or_acceded", "entry_into_force",
    "withdrawal_effective", "article5_deadline",
}
BOOL_FIELDS = {"article5_obligations_remaining", "survivors_responsibility"}


def _value(field, raw):
    raw = raw.strip()
    if field in DATE_FIELDS:
        return date.fromisoformat(raw) if raw else None
    if field in BOOL_FIELDS:
        return raw == "yes"
    return raw


def load(apps, schema_editor):
    StateParty = apps.get_model("country_pages", "StateParty")
    existing = set(StateParty.objects.values_list("iso3", flat=True))
    with open(SNAPSHOT, newline="", encoding="utf-8") as fh:
        rows = [
            {field: _value(field, raw) for field, raw in row.items()}
            for row in csv.DictReader(fh)
        ]
    StateParty.objects.bulk_create(
        StateParty(**row) for row in rows if row["iso3"] not in existing
    )


class Migration(migrations.Migration):
    dependencies = [("country_pages", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
