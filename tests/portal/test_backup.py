"""`manage.py backup` and `manage.py restore`: back up, restore into a fresh
database and storage, and find the same rows and the same files."""

import datetime as dt
import io
import os

import psycopg
import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection

from country_pages.models import PageMap
from ia_meetings.models import Material
from meeting_reports.models import ReportVersion
from portal.backup import database_url, restore, table_counts

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip(
            "backups need PostgreSQL: CI's second run (DATABASE_URL) runs this test"
        )


@pytest.fixture
def fresh_database(postgres):
    """An empty database beside the test database, dropped afterwards."""
    name = f"{connection.settings_dict['NAME']}_restore_{os.getpid()}"
    admin = database_url().rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield database_url().rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def stored_files() -> dict[str, bytes]:
    rows = [*PageMap.objects.all(), *Material.objects.all()]
    names = [r.file.name for r in [*rows, *ReportVersion.objects.exclude(file="")]]
    result = {}
    for name in names:
        with default_storage.open(name, "rb") as handle:
            result[name] = handle.read()
    return result


def test_a_restore_into_a_fresh_database_and_storage_has_the_same_rows_and_files(
    fresh_database, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command(
        "generate_scale",
        factor=0.05,
        seed=3,
        today=dt.date(2026, 3, 2),
        stdout=io.StringIO(),
    )
    files = stored_files()
    assert files, "the generated data has maps, presentations and reports"
    out = io.StringIO()
    call_command("backup", tmp_path / "backup", stdout=out)
    assert f"{len(files)} files" in out.getvalue()

    settings.MEDIA_ROOT = tmp_path / "restored-media"
    restore(tmp_path / "backup", url=fresh_database)

    with psycopg.connect(database_url(), autocommit=True) as original:
        expected = table_counts(original)
    with psycopg.connect(fresh_database, autocommit=True) as restored:
        assert table_counts(restored) == expected
    assert expected["ia_meetings_participant"] > 0 and expected["portal_user"] > 0
    assert not (tmp_path / "media").samefile(settings.MEDIA_ROOT)
    for name, content in files.items():
        assert (tmp_path / "restored-media" / name).read_bytes() == content


def test_a_restore_refuses_a_database_that_has_tables(postgres, tmp_path):
    call_command("backup", tmp_path / "backup", stdout=io.StringIO())
    with pytest.raises(CommandError, match="restore into a new, empty one"):
        call_command("restore", tmp_path / "backup")


def test_a_backup_refuses_a_directory_that_is_not_empty(postgres, tmp_path):
    (tmp_path / "old").write_text("something")
    with pytest.raises(CommandError, match="is not empty"):
        call_command("backup", tmp_path, stdout=io.StringIO())
