"""Render the Markdown of existing country pages once: States' remaining
contamination, needs, maps, the sections' drafts and every published revision
(whose snapshot gains the HTML its page shows)."""

from django.db import migrations

from portal.markdown import markdown_to_html
from portal.migration_helpers import markdown_render_rows

FIELDS = {
    "StateParty": ("remaining_contamination",),
    "Need": ("description", "age_gender_considerations"),
    "PageMap": ("description",),
}

# SECTION_MARKDOWN_FIELDS as it was when this migration was written.
SECTION_FIELDS = {
    "national_context": (
        "background",
        "national_contribution",
        "socio_economic_impact",
        "victims",
        "gender_dimensions",
        "stabilisation_development",
        "migration",
        "provision_of_aid",
    ),
    "needs": ("introduction",),
    "maps": ("introduction",),
    "ia": ("highlights",),
    "partnerships": ("highlights",),
    "contacts": (
        "national_authority",
        "victim_assistance",
        "capacity_building",
        "other_contacts",
    ),
}


def _section_html(key, content):
    return {
        name: markdown_to_html(content.get(name) or "")
        for name in SECTION_FIELDS.get(key, ())
        if content.get(name)
    }


def _with_html(record, fields):
    return {
        **record,
        **{f"{n}_html": markdown_to_html(record.get(n) or "") for n in fields},
    }


def render(apps, schema_editor):
    for model, fields in FIELDS.items():
        markdown_render_rows(apps.get_model("country_pages", model), fields)
    PageSection = apps.get_model("country_pages", "PageSection")
    for section in PageSection.objects.iterator(chunk_size=500):
        section.content_html = _section_html(section.key, section.content or {})
        section.save(update_fields=["content_html"])
    PageRevision = apps.get_model("country_pages", "PageRevision")
    for revision in PageRevision.objects.iterator(chunk_size=100):
        snapshot = dict(revision.snapshot or {})
        snapshot["sections"] = {
            key: {**section, "html": _section_html(key, section.get("content") or {})}
            for key, section in (snapshot.get("sections") or {}).items()
        }
        snapshot["needs"] = [
            _with_html(need, FIELDS["Need"]) for need in snapshot.get("needs") or []
        ]
        snapshot["maps"] = [
            _with_html(m, FIELDS["PageMap"]) for m in snapshot.get("maps") or []
        ]
        revision.snapshot = snapshot
        revision.save(update_fields=["snapshot"])


class Migration(migrations.Migration):
    dependencies = [("country_pages", "0009_markdown_html_text_limits")]

    operations = [migrations.RunPython(render, migrations.RunPython.noop)]
