"""Lists as files: CSV streamed row by row, JSON with its columns.

Every export of a list goes through these, so each has a header row, the same
columns as its JSON, empty cells for unknown values and a file name that says
what it holds.
"""

import csv
import json
from collections.abc import Iterable

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, StreamingHttpResponse


class _Echo:
    """A file-like object that hands back what csv writes, for streaming."""

    def write(self, value):
        return value


def csv_response(
    rows: Iterable[dict], *, columns: list[str], filename: str
) -> StreamingHttpResponse:
    writer = csv.DictWriter(_Echo(), fieldnames=columns)

    def lines():
        yield writer.writeheader()
        for row in rows:
            yield writer.writerow({k: "" if v is None else v for k, v in row.items()})

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def json_response(
    rows: Iterable[dict], *, columns: list[str], filename: str
) -> HttpResponse:
    results = list(rows)
    response = HttpResponse(
        json.dumps(
            {"count": len(results), "columns": columns, "results": results},
            cls=DjangoJSONEncoder,
            ensure_ascii=False,
        ),
        content_type="application/json",
    )
    response["Content-Disposition"] = f'inline; filename="{filename}.json"'
    return response
