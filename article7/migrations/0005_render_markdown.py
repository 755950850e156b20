"""Render the Markdown of existing Article 7 forms and guidance once, into the
new HTML fields (pages read those, never the parser)."""

from django.db import migrations

from portal.migration_helpers import markdown_render_rows

FIELDS = {
    "ReportForm": ("narrative",),
    "GuideEdition": ("note",),
    "GuideSection": ("body",),
    "GuideQuestion": ("help",),
}


def render(apps, schema_editor):
    for model, fields in FIELDS.items():
        markdown_render_rows(apps.get_model("article7", model), fields)


class Migration(migrations.Migration):
    dependencies = [("article7", "0004_markdown_html")]

    operations = [migrations.RunPython(render, migrations.RunPython.noop)]
