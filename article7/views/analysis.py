"""Analysis of Article 7 reports for the ISU and the Committees, with CSV and
JSON downloads of each table."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.exports import csv_response, json_response
from portal.permissions import permission_required

from .. import analysis
from ..models import Article7Report


def _year(request) -> int:
    default = timezone.localdate().year - 1
    try:
        year = int(request.GET.get("year", default))
    except (TypeError, ValueError):
        return default
    return year if 1999 <= year <= default + 1 else default


@permission_required("article7.view_analysis")
def analysis_page(request):
    """Who reported on a year and when, totals by region, and the coverage of
    sex- and age-disaggregated data. The ISU and the Committees."""
    year = _year(request)
    export = request.GET.get("format")
    if export:
        table = request.GET.get("table", "reporting")
        if table not in analysis.TABLES or export not in ("csv", "json"):
            raise Http404(_("No such export."))
        build, columns = analysis.TABLES[table]
        rows = build(year=year)
        respond = csv_response if export == "csv" else json_response
        return respond(rows, columns=columns, filename=f"article7-{table}-{year}")
    reporting = analysis.reporting(year=year)
    coverage = analysis.coverage(year=year)
    years = sorted(
        set(Article7Report.objects.values_list("year", flat=True).distinct()) | {year},
        reverse=True,
    )
    return render(
        request,
        "article7/analysis.html",
        {
            "year": year,
            "years": years,
            "reporting": reporting,
            "received": sum(1 for row in reporting if row["submitted_on"]),
            "on_time": sum(1 for row in reporting if row["on_time"]),
            "regions": analysis.region_totals(year=year),
            "coverage": coverage,
            "coverage_share": analysis.coverage_share(coverage),
        },
    )
