"""Render the Markdown of existing progress updates once, into `note_html`."""

from django.db import migrations

from portal.migration_helpers import markdown_render_rows


def render(apps, schema_editor):
    markdown_render_rows(apps.get_model("ia_meetings", "ActionPointUpdate"), ("note",))


class Migration(migrations.Migration):
    dependencies = [("ia_meetings", "0009_markdown_html")]

    operations = [migrations.RunPython(render, migrations.RunPython.noop)]
