"""Reads of Article 7 reports that views, the country page and other apps share.

Each read runs a fixed number of queries, however many rows a report has.
"""

from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from .forms import TABLES
from .models import (
    Article7Report,
    FormCode,
    GuideEdition,
    GuideQuestion,
    GuideSection,
    ReportStatus,
)
from .rules import reports_visible_filter
from .status import CURRENT_STATUSES

ROW_RELATIONS = [table.related_name for tables in TABLES.values() for table in tables]


def report_list(*, user, state=None, year=None) -> QuerySet[Article7Report]:
    """The reports `user` may read, newest first."""
    reports = Article7Report.objects.filter(reports_visible_filter(user))
    if state is not None:
        reports = reports.filter(state=state)
    if year is not None:
        reports = reports.filter(year=year)
    return reports.select_related("state", "submitted_by").order_by(
        "state__name", "-year", "-number"
    )


def report_with_rows(*, pk: int) -> Article7Report | None:
    """A report with its State, forms and every table's rows (one query each)."""
    return (
        Article7Report.objects.select_related(
            "state", "submitted_by", "updated_by", "supersedes"
        )
        .prefetch_related("forms", "forms__updated_by", *ROW_RELATIONS)
        .filter(pk=pk)
        .first()
    )


def report_versions(*, report: Article7Report, user) -> list[Article7Report]:
    """Every version of the report's year that `user` may read."""
    return list(
        report_list(user=user, state=report.state, year=report.year).order_by("-number")
    )


def report_pdfs(*, report: Article7Report) -> list:
    """The PDF versions of a submitted report, newest first (snapshots left
    out: the page needs only their status and language)."""
    if report.is_draft:
        return []
    return list(report.pdfs.defer("snapshot").order_by("-number")[:20])


def latest_current_report(*, state, user, prefetch=True) -> Article7Report | None:
    """The State's latest submitted (or published) report that `user` may read."""
    reports = Article7Report.objects.filter(
        reports_visible_filter(user), state=state, status__in=CURRENT_STATUSES
    ).order_by("-year", "-number")
    if prefetch:
        reports = reports.prefetch_related(*ROW_RELATIONS)
    return reports.first()


def current_reports(*, user, state=None, states=None) -> QuerySet[Article7Report]:
    """Each year's current version (submitted, acknowledged or published) that
    `user` may read."""
    reports = Article7Report.objects.filter(
        reports_visible_filter(user), status__in=CURRENT_STATUSES
    )
    if state is not None:
        reports = reports.filter(state=state)
    if states is not None:
        reports = reports.filter(state__in=states)
    return reports


def draft_for(*, state, year) -> Article7Report | None:
    return Article7Report.objects.filter(
        state=state, year=year, status=ReportStatus.DRAFT
    ).first()


def guidance_current() -> GuideEdition | None:
    """The current edition with its sections and questions."""
    return (
        GuideEdition.objects.filter(is_current=True)
        .prefetch_related(
            Prefetch(
                "sections",
                queryset=GuideSection.objects.prefetch_related(
                    Prefetch("questions", queryset=GuideQuestion.objects.all())
                ),
            )
        )
        .first()
    )


def guidance_for(*, form: str) -> GuideSection | None:
    """The current edition's guidance for `form` ("cover" or a form's letter)."""
    return (
        GuideSection.objects.filter(edition__is_current=True, form=form)
        .prefetch_related("questions")
        .first()
    )


def form_sections(report: Article7Report) -> list[dict]:
    """The report's forms, in order, each with its tables' rows (prefetched)."""
    forms = {form.code: form for form in report.forms.all()}
    sections = []
    for code, label in FormCode.choices:
        tables = [
            {
                "table": table,
                "headers": [
                    table.model._meta.get_field(name).verbose_name
                    for name in table.fields
                ],
                "rows": [
                    [_cell(row, name) for name in table.fields]
                    for row in getattr(report, table.related_name).all()
                ],
            }
            for table in TABLES.get(code, [])
        ]
        sections.append(
            {"code": code, "label": label, "form": forms.get(code), "tables": tables}
        )
    return sections


def _cell(row, name: str) -> str:
    """One value of a row as a reader sees it."""
    field = row._meta.get_field(name)
    value = getattr(row, name)
    if field.choices:
        return getattr(row, f"get_{name}_display")() or ""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if name == "year":
        return str(value)
    if isinstance(value, int | Decimal):
        places = 2 if isinstance(value, Decimal) else None
        return number_format(value, decimal_pos=places, force_grouping=True)
    return value or ""


def report_figures(*, report: Article7Report) -> dict:
    """The headline figures of a report: remaining area (CHA and SHA), area
    released and mines destroyed in its year, stockpile held, casualties in
    its year. None where the report gives no rows for a figure."""
    from django.db.models import Count, F, Sum

    areas = {
        row["category"]: row["total"]
        for row in report.hazardous_areas.values("category").annotate(
            total=Sum("area_m2")
        )
    }
    release = report.land_releases.filter(year=report.year).aggregate(
        released=Sum(F("cancelled_m2") + F("reduced_m2") + F("cleared_m2")),
        mines=Sum("mines_destroyed"),
    )
    stockpile = report.stockpile_rows.aggregate(total=Sum("quantity"), rows=Count("pk"))
    casualties = report.victim_figures.filter(
        year=report.year, kind__in=("killed", "injured")
    ).aggregate(
        total=Sum(F("women") + F("men") + F("girls") + F("boys") + F("unknown"))
    )
    return {
        "remaining_m2": sum(areas.values()) if areas else None,
        "cha_m2": areas.get("cha"),
        "sha_m2": areas.get("sha"),
        "released_m2": release["released"],
        "mines_destroyed": release["mines"],
        "stockpile": stockpile["total"] if stockpile["rows"] else None,
        "casualties": casualties["total"],
    }
