"""The database cache table that FailoverCache uses while Redis is down.

`createcachetable` makes it only when settings name a database cache (with
REDIS_URL) and does nothing when the table exists, so running it here keeps a
deployment to one `migrate`.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("portal", "0002_outbox_email")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
