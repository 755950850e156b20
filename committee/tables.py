"""A table the committee's pages show and export alike.

Each view builds its tables once; the page renders them (templates/committee/
_table.html) and `?format=csv|json&table=<key>` exports the same rows through
portal.exports, so a download always says what the page says.
"""

from dataclasses import dataclass, field

from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _

from portal.exports import csv_response, json_response

EXPORT_FORMATS = ("csv", "json")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    numeric: bool = False


@dataclass
class Table:
    key: str
    title: str
    columns: list[Column]
    rows: list[dict] = field(default_factory=list)
    # Said instead of an empty table.
    empty: str = ""
    # A sentence under the heading: what the table counts and from when.
    note: str = ""

    @property
    def export_columns(self) -> list[str]:
        return [column.key for column in self.columns] + ["url"]


def table_export(request, tables: list[Table], *, filename: str) -> HttpResponse:
    """The table `?table=` names as CSV or JSON (`?format=`); a clear refusal
    for a table or format the page does not have."""
    export = request.GET.get("format")
    wanted = request.GET.get("table", "")
    table = next((t for t in tables if t.key == wanted), None)
    if export not in EXPORT_FORMATS or table is None:
        return HttpResponseBadRequest(
            _("Choose a table (%(tables)s) and a format (csv or json).")
            % {"tables": ", ".join(t.key for t in tables)},
            content_type="text/plain; charset=utf-8",
        )
    rows = (
        {key: row.get(key) for key in table.export_columns}
        | {"url": request.build_absolute_uri(row["url"]) if row.get("url") else ""}
        for row in table.rows
    )
    export_as = csv_response if export == "csv" else json_response
    return export_as(
        rows, columns=table.export_columns, filename=f"{filename}-{table.key}"
    )
