"""Render the Markdown of existing partnership records once, into the new HTML
fields."""

from django.db import migrations

from portal.migration_helpers import markdown_render_rows

FIELDS = {
    "Partnership": ("description", "success_story", "good_practice"),
    "DialogueEntry": ("progress", "challenges"),
    "Interest": ("message",),
    "Platform": ("activities",),
}


def render(apps, schema_editor):
    for model, fields in FIELDS.items():
        markdown_render_rows(apps.get_model("partnerships", model), fields)


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0003_markdown_html_text_limits")]

    operations = [migrations.RunPython(render, migrations.RunPython.noop)]
