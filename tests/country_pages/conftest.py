"""Fixtures of the reference-data tests."""

from pathlib import Path

import pytest

from country_pages import models
from country_pages.models import StateParty
from country_pages.reference.file import reference_file_read

SNAPSHOTS = Path(models.__file__).parent / "migrations" / "states_parties"
# The file as it stood before the 2026-12-02 update (migration 0002 loads it).
OLD_FILE = reference_file_read(path=SNAPSHOTS / "2026-11-23.csv")


@pytest.fixture
def old_install(db):
    """Every State as loaded from the 2026-11-23 file, nothing corrected."""
    for row in OLD_FILE.rows:
        StateParty.objects.filter(iso3=row.iso3).update(
            **{k: v for k, v in row.values().items() if k != "iso3"},
            file_values=row.file_values(),
        )
