"""A State's dossier for a committee chair: its content snapshot and HTML.

Made like a meeting report (meeting_reports.document): `dossier_snapshot`
reads everything the dossier shows into plain JSON, in the language of the
reader who asks (values already written as that reader reads them); the HTML
is made from the snapshot alone and turned into a PDF by the meeting reports'
WeasyPrint rendering (`report_pdf`), which reads nothing from the network.
The snapshot holds no time of making, so asking again the same day for the
same content gives the same version.
"""

import datetime as dt

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext

from article7.trajectory import trajectory_snapshot
from country_pages.reference.words import state_facts
from country_pages.selectors import need_list_for_state
from ia_meetings.models import MeetingStatus
from ia_meetings.selectors import meeting_detail, meeting_list_for_user
from partnerships.charts import funding_by_year_chart
from portal.documents import css_content, svg_data_uri, trajectory_print
from portal.markdown import render_markdown

from .selectors.accountability import accountability_for_state
from .selectors.changes import IA_KINDS, since_default, state_changes
from .selectors.impact import state_impact
from .templatetags.committee_tags import cell

DOSSIER_FORMAT = 1


def _table(table) -> dict:
    """A table as plain text, written as its reader reads it."""
    return {
        "key": table.key,
        "title": str(table.title),
        "note": str(table.note),
        "empty": str(table.empty),
        "columns": [
            {"label": str(c.label), "numeric": c.numeric} for c in table.columns
        ],
        "rows": [
            [str(cell(row.get(c.key))) for c in table.columns] for row in table.rows
        ],
    }


def _last_meeting(*, state, user) -> dict | None:
    """The last held IA meeting the reader may read: its highlights, its
    conclusions (agenda item IV) and its action points."""
    last = (
        meeting_list_for_user(user=user)
        .filter(state=state, kind__in=IA_KINDS, status=MeetingStatus.HELD)
        .order_by("-starts_at")
        .values_list("pk", flat=True)
        .first()
    )
    if last is None:
        return None
    meeting = meeting_detail(pk=last, with_participants=False)
    conclusions = [
        {"title": str(item), "minutes": item.minutes, "content": item.content}
        for item in meeting.agenda_items.all()
        if item.code.upper().startswith("IV") and (item.minutes or item.content)
    ]
    return {
        "title": meeting.title,
        "kind": meeting.get_kind_display(),
        "date": date_format(timezone.localdate(meeting.starts_at), "j F Y"),
        "highlights": meeting.highlights,
        "conclusions": conclusions,
        "action_points": [
            {
                "description": point.description,
                "owner": point.owner_organisation,
                "due": date_format(point.due_date, "j M Y") if point.due_date else "",
                "status": point.get_status_display(),
            }
            for point in meeting.action_points.all()
        ],
    }


def dossier_snapshot(*, state, user) -> dict:
    """Everything the dossier shows, in the active language, as JSON."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    default = since_default(state=state, user=user)
    changes = state_changes(state=state, user=user, since=default.date)
    impact = state_impact(state=state)
    points, follow_ups, figures = accountability_for_state(state=state)
    facts = state_facts(state=state)
    chart = funding_by_year_chart(state=state)
    needs = list(need_list_for_state(state=state, published_only=True))
    return {
        "format": DOSSIER_FORMAT,
        "language": language,
        "state": {
            "name": state.name,
            "iso3": state.iso3,
            "region": str(state.get_region_display()),
        },
        "since": {
            "date": date_format(default.date, "j F Y"),
            "meeting": default.meeting_title,
        },
        "status": {
            "dates": facts.dates.text,
            "article5": facts.article5.text,
            "article4": facts.article4.text,
            "survivors": facts.survivors.text,
            "remaining_contamination": state.remaining_contamination,
            "article7_year": state.latest_article7_report_year,
        },
        "changes": [_table(t) for t in changes.tables],
        "counts": changes.counts,
        "needs": [
            {
                "title": need.title,
                "theme": str(need.get_theme_display()),
                "status": str(need.get_status_display()),
                "cost": str(cell(need.estimated_cost)),
                "secured": str(cell(need.funding_secured)),
                "gap": str(cell(need.funding_gap)),
                "currency": need.currency,
                "years": "–".join(
                    str(y) for y in (need.start_year, need.end_year) if y
                ),
            }
            for need in needs
        ],
        "funding_chart_svg": str(chart.svg) if chart.rows else "",
        "trajectory": trajectory_snapshot(state),
        "impact": {
            "launched": date_format(impact.launched, "j F Y")
            if impact.launched
            else "",
            "partners_before": impact.partners_before,
            "partners_after": impact.partners_after,
            "new_partners": impact.new_partners,
            "partners": _table(impact.by_partner),
            "donor_base": _table(impact.donor_base),
        },
        "accountability": {
            "figures": figures,
            "action_points": _table(points),
            "follow_ups": _table(follow_ups),
        },
        "last_meeting": _last_meeting(state=state, user=user),
    }


def dossier_context(*, snapshot: dict, number: int, made_at=None) -> dict:
    made_at = made_at or timezone.now()
    last = snapshot.get("last_meeting")
    if last:
        last = dict(last)
        last["highlights_html"] = render_markdown(last["highlights"])
        last["conclusions"] = [
            {
                **c,
                "minutes_html": render_markdown(c["minutes"]),
                "content_html": render_markdown(c["content"]),
            }
            for c in last["conclusions"]
        ]
        last["action_points"] = [
            {**p, "description_html": render_markdown(p["description"])}
            for p in last["action_points"]
        ]
    svg = snapshot.get("funding_chart_svg") or ""
    return {
        **snapshot,
        "number": number,
        "made_at": f"{date_format(made_at.astimezone(dt.UTC), 'j F Y, H:i')} UTC",
        "remaining_contamination_html": render_markdown(
            snapshot["status"]["remaining_contamination"]
        ),
        "chart_src": svg_data_uri(svg),
        "trajectory": trajectory_print(snapshot.get("trajectory")),
        "last_meeting": last,
        "running": {
            "footer": css_content(
                gettext("%(state)s · dossier for the committee · %(version)s"),
                state="string(state)",
                version="string(version)",
            ),
            "pages": css_content(
                gettext("Page %(page)s of %(pages)s"),
                page="counter(page)",
                pages="counter(pages)",
            ),
        },
    }


def dossier_html(*, snapshot: dict, number: int, made_at=None) -> str:
    """The dossier's HTML, in the language it was asked in."""
    with translation.override(snapshot.get("language") or settings.LANGUAGE_CODE):
        return render_to_string(
            "reports/dossier.html",
            dossier_context(snapshot=snapshot, number=number, made_at=made_at),
        )
