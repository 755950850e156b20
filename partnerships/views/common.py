"""What several partnership pages share: loading the object a permission is
asked about, paging, and the filter form's fields."""

from django.shortcuts import get_object_or_404
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from country_pages.models import StateParty
from portal.content import content_cached
from portal.currencies import CURRENCIES

from ..models import Interest, Partnership

PAGE_SIZE = 25


def state_from_url(request, iso3, *args, **kwargs) -> StateParty:
    return get_object_or_404(StateParty, iso3=iso3.upper())


def partnership_from_url(request, pk, *args, **kwargs) -> Partnership:
    return get_object_or_404(Partnership.objects.select_related("state"), pk=pk)


def interest_from_url(request, pk, *args, **kwargs) -> Interest:
    return get_object_or_404(
        Interest.objects.select_related("need__state", "donor", "partnership"), pk=pk
    )


def currency_context() -> dict:
    """The ISO 4217 codes a money field suggests (templates' datalist)."""
    return {"currency_codes": sorted(CURRENCIES)}


def filter_fields(form) -> list[dict]:
    """The filter form's fields, with select options prepared in Python.

    Rendering 166 States through Django's option templates (or a template
    loop) took most of the page's time; the needs browser has a throughput
    target (DESIGN.md). The options of each select are built once per content
    version and language (portal.content) and the chosen one marked per
    request, so a page does not read the States and partners each time.
    """
    fields = []
    for field in form:
        options = None
        if field.widget_type == "select":
            options = content_cached(
                f"filter-options:{type(form).__name__}",
                field.name,
                compute=lambda field=field: _options(field),
            )
            # The raw submitted value, as the options' values are strings.
            if current := str(field.data or ""):
                attribute = format_html('value="{}"', current)
                options = options.replace(attribute, f"{attribute} selected", 1)
            options = mark_safe(options)  # noqa: S308 (built by format_html)
        fields.append({"field": field, "options": options})
    return fields


def _options(field) -> str:
    return str(
        format_html_join(
            "",
            '<option value="{}">{}</option>',
            ((value, label) for value, label in field.field.widget.choices),
        )
    )
