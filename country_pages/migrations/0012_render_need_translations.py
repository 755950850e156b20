"""Render the Markdown of existing need translations once, into the new HTML
fields (the page shows those, as it does the original's)."""

from django.db import migrations

from portal.migration_helpers import markdown_render_rows


def render(apps, schema_editor):
    markdown_render_rows(
        apps.get_model("country_pages", "NeedTranslation"),
        ("description", "age_gender_considerations"),
    )


class Migration(migrations.Migration):
    dependencies = [("country_pages", "0011_need_translation_html")]

    operations = [migrations.RunPython(render, migrations.RunPython.noop)]
