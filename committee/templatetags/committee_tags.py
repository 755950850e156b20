"""How a cell of a committee table reads: dates and amounts in the reader's
language, yes or no, a dash for nothing."""

import datetime as dt
from decimal import Decimal, InvalidOperation

from django import template
from django.utils.formats import date_format, number_format
from django.utils.translation import pgettext

register = template.Library()


@register.filter
def cell(value):
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return pgettext("table cell", "yes") if value else pgettext("table cell", "no")
    if isinstance(value, dt.datetime | dt.date):
        return date_format(value, "j M Y")
    if isinstance(value, float | Decimal):
        return number_format(value, 0, force_grouping=True)
    if isinstance(value, str) and value.replace(".", "", 1).isdigit():
        try:
            return number_format(Decimal(value), 0, force_grouping=True)
        except InvalidOperation:
            return value
    return value


@register.filter
def get(row: dict, key: str):
    return row.get(key)
