"""The follow-up report of a held meeting: its content snapshot, HTML and PDF.

A report is made in two steps so that it is reproducible and idempotent:
`report_snapshot` reads everything the report shows into plain JSON (a handful
of queries, whatever the meeting's size); `report_html` and
`portal.documents.pdf_render` turn a snapshot into a PDF without touching the
database. The snapshot is stored with
the version, so a version can always be re-rendered from what it was made of.

User text is Markdown rendered through portal.markdown (sanitised HTML only).
The print templates and their CSS live in templates/reports/; WeasyPrint may
read files from that folder and data: URLs, nothing from the network.
"""

import datetime as dt
import json
from dataclasses import asdict

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.utils import numberformat, timezone, translation
from django.utils.dateformat import format as date_format
from django.utils.formats import get_format
from django.utils.functional import Promise
from django.utils.translation import gettext

from article7.trajectory import trajectory_snapshot
from country_pages.selectors import need_list_for_state
from ia_meetings.models import (
    ActionPointStatus,
    FollowUpStatus,
    Meeting,
    ParticipantGroup,
)
from partnerships.charts import donor_base_by_year
from partnerships.selectors import country_partnership_summary
from portal.documents import css_content, svg_data_uri, trajectory_print
from portal.markdown import render_markdown
from portal.names import country_name

SNAPSHOT_FORMAT = 1


def _iso(value):
    return value.isoformat() if value else None


def _jsonable(value):
    """Dates as ISO text, translated labels as the text of the active language."""
    return str(value) if isinstance(value, Promise) else _iso(value)


def _money(value):
    return None if value is None else str(value)


def report_language(snapshot: dict) -> str:
    """The language the report is written in: the one active when it was asked
    for (snapshots made before the portal had languages are in English)."""
    return snapshot.get("language") or settings.LANGUAGE_CODE


