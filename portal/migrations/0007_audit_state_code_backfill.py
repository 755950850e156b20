"""Fill AuditEntry.state_code for the entries recorded before it existed, from
their targets (a State, or a record with a `state`)."""

from django.core.exceptions import FieldDoesNotExist
from django.db import migrations


def backfill(apps, schema_editor):
    AuditEntry = apps.get_model("portal", "AuditEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for ct in ContentType.objects.filter(
        pk__in=AuditEntry.objects.exclude(content_type=None)
        .values("content_type")
        .distinct()
    ):
        try:
            model = apps.get_model(ct.app_label, ct.model)
        except LookupError:
            continue
        try:
            model._meta.get_field("iso3")
            path = "iso3"
        except FieldDoesNotExist:
            try:
                field = model._meta.get_field("state")
            except FieldDoesNotExist:
                continue
            if not field.is_relation:
                continue
            path = "state__iso3"
        entries = AuditEntry.objects.filter(content_type=ct, state_code="")
        ids = {int(i) for i in entries.values_list("object_id", flat=True) if i.isdigit()}
        codes = dict(
            model._default_manager.filter(pk__in=ids).values_list("pk", path)
        )
        for entry in entries:
            code = codes.get(int(entry.object_id)) if entry.object_id.isdigit() else None
            if code:
                entry.state_code = code
                entry.save(update_fields=["state_code"])


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0006_audit_state_code"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
