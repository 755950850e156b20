"""A consistent backup of the database and the stored files, and its restore
(`manage.py backup DIR`, `manage.py restore DIR`; README, "Backups").

On PostgreSQL the dump and the list of files come from one snapshot: pg_dump
runs with the snapshot of a REPEATABLE READ transaction that also reads every
FileField, so the backup holds exactly the files the dumped rows point at, even
while people keep working. Files are never changed in place (each upload gets a
new name), so a file copied later is the file the row meant. The manifest keeps
each table's row count and each file's SHA-256, and a restore checks both.

A backup directory holds:
    manifest.json   counts per table, files with size and SHA-256
    database.dump   pg_dump's custom format (pg_restore reads it)
    files/<name>    every stored file the rows point at, under its storage name
"""

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import psycopg
from django.apps import apps
from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db import connection
from django.db.models import FileField
from django.utils import timezone
from psycopg import sql

MANIFEST = "manifest.json"
DUMP = "database.dump"


class BackupError(Exception):
    pass


def database_url(database: dict | None = None) -> str:
    db = database or settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql":
        raise BackupError(
            "Backups need PostgreSQL (DATABASE_URL=postgres://…); a SQLite demo "
            "database is one file: copy it while the portal is stopped."
        )
    user = db.get("USER") or ""
    password = db.get("PASSWORD") or ""
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = db.get("HOST") or "localhost"
    port = db.get("PORT") or "5432"
    return f"postgresql://{auth}{host}:{port}/{db['NAME']}"


def tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise BackupError(f"{name} is not installed (Debian: postgresql-client).")
    return path


def file_columns() -> list[tuple[str, str]]:
    """(table, column) of every FileField of every installed model."""
    return [
        (model._meta.db_table, field.column)
        for model in apps.get_models()
        if not model._meta.proxy and model._meta.managed
        for field in model._meta.local_fields
        if isinstance(field, FileField)
    ]


def sha256(handle) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1 << 20), b""):
        digest.update(chunk)
    return digest.hexdigest()


def table_counts(conn) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "ORDER BY tablename"
        )
    ]
    return {
        table: conn.execute(
            sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
        ).fetchone()[0]
        for table in tables
    }


def backup(target: Path) -> dict:
    """Write a backup of the database and its files into `target` (new or
    empty directory); returns the manifest."""
    url = database_url()
    target.mkdir(parents=True, exist_ok=True)
    if any(target.iterdir()):
        raise BackupError(f"{target} is not empty.")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]
        # The dump reads the same snapshot as the queries below.
        subprocess.run(  # noqa: S603 - the arguments are ours
            [
                tool("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={snapshot}",
                f"--file={target / DUMP}",
                url,
            ],
            check=True,
        )
        counts = table_counts(conn)
        names = set()
        for table, column in file_columns():
            query = sql.SQL("SELECT {c} FROM {t} WHERE {c} <> ''").format(
                c=sql.Identifier(column), t=sql.Identifier(table)
            )
            names.update(row[0] for row in conn.execute(query))
        conn.execute("COMMIT")
    files, missing = {}, []
    for name in sorted(names):
        if not default_storage.exists(name):
            missing.append(name)
            continue
        destination = target / "files" / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as source, destination.open("wb") as out:
            shutil.copyfileobj(source, out)
        with destination.open("rb") as copied:
            files[name] = {"size": destination.stat().st_size, "sha256": sha256(copied)}
    manifest = {
        "created": timezone.now().isoformat(),
        "tables": counts,
        "files": files,
        "missing_files": missing,
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
    return manifest


def restore(source: Path, *, url: str = "") -> dict:
    """Restore a backup into the configured database, which must be empty
    (freshly created, not migrated), and the configured storage; then check
    the counts and the files against the manifest. Returns the manifest."""
    manifest = json.loads((source / MANIFEST).read_text())
    url = url or database_url()
    with psycopg.connect(url, autocommit=True) as conn:
        if table_counts(conn):
            raise BackupError(
                "The database already has tables: restore into a new, empty one."
            )
    subprocess.run(  # noqa: S603 - the arguments are ours
        [
            tool("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            f"--dbname={url}",
            str(source / DUMP),
        ],
        check=True,
    )
    for name in manifest["files"]:
        if default_storage.exists(name):
            raise BackupError(f"The storage already has {name}: use an empty one.")
        with (source / "files" / name).open("rb") as handle:
            saved = default_storage.save(
                name, File(handle, name=os.path.basename(name))
            )
        if saved != name:
            raise BackupError(f"The storage stored {name} as {saved}.")
    problems = verify(manifest, url=url)
    if problems:
        raise BackupError("The restore differs from the backup: " + "; ".join(problems))
    connection.close()  # the next query sees the restored tables afresh
    return manifest


def verify(manifest: dict, *, url: str = "") -> list[str]:
    """What differs between the manifest and the database and storage now."""
    problems = []
    with psycopg.connect(url or database_url(), autocommit=True) as conn:
        counts = table_counts(conn)
    for table, count in manifest["tables"].items():
        if counts.get(table) != count:
            problems.append(f"{table}: {counts.get(table)} rows, backed up {count}")
    for name, expected in manifest["files"].items():
        if not default_storage.exists(name):
            problems.append(f"{name} is missing")
            continue
        with default_storage.open(name, "rb") as handle:
            if sha256(handle) != expected["sha256"]:
                problems.append(f"{name} differs")
    return problems