def report_snapshot(*, meeting: Meeting) -> dict:
    """Everything the report shows, as JSON-ready values (no e-mail addresses),
    with its labels in the active language.

    Needs and partnerships are read as the public sees them: a report may be
    made public, so it carries nothing the country page would not show.
    The language is part of the content only when it is not the site's own, so
    a report asked for in English keeps the hash (and version) it had; one in
    another language is a version of its own.
    """
    meeting = Meeting.objects.select_related("state").get(pk=meeting.pk)
    state = meeting.state
    items = list(meeting.agenda_items.order_by("order", "pk"))
    codes = {item.pk: item.code for item in items}
    participants = list(
        meeting.participants.order_by("group", "organisation", "name").values(
            "group", "organisation", "name", "attended", "response"
        )
    )
    groups = []
    for value, label in ParticipantGroup.choices:
        people = [
            {
                "name": p["name"],
                "organisation": p["organisation"],
                "attended": p["attended"],
            }
            for p in participants
            if p["group"] == value
        ]
        if people:
            groups.append({"group": str(label), "people": people})
    partnership = country_partnership_summary(state=state, user=AnonymousUser())
    partnership_data = asdict(partnership)
    partnership_data["is_empty"] = partnership.is_empty
    language = translation.get_language() or settings.LANGUAGE_CODE
    trajectory = trajectory_snapshot(state)
    return {
        **({} if language == settings.LANGUAGE_CODE else {"language": language}),
        # Only where the State has reported figures, so earlier reports keep
        # their content (and version).
        **({"trajectory": trajectory} if trajectory else {}),
        "format": SNAPSHOT_FORMAT,
        "state": {"name": state.name, "iso3": state.iso3},
        "meeting": {
            "id": meeting.pk,
            "title": meeting.title,
            "kind": meeting.get_kind_display(),
            "setting": meeting.get_setting_display(),
            "format": meeting.get_format_display(),
            "venue": meeting.venue,
            "status": meeting.get_status_display(),
            "timezone": meeting.timezone,
            "starts_at": _iso(meeting.starts_local),
            "ends_at": _iso(meeting.ends_local),
            "date": meeting.starts_local.date().isoformat(),
            "purpose": meeting.purpose,
            "highlights": meeting.highlights,
        },
        "agenda": [
            {
                "code": item.code,
                # A standard item's title in the report's language.
                "title": item.reader_title,
                "by_state": item.by_state,
                "presenter": item.presenter,
                "start_time": item.start_time.strftime("%H:%M")
                if item.start_time
                else "",
                "content": item.content,
                "minutes": item.minutes,
                "minutes_final": item.minutes_final,
            }
            for item in items
        ],
        "action_points": [
            {
                "description": point.description,
                "owner": point.owner,
                "due_date": _iso(point.due_date),
                "status": point.get_status_display(),
                "done": point.status == ActionPointStatus.DONE,
                "agenda_code": codes.get(point.agenda_item_id, ""),
            }
            for point in meeting.action_points.select_related(
                "owner_participant"
            ).order_by("due_date", "pk")
        ],
        "follow_ups": [
            {
                "kind": follow_up.get_kind_display(),
                "status": follow_up.get_status_display(),
                "done": follow_up.status == FollowUpStatus.DONE,
                "date": _iso(follow_up.date),
                "notes": follow_up.notes,
                "subsequent_meeting": follow_up.subsequent_meeting.title
                if follow_up.subsequent_meeting
                else "",
            }
            for follow_up in meeting.follow_ups.select_related(
                "subsequent_meeting"
            ).order_by("date", "pk")
        ],
        "participants": groups,
        "needs": [
            {
                "theme": need.get_theme_display(),
                "title": need.title,
                "description": need.description,
                "estimated_cost": _money(need.estimated_cost),
                "funding_secured": _money(need.funding_secured),
                "funding_gap": _money(need.funding_gap),
                "currency": need.currency,
                "start_year": need.start_year,
                "end_year": need.end_year,
                "status": need.get_status_display(),
            }
            for need in need_list_for_state(state=state, published_only=True)
        ],
        "partnerships": json.loads(json.dumps(partnership_data, default=_jsonable)),
        # The donor base per year [004: "encourage more states to become donors"].
        "donor_base": [
            [row.year, row.donors, row.first_time, row.top_five_share]
            for row in donor_base_by_year(state=state)
        ],
    }


def _when(snapshot_meeting: dict) -> str:
    """ "5 March 2026, 10:00–12:00 (Europe/Zurich, UTC+01:00)" in the meeting's zone."""
    starts = dt.datetime.fromisoformat(snapshot_meeting["starts_at"])
    ends = dt.datetime.fromisoformat(snapshot_meeting["ends_at"])
    zone = snapshot_meeting["timezone"]
    offset = starts.strftime("%z")
    utc = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    if starts.date() == ends.date():
        span = f"{date_format(starts, 'j F Y')}, {starts:%H:%M}–{ends:%H:%M}"
    else:
        span = (
            f"{date_format(starts, 'j F Y, H:i')} – {date_format(ends, 'j F Y, H:i')}"
        )
    return f"{span} ({zone}, {utc})"


def _day(value: str | None) -> str:
    return date_format(dt.date.fromisoformat(value), "j M Y") if value else ""


def _amount(value: str | None, currency: str) -> str:
    """A whole amount with the reader's grouping, in its own currency."""
    if value is None:
        return "—"
    number = numberformat.format(
        f"{float(value):.0f}",
        get_format("DECIMAL_SEPARATOR"),
        grouping=get_format("NUMBER_GROUPING") or 3,
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )
    return f"{currency} {number}"


def _running() -> dict:
    """The running header and footers of the print CSS, in the active language."""
    return {
        "footer": css_content(
            gettext("%(state)s · follow-up report · %(version)s"),
            state="string(state)",
            version="string(version)",
        ),
        "pages": css_content(
            gettext("Page %(page)s of %(pages)s"),
            page="counter(page)",
            pages="counter(pages)",
        ),
        "item": css_content(gettext("Agenda item %(code)s"), code="content(text)"),
    }


