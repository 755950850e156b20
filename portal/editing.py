"""The view side of optimistic edits: after an EditConflict, keep what the
person typed and show the version saved meanwhile beside it.

Services raise portal.services.EditConflict (through versioned_update); views
call the service through `form_save`, which puts a refusal on the form and a
conflict into the context that `portal/_edit_conflict.html` renders above it.
"""

import datetime
from decimal import Decimal

from django import forms
from django.db import models
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from .services import EditConflict, ServiceError


def saved_value(record, name: str) -> str:
    """One field of the saved record as a reader sees it ("—" when empty)."""
    try:
        field = record._meta.get_field(name)
    except Exception:  # not a model field: a form-only value such as a formset
        field = None
    if isinstance(field, models.Field) and field.choices:
        value = getattr(record, f"get_{name}_display")()
    else:
        value = getattr(record, name, None)
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime.datetime):
        return date_format(value, "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "DATE_FORMAT")
    if isinstance(value, Decimal):
        return number_format(value, decimal_pos=2, force_grouping=True)
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value) or "—"
    return str(value)


def conflict_context(
    form: forms.BaseForm,
    conflict: EditConflict,
    *,
    fields: list[tuple[str, str]] | None = None,
) -> dict:
    """Turn an EditConflict into form errors plus "their version / your version".

    The bound form keeps what the person typed but now carries the saved
    version, so that saving again replaces the other person's version on
    purpose. `fields` lists (label, value) of the saved version; by default
    every field of the form, read from the saved record.
    """
    current = conflict.current
    form.data = form.data.copy()
    form.data[form.add_prefix("version")] = current.version
    form.add_error(None, str(conflict))
    if fields is None:
        fields = [
            (field.label or name, saved_value(current, name))
            for name, field in form.fields.items()
            if name != "version" and not isinstance(field.widget, forms.HiddenInput)
        ]
    return {"conflict": current, "conflict_fields": fields}


def form_save(
    form, context: dict, save, *, conflict_fields=None
) -> tuple[bool, object]:
    """Call ``save()``, a service call that may refuse, for a valid bound form.

    Returns ``(True, what save returned)``, or ``(False, None)`` with the reason
    on the form: a ServiceError as a non-field error; an EditConflict also puts
    both versions into ``context`` (``conflict_fields(saved_record)`` lists the
    saved version's fields as (label, value); by default every field of the form).
    """
    try:
        return True, save()
    except EditConflict as exc:
        fields = conflict_fields(exc.current) if conflict_fields else None
        context.update(conflict_context(form, exc, fields=fields))
    except ServiceError as exc:
        form.add_error(None, str(exc))
    return False, None
