"""Stored, GIN-indexed search documents on PostgreSQL (search.models).

Each searched table gets a `search_document` tsvector, a trigger that
rebuilds it when a searched field (or the State) is written, and a GIN index;
existing rows are filled in here. The fields and weights are those of
search.sources at the time of writing (a later change to them needs a new
migration; tests/search/test_documents.py compares the two). Nothing is done
on SQLite, where search reads the fields directly.
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

CONFIGS = ("english", "french", "spanish", "arabic")
STATE_NAME = "(SELECT name FROM country_pages_stateparty WHERE id = NEW.state_id)"

# table: [(SQL expression on NEW, weight), ...]
DOCUMENTS = {
    "country_pages_need": [
        ("NEW.title", "A"),
        ("NEW.description", "B"),
        ("NEW.age_gender_considerations", "C"),
        (STATE_NAME, "C"),
    ],
    "ia_meetings_meeting": [
        ("NEW.title", "A"),
        ("NEW.purpose", "B"),
        ("NEW.highlights", "B"),
        ("NEW.venue", "C"),
        (STATE_NAME, "C"),
    ],
    "partnerships_partnership": [
        ("NEW.title", "A"),
        ("NEW.description", "B"),
        ("NEW.success_story", "C"),
        ("NEW.good_practice", "C"),
        (STATE_NAME, "C"),
    ],
    "partnerships_partner": [
        ("NEW.name", "A"),
        ("NEW.description", "B"),
    ],
}


def columns_of(parts) -> list[str]:
    columns = []
    for expression, _weight in parts:
        columns.append("state_id" if expression == STATE_NAME else expression[4:])
    return columns


def document_sql(parts) -> str:
    """One weighted tsvector of every part in every configuration: a reader
    searching in French matches French stems, in English English ones."""
    weighted = []
    for expression, weight in parts:
        text = f"coalesce({expression}, '')"
        stems = " || ".join(f"to_tsvector('{c}'::regconfig, {text})" for c in CONFIGS)
        weighted.append(f"setweight({stems}, '{weight}')")
    return " || ".join(weighted)


def install(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, parts in DOCUMENTS.items():
        columns = ", ".join(columns_of(parts))
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_document tsvector"
        )
        schema_editor.execute(
            f"""CREATE OR REPLACE FUNCTION {table}_search_document() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                NEW.search_document := {document_sql(parts)};
                RETURN NEW;
            END $$"""
        )
        schema_editor.execute(
            f"DROP TRIGGER IF EXISTS {table}_search_document ON {table}"
        )
        schema_editor.execute(
            f"""CREATE TRIGGER {table}_search_document
            BEFORE INSERT OR UPDATE OF {columns} ON {table}
            FOR EACH ROW EXECUTE FUNCTION {table}_search_document()"""
        )
        first = columns_of(parts)[0]
        schema_editor.execute(f"UPDATE {table} SET {first} = {first}")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_search_document_gin "
            f"ON {table} USING gin (search_document)"
        )


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in DOCUMENTS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_search_document ON {table}")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {table}_search_document()")
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_document_gin")
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_document")


def one_to_one(model, name):
    return models.OneToOneField(
        db_column="id",
        on_delete=django.db.models.deletion.DO_NOTHING,
        primary_key=True,
        related_name="search_row",
        serialize=False,
        to=model,
    )


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("country_pages", "0008_page_languages"),
        ("ia_meetings", "0005_series_revisions_reminders_progress"),
        ("partnerships", "0002_translatable_labels"),
    ]

    operations = [
        migrations.CreateModel(
            name="NeedDocument",
            fields=[
                ("need", one_to_one("country_pages.need", "need")),
                (
                    "search_document",
                    django.contrib.postgres.search.SearchVectorField(null=True),
                ),
            ],
            options={"db_table": "country_pages_need", "managed": False},
        ),
        migrations.CreateModel(
            name="MeetingDocument",
            fields=[
                ("meeting", one_to_one("ia_meetings.meeting", "meeting")),
                (
                    "search_document",
                    django.contrib.postgres.search.SearchVectorField(null=True),
                ),
            ],
            options={"db_table": "ia_meetings_meeting", "managed": False},
        ),
        migrations.CreateModel(
            name="PartnershipDocument",
            fields=[
                ("partnership", one_to_one("partnerships.partnership", "partnership")),
                (
                    "search_document",
                    django.contrib.postgres.search.SearchVectorField(null=True),
                ),
            ],
            options={"db_table": "partnerships_partnership", "managed": False},
        ),
        migrations.CreateModel(
            name="PartnerDocument",
            fields=[
                ("partner", one_to_one("partnerships.partner", "partner")),
                (
                    "search_document",
                    django.contrib.postgres.search.SearchVectorField(null=True),
                ),
            ],
            options={"db_table": "partnerships_partner", "managed": False},
        ),
        migrations.RunPython(install, uninstall, elidable=False),
    ]
