"""A submitted Article 7 report as a PDF: the cover page, then each form in
the template's order, with its narrative and its tables.

Made in two steps, like the meeting reports: `report_pdf_snapshot` reads what
the PDF shows into plain JSON in the active language (labels, formatted
figures, the narratives' sanitised HTML); `report_pdf_html` turns a snapshot
into the print HTML without touching the database. portal.documents renders
it to PDF in a worker.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from portal.documents import css_content
from portal.markdown import render_markdown

from .models import Article7Report, ReportPdf, report_pdf_file_key
from .selectors import form_sections

SNAPSHOT_FORMAT = 1


def _day(value) -> str:
    return formats.date_format(value, "j F Y") if value else ""


def report_pdf_snapshot(*, report: Article7Report) -> dict:
    """Everything the PDF shows, in the active language, as JSON. `report`
    comes with its forms and rows (selectors.report_with_rows)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    submitted = timezone.localtime(report.submitted_at) if report.submitted_at else None
    return {
        "format": SNAPSHOT_FORMAT,
        "language": language,
        "report": {
            "iso3": report.state.iso3,
            "state": report.state.local_name,
            "year": report.year,
            "number": report.number,
            "kind": str(report.get_kind_display()),
            "status": str(report.get_status_display()),
            "is_demo": report.is_demo,
            "period": f"{_day(report.period_start)} – {_day(report.period_end)}",
            "submitted": formats.date_format(submitted, "j F Y, H:i")
            if submitted
            else "",
            "published": _day(report.published_at),
            "contact": [
                value
                for value in (
                    report.contact_organisation,
                    report.contact_name,
                    report.contact_email,
                    report.contact_phone,
                )
                if value
            ],
            "file_name": report.file_name if report.file else "",
        },
        "forms": [
            {
                "code": section["code"],
                "label": str(section["label"]),
                "status": str(section["form"].get_status_display())
                if section["form"]
                else "",
                "not_applicable": bool(
                    section["form"] and section["form"].status == "not_applicable"
                ),
                "last_reported_year": section["form"].last_reported_year
                if section["form"]
                else None,
                "narrative_html": render_markdown(section["form"].narrative)
                if section["form"]
                else "",
                "tables": [
                    {
                        "title": str(item["table"].title),
                        "headers": [str(h) for h in item["headers"]],
                        "rows": [[str(cell) for cell in row] for row in item["rows"]],
                    }
                    for item in section["tables"]
                    if item["rows"]
                ],
            }
            for section in form_sections(report)
        ],
    }


def report_pdf_html(*, snapshot: dict, number: int, made_at=None) -> str:
    """The print HTML, in the language the PDF was asked in."""
    with translation.override(snapshot.get("language") or settings.LANGUAGE_CODE):
        made_at = timezone.localtime(made_at or timezone.now())
        return render_to_string(
            "reports/article7.html",
            {
                "report": snapshot["report"],
                "forms": snapshot["forms"],
                "number": number,
                "made_at": formats.date_format(made_at, "j F Y, H:i"),
                "running": {
                    "footer": css_content(
                        _(
                            "%(state)s · Article 7 report for %(year)s · "
                            "version %(number)s"
                        ),
                        state="string(state)",
                        year=f'"{snapshot["report"]["year"]}"',
                        number=f'"{snapshot["report"]["number"]}"',
                    ),
                    "pages": css_content(
                        _("Page %(page)s of %(pages)s"),
                        page="counter(page)",
                        pages="counter(pages)",
                    ),
                },
            },
        )


def report_pdf_version_html(version: ReportPdf, made_at) -> str:
    return report_pdf_html(
        snapshot=version.snapshot, number=version.number, made_at=made_at
    )


def report_pdf_version_file_key(version: ReportPdf) -> str:
    return report_pdf_file_key(
        report_id=version.report_id, content_hash=version.content_hash
    )
