"""Stored search documents (search.models): on PostgreSQL each searched
table's document follows every write, whichever way a service writes, and
the migration weighs the same fields as search.sources."""

import importlib

import pytest
from django.db import connection

from country_pages.models import Need
from ia_meetings.models import Meeting
from search.models import MeetingDocument, NeedDocument
from search.sources import SOURCES_BY_KIND
from tests.factories import NeedFactory
from tests.ia_meetings.factories import MeetingFactory
from tests.partnerships.factories import PartnerFactory

pytestmark = pytest.mark.django_db
URL = "/search/"
migration = importlib.import_module("search.migrations.0001_stored_search_documents")
TABLES = {
    "needs": "country_pages_need",
    "meetings": "ia_meetings_meeting",
    "partnerships": "partnerships_partnership",
    "partners": "partnerships_partner",
}
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stored documents are PostgreSQL's"
)


@pytest.mark.parametrize("kind", TABLES)
def test_the_stored_document_weighs_the_fields_the_source_names(kind):
    source = SOURCES_BY_KIND[kind]
    stored = [
        ("state__name" if column == "state_id" else column, weight)
        for column, (_sql, weight) in zip(
            migration.columns_of(migration.DOCUMENTS[TABLES[kind]]),
            migration.DOCUMENTS[TABLES[kind]],
            strict=True,
        )
    ]
    assert stored == list(source.fields)
    assert source.document == "search_row__search_document"


@postgresql_only
def test_a_document_follows_creates_and_updates(client):
    need = NeedFactory(title="Moxico clearance")
    assert NeedDocument.objects.filter(need=need, search_document="moxico").exists()
    # A service's update() (versioned_update), not a save().
    Need.objects.filter(pk=need.pk).update(title="Zambezi clearance")
    html = client.get(URL, {"q": "Zambezi", "type": "needs"}).content.decode()
    assert "Zambezi clearance" in html
    html = client.get(URL, {"q": "Moxico", "type": "needs"}).content.decode()
    assert "Zambezi clearance" not in html
    meeting = MeetingFactory(title="Launch", purpose="Kavango release plan")
    assert MeetingDocument.objects.filter(
        meeting=meeting, search_document="kavango"
    ).exists()
    Meeting.objects.filter(pk=meeting.pk).update(purpose="Nothing of note")
    assert not MeetingDocument.objects.filter(
        meeting=meeting, search_document="kavango"
    ).exists()


@postgresql_only
def test_stored_documents_stem_in_every_language(client):
    NeedFactory(title="Déminage des zones contaminées")
    PartnerFactory(name="Mines Advisory", description="Surveys and clearing")
    french = client.get("/fr" + URL, {"q": "zone contaminée", "type": "needs"})
    assert "Déminage des zones contaminées" in french.content.decode()
    english = client.get(URL, {"q": "survey clear", "type": "partners"})
    assert "Mines Advisory" in english.content.decode()


@postgresql_only
def test_search_reads_the_gin_index():
    """The planner can answer a match from the index (sequential scans off:
    on a test table of a few rows it would rather read them all)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM country_pages_need WHERE search_document @@ "
            "websearch_to_tsquery('english'::regconfig, 'clearance')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "country_pages_need_search_document_gin" in plan
