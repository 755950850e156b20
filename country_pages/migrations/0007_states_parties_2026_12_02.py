"""Apply the reference file of 2026-12-02 (Fifth Review Conference deadlines for
Afghanistan, Chad, Guinea-Bissau, Niger and Peru; Oman's completion; eleven rows
with their source and confidence) to the database, keeping the ISU's corrections.

Both files are frozen beside this migration (states_parties/), so it does the
same on every database whatever the project's copy of the file says later:

- a value that still equals the 2026-11-23 file (loaded by 0002) was never
  touched in the portal: it takes the 2026-12-02 value;
- a value that differs from it was corrected by the ISU: it stays, and the
  sync page shows the file's value beside it;
- a State whose result would break the Convention's rules (e.g. the ISU's
  deadline with the file's "no obligations") is left whole for the ISU to decide.

Each State then remembers the 2026-12-02 cells (`file_values`), from which the
sync tells later corrections from later files. On a database with accounts
(one in use) every change is in the audit trail with the file's source note.
"""

import csv
from datetime import date
from pathlib import Path

from django.db import migrations

HERE = Path(__file__).resolve().parent / "states_parties"
BEFORE = HERE / "2026-11-23.csv"
AFTER = HERE / "2026-12-02.csv"
FIELDS = [
    "name", "region", "date_signed", "date_ratified_or_acceded",
    "entry_into_force", "membership", "withdrawal_effective",
    "article5_obligations_remaining", "article5_deadline",
    "article4_stockpile_status", "survivors_responsibility", "source_note",
]
DATE_FIELDS = {
    "date_signed", "date_ratified_or_acceded", "entry_into_force",
    "withdrawal_effective", "article5_deadline",
}
BOOL_FIELDS = {"article5_obligations_remaining", "survivors_responsibility"}


def _read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return {
            row["iso3"]: {field: row[field].strip() for field in FIELDS}
            for row in csv.DictReader(fh)
        }


def _text(field, value):
    if value is None:
        return ""
    if field in BOOL_FIELDS:
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _value(field, text):
    if field in DATE_FIELDS:
        return date.fromisoformat(text) if text else None
    if field in BOOL_FIELDS:
        return text == "yes"
    return text


def _allowed(cells):
    if cells["article5_deadline"] and cells["article5_obligations_remaining"] != "yes":
        return False
    return (cells["membership"] == "withdrawn") == bool(cells["withdrawal_effective"])


def apply_update(apps, schema_editor):
    StateParty = apps.get_model("country_pages", "StateParty")
    AuditEntry = apps.get_model("portal", "AuditEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    User = apps.get_model("portal", "User")
    before, after = _read(BEFORE), _read(AFTER)
    audit = User.objects.exists()
    content_type = None
    for state in StateParty.objects.order_by("pk"):
        new = after.get(state.iso3)
        if new is None:
            continue
        old = before.get(state.iso3)
        cells = {field: _text(field, getattr(state, field)) for field in FIELDS}
        # Only what the ISU never touched (still the old file's) takes the update.
        changes = {
            field: new[field]
            for field in FIELDS
            if cells[field] != new[field] and old and cells[field] == old[field]
        }
        if not _allowed({**cells, **changes}):
            # Leave the State as it was and its last file as 2026-11-23: the
            # sync then offers the whole update for the ISU to decide.
            if old and not state.file_values:
                StateParty.objects.filter(pk=state.pk).update(file_values=old)
            continue
        StateParty.objects.filter(pk=state.pk).update(
            file_values=new, **{f: _value(f, v) for f, v in changes.items()}
        )
        if changes and audit:
            if content_type is None:
                content_type, _ = ContentType.objects.get_or_create(
                    app_label="country_pages", model="stateparty"
                )
            shown = "; ".join(
                f"{StateParty._meta.get_field(field).verbose_name}: "
                f"{cells[field] or '—'} → {value or '—'}"
                for field, value in changes.items()
                if field != "source_note"
            )
            if "source_note" in changes:
                shown = f"{shown}; source note" if shown else "source note"
            AuditEntry.objects.create(
                actor=None,
                action="state.reference_sync",
                content_type=content_type,
                object_id=str(state.pk),
                summary=(
                    f"{state.name} updated from the reference file of "
                    f"2026-12-02: {shown}"
                )[:300],
                data={
                    "changes": {
                        field: {"from": cells[field], "to": value}
                        for field, value in changes.items()
                    },
                    "source_note": new["source_note"],
                    "file": "states_parties.csv (2026-12-02)",
                },
            )


class Migration(migrations.Migration):
    dependencies = [
        ("country_pages", "0006_stateparty_file_values"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("portal", "0001_initial"),
    ]

    # Going back leaves the values as they are: the ISU may have built on them.
    operations = [migrations.RunPython(apply_update, migrations.RunPython.noop)]