def report_context(*, snapshot: dict, number: int, made_at=None) -> dict:
    """The template context: Markdown rendered once, figures formatted."""
    meeting = dict(snapshot["meeting"])
    meeting["when"] = _when(meeting)
    meeting["purpose_html"] = render_markdown(meeting["purpose"])
    meeting["highlights_html"] = render_markdown(meeting["highlights"])
    agenda = []
    for index, item in enumerate(snapshot["agenda"], start=1):
        agenda.append(
            {
                **item,
                "anchor": f"item-{index}",
                "is_sub": "." in item["code"],
                "content_html": render_markdown(item["content"]),
                "minutes_html": render_markdown(item["minutes"]),
            }
        )
    action_points = [
        {
            **point,
            "due_date": _day(point["due_date"]),
            "description_html": render_markdown(point["description"]),
        }
        for point in snapshot["action_points"]
    ]
    follow_ups = [
        {
            **follow_up,
            "date": _day(follow_up["date"]),
            "notes_html": render_markdown(follow_up["notes"]),
        }
        for follow_up in snapshot["follow_ups"]
    ]
    needs = [
        {
            **need,
            "description_html": render_markdown(need["description"]),
            "estimated": _amount(need["estimated_cost"], need["currency"]),
            "secured": _amount(need["funding_secured"], need["currency"]),
            "gap": _amount(need["funding_gap"], need["currency"]),
            "years": "–".join(
                str(y) for y in (need["start_year"], need["end_year"]) if y
            ),
        }
        for need in snapshot["needs"]
    ]
    totals = {}
    for need in snapshot["needs"]:
        total = totals.setdefault(need["currency"], [0.0, 0.0, 0.0])
        for i, key in enumerate(("estimated_cost", "funding_secured", "funding_gap")):
            total[i] += float(need[key] or 0)
    partnerships = dict(snapshot["partnerships"])
    svg = partnerships.get("funding_chart_svg") or ""
    # An <img> of a data: URL keeps another app's SVG out of the HTML itself.
    partnerships["chart_src"] = svg_data_uri(svg)
    made_at = made_at or timezone.now()
    state = snapshot["state"]
    return {
        "trajectory": trajectory_print(snapshot.get("trajectory")),
        # The State's name in the report's language (the snapshot keeps the
        # English one).
        "state": {
            **state,
            "name": country_name(iso3=state.get("iso3", ""), english=state["name"]),
        },
        "meeting": meeting,
        "number": number,
        # A string: the date filter would move it to the site's time zone.
        "made_at": f"{date_format(made_at.astimezone(dt.UTC), 'j F Y, H:i')} UTC",
        "agenda": agenda,
        "action_points": action_points,
        "follow_ups": follow_ups,
        "participants": snapshot["participants"],
        "participant_count": sum(len(g["people"]) for g in snapshot["participants"]),
        "attended_count": sum(
            1 for g in snapshot["participants"] for p in g["people"] if p["attended"]
        ),
        "needs": needs,
        "need_totals": [
            {
                "currency": currency,
                "estimated": _amount(str(values[0]), currency),
                "secured": _amount(str(values[1]), currency),
                "gap": _amount(str(values[2]), currency),
            }
            for currency, values in sorted(totals.items())
        ],
        "partnerships": partnerships,
        "donor_base": snapshot.get("donor_base") or [],
        "running": _running(),
    }


def report_html(*, snapshot: dict, number: int, made_at=None) -> str:
    """The report's HTML, written in the language it was asked for."""
    with translation.override(report_language(snapshot)):
        return render_to_string(
            "reports/report.html",
            report_context(snapshot=snapshot, number=number, made_at=made_at),
        )
