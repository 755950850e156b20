"""Render the Markdown of existing meetings once, into the new HTML fields."""

from django.db import migrations

from portal.migration_helpers import markdown_render_rows

FIELDS = {
    "Meeting": ("purpose", "highlights"),
    "AgendaItem": ("content", "minutes"),
    "ActionPoint": ("description",),
    "FollowUp": ("notes",),
}


def render(apps, schema_editor):
    for model, fields in FIELDS.items():
        markdown_render_rows(apps.get_model("ia_meetings", model), fields)


class Migration(migrations.Migration):
    dependencies = [("ia_meetings", "0006_markdown_html_text_limits")]

    operations = [migrations.RunPython(render, migrations.RunPython.noop)]
