"""Reference data of the States Parties, from country_pages/data/states_parties.csv.

The CSV is the source of truth on a fresh install; once loaded, the ISU corrects
rows in the portal, so loading again only adds missing States unless asked to
overwrite (`manage.py load_states_parties --overwrite`).
"""

import csv
from datetime import date
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent / "data" / "states_parties.csv"

FIELDS = [
    "iso3", "name", "region", "date_signed", "date_ratified_or_acceded",
    "entry_into_force", "membership", "withdrawal_effective",
    "article5_obligations_remaining", "article5_deadline",
    "article4_stockpile_status", "survivors_responsibility", "source_note",
]  # fmt: skip
DATE_FIELDS = {
    "date_signed", "date_ratified_or_acceded", "entry_into_force",
    "withdrawal_effective", "article5_deadline",
}  # fmt: skip
BOOL_FIELDS = {"article5_obligations_remaining", "survivors_responsibility"}


def _parse(row: dict) -> dict:
    values = {}
    for field in FIELDS:
        raw = (row.get(field) or "").strip()
        if field in DATE_FIELDS:
            values[field] = date.fromisoformat(raw) if raw else None
        elif field in BOOL_FIELDS:
            if raw not in ("yes", "no"):
                raise ValueError(f"{row.get('iso3')}: {field} must be yes or no")
            values[field] = raw == "yes"
        else:
            values[field] = raw
    return values


def read_rows(path: Path = DATA_FILE) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [_parse(row) for row in csv.DictReader(fh)]


def load_states_parties(*, model, path: Path = DATA_FILE, overwrite: bool = False):
    """Create missing States (and with overwrite, reset existing rows to the file).

    `model` is passed in so that a data migration can use its historical model.
    Returns (created, updated).
    """
    rows = read_rows(path)
    existing = {s.iso3: s for s in model.objects.all()}
    to_create, to_update = [], []
    for values in rows:
        current = existing.get(values["iso3"])
        if current is None:
            to_create.append(model(**values))
        elif overwrite:
            changed = False
            for field, value in values.items():
                if getattr(current, field) != value:
                    setattr(current, field, value)
                    changed = True
            if changed:
                to_update.append(current)
    model.objects.bulk_create(to_create)
    if to_update:
        model.objects.bulk_update(to_update, FIELDS[1:])
    return len(to_create), len(to_update)
