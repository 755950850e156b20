"""Pages published before Markdown was stored as HTML show the same text after
the migration: it renders every existing need, section draft and revision once."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from country_pages.models import Need, PageRevision, PageSection

BEFORE = [("country_pages", "0009_markdown_html_text_limits")]


def migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    executor.loader.build_graph()
    return executor


@pytest.mark.django_db(transaction=True)
def test_existing_pages_get_their_html_once(angola):
    try:
        loader = migrate(BEFORE).loader
        old = loader.project_state(list(loader.applied_migrations)).apps
        OldNeed = old.get_model("country_pages", "Need")
        OldSection = old.get_model("country_pages", "PageSection")
        OldRevision = old.get_model("country_pages", "PageRevision")
        need = OldNeed.objects.create(
            state_id=angola.pk, theme="clearance", title="Survey", description="A **b**"
        )
        OldSection.objects.create(
            state_id=angola.pk,
            key="contacts",
            content={"national_authority": "*CNIDAH*", "unknown": "x"},
        )
        OldRevision.objects.create(
            state_id=angola.pk,
            number=1,
            snapshot={
                "sections": {"ia": {"visible": True, "content": {"highlights": "_h_"}}},
                "needs": [{"id": need.pk, "description": "**n**"}],
                "maps": [{"id": 1, "description": ""}],
            },
        )
    finally:
        migrate()
    assert (
        Need.objects.get().description_html
        == '<p dir="auto">A <strong>b</strong></p>\n'
    )
    assert PageSection.objects.get().content_html == {
        "national_authority": '<p dir="auto"><em>CNIDAH</em></p>\n'
    }
    snapshot = PageRevision.objects.get().snapshot
    assert snapshot["sections"]["ia"]["html"] == {
        "highlights": '<p dir="auto"><em>h</em></p>\n'
    }
    assert (
        snapshot["needs"][0]["description_html"]
        == '<p dir="auto"><strong>n</strong></p>\n'
    )
    assert snapshot["maps"][0]["description_html"] == ""
