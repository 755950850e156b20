from django.db import migrations


def load(apps, schema_editor):
    from country_pages.reference import load_states_parties

    load_states_parties(model=apps.get_model("country_pages", "StateParty"))


class Migration(migrations.Migration):
    dependencies = [("country_pages", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
