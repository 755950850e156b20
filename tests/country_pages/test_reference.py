"""The States Parties reference data: integrity of the file and of the loaded rows."""

import csv
from datetime import date

import pytest
from django.core.management import call_command

from country_pages.models import Membership, StateParty
from country_pages.reference.file import DATA_FILE, reference_file_read

ROWS = [row.values() for row in reference_file_read().rows]


def test_file_has_every_state_ever_bound_with_its_source():
    assert len(ROWS) == 166
    assert sum(r["membership"] == "party" for r in ROWS) == 161
    withdrawn = {r["name"] for r in ROWS if r["membership"] == "withdrawn"}
    assert withdrawn == {"Estonia", "Latvia", "Lithuania", "Finland", "Poland"}
    assert all(r["source_note"] for r in ROWS)
    assert (DATA_FILE.parent / "README.md").exists()


def test_codes_are_unique_iso3():
    codes = [r["iso3"] for r in ROWS]
    assert len(set(codes)) == len(codes)
    assert all(len(c) == 3 and c.isupper() for c in codes)


def test_every_date_is_a_real_date_in_the_conventions_lifetime():
    for row in ROWS:
        for field in (
            "date_signed",
            "date_ratified_or_acceded",
            "entry_into_force",
            "withdrawal_effective",
            "article5_deadline",
        ):
            value = row[field]
            assert value is None or isinstance(value, date)
            assert value is None or date(1997, 12, 3) <= value <= date(2040, 1, 1)


def test_deadlines_only_where_obligations_remain():
    for row in ROWS:
        if row["article5_deadline"]:
            assert row["article5_obligations_remaining"], row["iso3"]


def test_the_2026_12_02_update_is_in_the_projects_copy():
    """31 States with Article 5 obligations, 16 with a known deadline; the Fifth
    Review Conference's deadlines and Oman's completion (data/README.md)."""
    remaining = [r for r in ROWS if r["article5_obligations_remaining"]]
    assert len(remaining) == 31
    assert sum(r["article5_deadline"] is not None for r in remaining) == 16
    deadlines = {r["iso3"]: r["article5_deadline"] for r in ROWS}
    assert deadlines["AFG"] == date(2030, 3, 1)
    assert deadlines["TCD"] == date(2030, 1, 1)
    assert deadlines["GNB"] == date(2027, 12, 31)
    assert deadlines["NER"] == date(2029, 12, 31)
    assert deadlines["PER"] == date(2029, 12, 31)
    oman = next(r for r in ROWS if r["iso3"] == "OMN")
    assert not oman["article5_obligations_remaining"]
    readme = (DATA_FILE.parent / "README.md").read_text(encoding="utf-8")
    assert "31 States with Article 5 obligations, 16 of them with a deadline" in readme


def test_withdrawal_dates_exactly_for_withdrawn_states():
    for row in ROWS:
        assert (row["withdrawal_effective"] is not None) == (
            row["membership"] == "withdrawn"
        ), row["iso3"]


def test_file_columns_are_the_documented_ones():
    with open(DATA_FILE, encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header[0] == "iso3" and header[-1] == "source_note"


@pytest.mark.django_db
def test_migration_loaded_every_state():
    assert StateParty.objects.count() == 166
    assert StateParty.objects.filter(membership=Membership.PARTY).count() == 161
    ukraine = StateParty.objects.get(iso3="UKR")
    assert ukraine.membership == Membership.PARTY
    assert ukraine.article5_deadline == date(2033, 12, 1)


@pytest.mark.django_db
def test_loading_again_keeps_isu_corrections():
    StateParty.objects.filter(iso3="AFG").update(article5_deadline=date(2031, 3, 1))
    call_command("load_states_parties", verbosity=0)
    assert StateParty.objects.get(iso3="AFG").article5_deadline == date(2031, 3, 1)
    assert StateParty.objects.count() == 166


@pytest.mark.django_db
def test_overwrite_resets_to_the_file():
    StateParty.objects.filter(iso3="AFG").update(article5_deadline=date(2031, 3, 1))
    call_command("load_states_parties", "--overwrite", verbosity=0)
    assert StateParty.objects.get(iso3="AFG").article5_deadline == date(2030, 3, 1)
