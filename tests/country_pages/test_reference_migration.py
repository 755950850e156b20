"""The 2026-12-02 update reaches databases loaded before it, keeping ISU corrections."""

from datetime import date
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from country_pages import models as country_models
from country_pages.models import StateParty
from country_pages.reference.file import reference_file_read
from country_pages.reference.sync import reference_sync_plan
from portal.models import AuditEntry, User

SNAPSHOTS = Path(country_models.__file__).parent / "migrations" / "states_parties"
OLD = reference_file_read(path=SNAPSHOTS / "2026-11-23.csv")
NEW = reference_file_read(path=SNAPSHOTS / "2026-12-02.csv")
BEFORE = [("country_pages", "0006_stateparty_file_values")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.fixture
def old_database():
    """The database as it stood before the update: every State as 0002 loaded
    it from the 2026-11-23 file, with whatever the ISU corrected since."""
    apps = migrate(BEFORE)
    historical = apps.get_model("country_pages", "StateParty")
    for row in OLD.rows:
        values = {k: v for k, v in row.values().items() if k != "iso3"}
        historical.objects.filter(iso3=row.iso3).update(**values, file_values={})
    yield historical
    migrate(latest())


@pytest.mark.django_db(transaction=True)
def test_the_migration_applies_the_update_and_keeps_isu_corrections(old_database):
    old_database.objects.filter(iso3="PER").update(article5_deadline=date(2029, 11, 30))
    old_database.objects.filter(iso3="ALB").update(survivors_responsibility=False)
    # The ISU gave Oman a deadline; the update says Oman has completed.
    old_database.objects.filter(iso3="OMN").update(article5_deadline=date(2026, 6, 30))
    old_database.objects.create(
        iso3="XKX",
        name="Kosovo (test)",
        region="Europe",
        date_ratified_or_acceded=date(2020, 1, 1),
        entry_into_force=date(2020, 7, 1),
    )
    # Only country_pages went back in time: accounts are as they are now.
    User.objects.create_user("isu@example.org", "x-password-1")

    migrate(latest())

    new = NEW.by_iso3()
    for iso3 in ("AFG", "TCD", "GNB", "NER", "IRQ", "UKR"):
        state = StateParty.objects.get(iso3=iso3)
        assert {f: getattr(state, f) for f in new[iso3].values()} == new[iso3].values()
        assert state.file_values == new[iso3].file_values()
    peru = StateParty.objects.get(iso3="PER")
    assert peru.article5_deadline == date(2029, 11, 30)
    assert peru.source_note == new["PER"].cells["source_note"]
    assert StateParty.objects.get(iso3="ALB").survivors_responsibility is False
    oman = StateParty.objects.get(iso3="OMN")
    assert (oman.article5_obligations_remaining, oman.article5_deadline) == (
        True,
        date(2026, 6, 30),
    )
    assert oman.file_values == OLD.by_iso3()["OMN"].file_values()
    assert StateParty.objects.get(iso3="XKX").file_values == {}

    entries = AuditEntry.objects.filter(action="state.reference_sync")
    assert entries.count() == 15  # the 16 States of the update but Oman
    afghanistan = entries.get(summary__startswith="Afghanistan")
    assert afghanistan.data["changes"]["article5_deadline"] == {
        "from": "",
        "to": "2030-03-01",
    }
    assert "5RC (2024)" in afghanistan.data["source_note"]

    # The sync shows what is left for the ISU to decide, nothing else.
    plan = reference_sync_plan(reference=NEW)
    assert set(plan.conflicts()) == {
        ("PER", "article5_deadline"),
        ("ALB", "survivors_responsibility"),
        ("OMN", "article5_deadline"),
    }
    assert [s.iso3 for s in plan.states if s.updates] == ["OMN"]
    assert [s.iso3 for s in plan.not_in_file] == ["XKX"]


@pytest.mark.django_db(transaction=True)
def test_the_migration_on_an_untouched_database_gives_the_file(old_database):
    migrate(latest())
    for row in NEW.rows:
        state = StateParty.objects.get(iso3=row.iso3)
        assert {f: getattr(state, f) for f in row.values()} == row.values()
        assert state.file_values == row.file_values()
    # A database with no accounts yet is a fresh install: nothing to account for.
    assert not AuditEntry.objects.exists()
