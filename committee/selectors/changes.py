"""What changed for a State since its last IA meeting, or since any date.

Needs and page sections come from the page's published revisions (what the
public saw then and sees now); funding, partnerships, meetings, action points
and follow-ups from their apps' selectors, filtered by what the reader may
read. The query count does not depend on how much happened.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import pgettext

from article7.selectors import current_reports, report_figures
from country_pages.models import NeedStatus, NeedTheme
from country_pages.selectors import page_revisions_since
from ia_meetings.models import ActionPointStatus, FollowUpStatus, MeetingKind
from ia_meetings.models import MeetingStatus as Status
from ia_meetings.selectors import (
    action_point_list_for_user,
    follow_up_list_for_user,
    meeting_list_for_user,
)
from partnerships.models import PartnerKind
from partnerships.selectors import funding_by_partner_year, partnership_list

from ..tables import Column, Table

IA_KINDS = (MeetingKind.IA_LAUNCH, MeetingKind.IA_FOLLOW_UP)
DONE_NEED_STATUSES = (NeedStatus.COMPLETED,)
FUNDED_NEED_STATUSES = (NeedStatus.FUNDED, NeedStatus.PARTIALLY_FUNDED)


@dataclass
class StateChanges:
    state: object
    since: dt.date
    tables: list[Table] = field(default_factory=list)
    counts: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SinceDefault:
    """The date "since" starts from when the reader picks none."""

    date: dt.date
    meeting_title: str = ""
    meeting_url: str = ""


def since_default(*, state, user) -> SinceDefault:
    """The day of the State's last held IA meeting that `user` may read; a
    year ago (not before entry into force) when there is none."""
    meeting = (
        meeting_list_for_user(user=user)
        .filter(state=state, kind__in=IA_KINDS, status=Status.HELD)
        .order_by("-starts_at")
        .first()
    )
    if meeting is not None:
        return SinceDefault(
            date=timezone.localdate(meeting.starts_at),
            meeting_title=meeting.title,
            meeting_url=meeting.get_absolute_url(),
        )
    year_ago = timezone.localdate() - dt.timedelta(days=365)
    return SinceDefault(date=max(year_ago, state.entry_into_force))


def _start_of(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def _need_change(before: dict | None, after: dict | None) -> str | None:
    """added, funded, closed or changed; None when the need is the same."""
    if before == after:
        return None
    if before is None:
        return "added"
    if after is None:
        return "closed"
    if (
        after.get("status") in DONE_NEED_STATUSES
        and before.get("status") not in DONE_NEED_STATUSES
    ):
        return "closed"
    funded_now = after.get("status") in FUNDED_NEED_STATUSES and before.get(
        "status"
    ) != after.get("status")
    try:
        more_money = float(after.get("funding_secured") or 0) > float(
            before.get("funding_secured") or 0
        )
    except ValueError:
        more_money = False
    if funded_now or more_money:
        return "funded"
    return "changed"


def _need_table(*, state, baseline: dict, current: dict) -> Table:
    labels = {
        "added": pgettext("need change", "added"),
        "changed": pgettext("need change", "changed"),
        "funded": pgettext("need change", "funded"),
        "closed": pgettext("need change", "closed"),
    }
    statuses = dict(NeedStatus.choices)
    themes = dict(NeedTheme.choices)
    before = {n["id"]: n for n in baseline.get("needs", [])}
    after = {n["id"]: n for n in current.get("needs", [])}
    rows = []
    for pk in list(after) + [pk for pk in before if pk not in after]:
        old, new = before.get(pk), after.get(pk)
        change = _need_change(old, new)
        if change is None:
            continue
        need = new or old
        rows.append(
            {
                "change": labels[change],
                "title": need.get("title", ""),
                "theme": str(themes.get(need.get("theme"), need.get("theme", ""))),
                "status_before": str(statuses.get(old["status"], "")) if old else "",
                "status_now": str(statuses.get(new["status"], "")) if new else "",
                "funding_secured_before": old.get("funding_secured") if old else None,
                "funding_secured_now": new.get("funding_secured") if new else None,
                "currency": need.get("currency", ""),
                "url": f"{state.get_absolute_url()}#need-{pk}" if new else "",
            }
        )
    return Table(
        key="needs",
        title=_("Needs added, changed, funded or closed"),
        note=_("As published on the country page, compared with the page then."),
        empty=_("No published need changed."),
        columns=[
            Column("title", _("Need")),
            Column("change", _("Change")),
            Column("theme", _("Theme")),
            Column("status_before", _("Status then")),
            Column("status_now", _("Status now")),
            Column("funding_secured_before", _("Funding secured then"), True),
            Column("funding_secured_now", _("Funding secured now"), True),
            Column("currency", _("Currency")),
        ],
        rows=rows,
    )


def _revision_table(*, state, user, published) -> Table:
    may_compare = user.has_perm("country_pages.view_history", state)
    rows = []
    for revision in published:
        url = ""
        if may_compare and revision.previous:
            url = (
                reverse("country_pages:compare", kwargs={"iso3": state.iso3})
                + f"?from={revision.previous}&to={revision.number}"
            )
        elif may_compare:
            url = reverse(
                "country_pages:revision",
                kwargs={"iso3": state.iso3, "number": revision.number},
            )
        rows.append(
            {
                "revision": revision.number,
                "published": timezone.localdate(revision.published_at),
                "sections": ", ".join(revision.sections),
                "url": url,
            }
        )
    return Table(
        key="sections",
        title=_("Page sections published"),
        empty=_("The page was not published again."),
        columns=[
            Column("revision", _("Revision"), True),
            Column("published", _("Published")),
            Column("sections", _("Sections changed")),
        ],
        rows=rows,
    )


def funding_table(*, state, since: dt.date, key="funding") -> Table:
    """Funding by partner and year from the year of `since`, new partners
    (none of whose commitments to the State came before) marked."""
    rows = funding_by_partner_year(state=state)
    first_year = {}
    for row in rows:
        first_year[row.partner] = min(first_year.get(row.partner, row.year), row.year)
    kinds = dict(PartnerKind.choices)
    return Table(
        key=key,
        title=_("Funding by partner and year"),
        note=_(
            "Financial commitments for %(year)s and after, per year, in their "
            "own currency. A new partner had committed nothing to %(state)s before."
        )
        % {"year": since.year, "state": state.local_name},
        empty=_("No financial commitment recorded for these years."),
        columns=[
            Column("partner", _("Partner")),
            Column("partner_kind", _("Kind")),
            Column("year", _("Year"), True),
            Column("amount", _("Amount"), True),
            Column("currency", _("Currency")),
            Column("new_partner", _("New partner")),
        ],
        rows=[
            {
                "partner": row.partner,
                "partner_kind": str(kinds.get(row.partner_kind, row.partner_kind)),
                "year": row.year,
                "amount": row.amount,
                "currency": row.currency,
                "new_partner": first_year[row.partner] >= since.year,
            }
            for row in rows
            if row.year >= since.year
        ],
    )


def _partnership_table(*, state, user, since: dt.date, today: dt.date) -> Table:
    started = pgettext("partnership", "started")
    ended = pgettext("partnership", "ended")
    rows = []
    partnerships = partnership_list(user=user, state=state).order_by("start_date", "pk")
    for p in partnerships.filter(start_date__gte=since) | partnerships.filter(
        end_date__gte=since, end_date__lte=today
    ):
        partners = ", ".join(m.partner.name for m in p.members.all())
        what = []
        if p.start_date >= since:
            what.append(started)
        if p.end_date and since <= p.end_date <= today:
            what.append(ended)
        rows.append(
            {
                "title": p.title,
                "what": ", ".join(what),
                "start_date": p.start_date,
                "end_date": p.end_date,
                "status": p.get_status_display(),
                "south_south": p.is_south_south,
                "partners": partners,
                "url": p.get_absolute_url(),
            }
        )
    return Table(
        key="partnerships",
        title=_("Partnerships started or ended"),
        empty=_("No partnership started or ended."),
        columns=[
            Column("title", _("Partnership")),
            Column("what", _("Since then")),
            Column("start_date", _("Start")),
            Column("end_date", _("End")),
            Column("status", _("Status")),
            Column("south_south", _("South-south")),
            Column("partners", _("Partners")),
        ],
        rows=rows,
    )


def _plain(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _action_point_table(*, state, user, start: dt.datetime, today) -> Table:
    points = (
        action_point_list_for_user(user=user)
        .filter(meeting__state=state)
        .exclude(meeting__status=Status.CANCELLED)
        .select_related("meeting")
        .order_by("due_date", "pk")
    )
    labels = {
        "done": pgettext("action point", "done"),
        "open": pgettext("action point", "open"),
        "overdue": pgettext("action point", "overdue"),
    }
    rows = []
    for point in points.exclude(status=ActionPointStatus.DONE) | points.filter(
        status=ActionPointStatus.DONE, updated_at__gte=start
    ):
        if point.status == ActionPointStatus.DONE:
            situation = "done"
        elif point.due_date and point.due_date < today:
            situation = "overdue"
        else:
            situation = "open"
        rows.append(
            {
                "situation_key": situation,
                "description": _plain(point.description),
                "situation": labels[situation],
                "owner": point.owner_organisation,
                "due_date": point.due_date,
                "status": point.get_status_display(),
                "meeting": point.meeting.title,
                "url": point.get_absolute_url(),
            }
        )
    return Table(
        key="action_points",
        title=_("Action points done, open and overdue"),
        note=_("Done since the date, and every one still open."),
        empty=_("No action point done since, and none open."),
        columns=[
            Column("description", _("What")),
            Column("situation", _("Where it stands")),
            Column("owner", _("Owner")),
            Column("due_date", _("Due")),
            Column("status", _("Status")),
            Column("meeting", _("Meeting")),
        ],
        rows=rows,
    )


def _follow_up_table(*, state, user, since: dt.date, start: dt.datetime) -> Table:
    follow_ups = (
        follow_up_list_for_user(user=user)
        .filter(meeting__state=state)
        .exclude(meeting__status=Status.CANCELLED)
        .select_related("meeting")
        .order_by("date", "pk")
    )
    finished = (FollowUpStatus.DONE, FollowUpStatus.DROPPED)
    rows = [
        {
            "kind": follow_up.get_kind_display(),
            "status": follow_up.get_status_display(),
            "date": follow_up.date,
            "meeting": follow_up.meeting.title,
            "url": follow_up.get_absolute_url(),
        }
        for follow_up in follow_ups.exclude(status__in=finished)
        | follow_ups.filter(updated_at__gte=start)
        | follow_ups.filter(date__gte=since)
    ]
    return Table(
        key="follow_ups",
        title=_("Follow-ups and their status"),
        note=_("Changed or dated since, and every one still under way."),
        empty=_("No follow-up since."),
        columns=[
            Column("kind", _("Follow-up")),
            Column("status", _("Status")),
            Column("date", _("Date")),
            Column("meeting", _("Meeting")),
        ],
        rows=rows,
    )


def _meeting_table(*, state, user, start: dt.datetime) -> Table:
    meetings = (
        meeting_list_for_user(user=user)
        .filter(state=state, status=Status.HELD, starts_at__gte=start)
        .order_by("starts_at", "pk")
    )
    return Table(
        key="meetings",
        title=_("Meetings held"),
        empty=_("No meeting held since."),
        columns=[
            Column("title", _("Meeting")),
            Column("kind", _("Kind")),
            Column("date", _("Date")),
        ],
        rows=[
            {
                "title": meeting.title,
                "kind": meeting.get_kind_display(),
                "date": timezone.localdate(meeting.starts_at),
                "url": meeting.get_absolute_url(),
            }
            for meeting in meetings
        ],
    )


ARTICLE7_FIGURES = (
    ("remaining_m2", _lazy("Remaining contaminated area (m²)")),
    ("cha_m2", _lazy("Confirmed hazardous areas (m²)")),
    ("sha_m2", _lazy("Suspected hazardous areas (m²)")),
    ("released_m2", _lazy("Area released in the year (m²)")),
    ("mines_destroyed", _lazy("Mines destroyed in the year")),
    ("stockpile", _lazy("Stockpiled mines held")),
    ("casualties", _lazy("Casualties in the year")),
)


def _figure(value) -> str:
    return "—" if value is None else number_format(value, force_grouping=True)


def _article7_table(*, state, user) -> Table:
    """The figures of the latest Article 7 report the reader may read against
    the report of the year before it (two reports, a few queries each)."""
    reports = list(
        current_reports(user=user, state=state).order_by("-year", "-number")[:2]
    )
    latest = reports[0] if reports else None
    earlier = reports[1] if len(reports) > 1 else None
    table = Table(
        key="article7",
        title=_("Article 7 figures: the latest report against the one before"),
        empty=_("No Article 7 report to compare yet."),
        columns=[
            Column("figure", _("Figure")),
            Column("previous", _("Previous report"), numeric=True),
            Column("latest", _("Latest report"), numeric=True),
            Column("change", _("Change"), numeric=True),
        ],
    )
    if latest is None:
        return table
    now = report_figures(report=latest)
    before = report_figures(report=earlier) if earlier else {}
    table.note = (
        _("The report for %(year)s against the report for %(previous)s.")
        % {"year": latest.year, "previous": earlier.year}
        if earlier
        else _("The report for %(year)s; there is no earlier report to compare.")
        % {"year": latest.year}
    )
    for key, label in ARTICLE7_FIGURES:
        value, previous = now.get(key), before.get(key)
        if value is None and previous is None:
            continue
        change = "" if value is None or previous is None else value - previous
        table.rows.append(
            {
                "figure": str(label),
                "previous": _figure(previous),
                "latest": _figure(value),
                "change": ""
                if change == ""
                else ("+" if change > 0 else "") + _figure(change),
                "url": latest.get_absolute_url(),
            }
        )
    return table


def state_changes(*, state, user, since: dt.date) -> StateChanges:
    """Everything that changed for `state` since `since`, as `user` may read
    it (the public part for the public), as tables."""
    today = timezone.localdate()
    start = _start_of(since)
    baseline, current, published = page_revisions_since(state=state, since=start)
    tables = [
        _need_table(state=state, baseline=baseline, current=current),
        funding_table(state=state, since=since),
        _partnership_table(state=state, user=user, since=since, today=today),
        _revision_table(state=state, user=user, published=published),
        _action_point_table(state=state, user=user, start=start, today=today),
        _follow_up_table(state=state, user=user, since=since, start=start),
        _meeting_table(state=state, user=user, start=start),
        _article7_table(state=state, user=user),
    ]
    changes = StateChanges(state=state, since=since, tables=tables)
    points = tables[4].rows
    changes.counts = {
        "needs": len(tables[0].rows),
        "meetings": len(tables[6].rows),
        "revisions": len(tables[3].rows),
        "done": sum(r["situation_key"] == "done" for r in points),
        "open": sum(r["situation_key"] == "open" for r in points),
        "overdue": sum(r["situation_key"] == "overdue" for r in points),
    }
    return changes
