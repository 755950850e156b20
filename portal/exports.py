"""Lists as files: CSV streamed row by row, JSON with its columns.

Every export of a list goes through these, so each has a header row, the same
columns as its JSON, empty cells for unknown values and a dated file name that
says what it holds (`needs-2026-12-02.csv`). A list page answers
`?format=csv` and `?format=json` through `list_export`, with the page's
filters; any other format is refused with a message.

Text cells of a CSV that a spreadsheet would read as a formula (starting with
=, +, -, @, a tab or a carriage return) are neutralised with a leading
apostrophe, the OWASP advice against CSV injection. JSON is data for programs
and keeps every value as it is.
"""

import csv
import io
import json
from collections.abc import Callable, Iterable

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

EXPORT_FORMATS = ("csv", "json")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


FORMULA_FIRST = frozenset(FORMULA_STARTS)
# Rows written to the stream at a time: one chunk per row costs more in
# Django's streaming than the CSV itself.
ROWS_PER_CHUNK = 250


def neutralise(value):
    """The cell as a spreadsheet may show it, never run it: text that starts
    like a formula gets a leading apostrophe; numbers and dates stay as
    they are."""
    if value.__class__ is str and value and value[0] in FORMULA_FIRST:
        return "'" + value
    return value


def dated_filename(name: str, extension: str) -> str:
    """`needs` → `needs-2026-12-02.csv`: the day (in the portal's time zone)
    says how fresh the file is once it sits in a downloads folder."""
    return f"{name}-{timezone.localdate():%Y-%m-%d}.{extension}"


def csv_response(
    rows: Iterable[dict],
    *,
    columns: list[str],
    filename: str,
    byte_order_mark: bool = False,
) -> StreamingHttpResponse:
    """`byte_order_mark` makes spreadsheets read the file as UTF-8; files for
    programs go without (it would stick to the first column's name)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def chunk() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    def lines():
        if byte_order_mark:
            buffer.write("\ufeff")
        writer.writerow([neutralise(column) for column in columns])
        for number, row in enumerate(rows, start=1):
            writer.writerow(
                ["" if (v := row.get(c)) is None else neutralise(v) for c in columns]
            )
            if number % ROWS_PER_CHUNK == 0:
                yield chunk()
        yield chunk()

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{dated_filename(filename, "csv")}"'
    )
    return response


def json_response(
    rows: Iterable[dict], *, columns: list[str], filename: str
) -> HttpResponse:
    results = [{column: row.get(column) for column in columns} for row in rows]
    response = HttpResponse(
        json.dumps(
            {"count": len(results), "columns": columns, "results": results},
            cls=DjangoJSONEncoder,
            ensure_ascii=False,
        ),
        content_type="application/json",
    )
    response["Content-Disposition"] = (
        f'inline; filename="{dated_filename(filename, "json")}"'
    )
    return response


def export_requested(request) -> str | None:
    """The export a list page is asked for: "csv", "json", "" for an unknown
    format, None for the page itself."""
    value = request.GET.get("format")
    if value is None or value == "":
        return None
    return value if value in EXPORT_FORMATS else ""


def list_export(
    request,
    *,
    rows: Callable[[], Iterable[dict]],
    columns: list[str],
    filename: str,
) -> HttpResponse | None:
    """A list page's `?format=csv|json` export, or None to render the page.

    `rows` is called only for an export, so a page pays nothing for it.
    """
    export = export_requested(request)
    if export is None:
        return None
    if export == "":
        return HttpResponseBadRequest(
            _("Unknown format “%(format)s”: this list downloads as csv or json.")
            % {"format": request.GET.get("format")},
            content_type="text/plain; charset=utf-8",
        )
    respond = csv_response if export == "csv" else json_response
    return respond(rows(), columns=columns, filename=filename)


def url_maker(request, viewname: str, **placeholder) -> Callable[[object], str]:
    """Absolute addresses of many records from one reverse(): an export lists
    thousands of rows. `placeholder` names the URL's one argument and a value
    that stands in for it (e.g. `pk=999999999`, `iso3="ZZZ"`)."""
    ((name, marker),) = placeholder.items()
    template = request.build_absolute_uri(reverse(viewname, kwargs={name: marker}))
    return lambda value: template.replace(str(marker), str(value), 1)


def choice_labels(choices) -> Callable[[str], str]:
    """A choice's label in the reader's language, translated once per export."""
    labels = {value: str(label) for value, label in choices}
    return lambda value: labels.get(value, value or "")
