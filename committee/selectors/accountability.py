"""The public accountability tracker, per State and across States (in the
manner of Decidim's accountability component): the action points and
follow-ups of public meetings, with their status, dates and the share done on
time.

Only what the public may read is counted, whoever asks: the lists come from
ia_meetings' selectors as the anonymous reader sees them. An action point is
done on time when it was marked done by its due date: the day of its first
progress update marked done (ia_meetings.selectors.action_points_with_progress),
or the day of its last change for a point marked done without an update.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ia_meetings.models import ActionPointStatus, FollowUpStatus, MeetingStatus
from ia_meetings.selectors import (
    action_point_list_for_user,
    action_points_with_progress,
    follow_up_list_for_user,
)

from ..tables import Column, Table

PUBLIC = AnonymousUser()


def _share(part: int, whole: int) -> int | None:
    return round(part / whole * 100) if whole else None


def _public_points():
    return action_points_with_progress(
        action_point_list_for_user(user=PUBLIC).exclude(
            meeting__status=MeetingStatus.CANCELLED
        )
    )


def _public_follow_ups():
    return follow_up_list_for_user(user=PUBLIC).exclude(
        meeting__status=MeetingStatus.CANCELLED
    )


def _on_time_q():
    return Q(status=ActionPointStatus.DONE) & (
        Q(due_date__isnull=True) | Q(done_on__lte=F("due_date"))
    )


def accountability_across_states() -> Table:
    """One row per State with public action points or follow-ups; two grouped
    queries whatever their number."""
    today = timezone.localdate()
    done = Q(status=ActionPointStatus.DONE)
    rows = {}
    for r in (
        _public_points()
        .values("meeting__state__iso3", "meeting__state__name")
        .annotate(
            points=Count("pk"),
            done=Count("pk", filter=done),
            on_time=Count("pk", filter=_on_time_q()),
            overdue=Count("pk", filter=~done & Q(due_date__lt=today)),
        )
        .order_by()
    ):
        rows[r["meeting__state__iso3"]] = {
            "state": r["meeting__state__name"],
            "action_points": r["points"],
            "done": r["done"],
            "done_on_time": r["on_time"],
            "on_time_share": _share(r["on_time"], r["done"]),
            "overdue": r["overdue"],
            "follow_ups": 0,
            "follow_ups_done": 0,
        }
    for r in (
        _public_follow_ups()
        .values("meeting__state__iso3", "meeting__state__name")
        .annotate(n=Count("pk"), done=Count("pk", filter=Q(status=FollowUpStatus.DONE)))
        .order_by()
    ):
        row = rows.setdefault(
            r["meeting__state__iso3"],
            {
                "state": r["meeting__state__name"],
                "action_points": 0,
                "done": 0,
                "done_on_time": 0,
                "on_time_share": None,
                "overdue": 0,
            },
        )
        row["follow_ups"], row["follow_ups_done"] = r["n"], r["done"]
    for iso3, row in rows.items():
        row["url"] = reverse("committee:accountability_state", kwargs={"iso3": iso3})
    return Table(
        key="states",
        title=_("Action points and follow-ups of public meetings, by State"),
        note=_(
            "Done on time: marked done by its due date. The share is of the "
            "action points done."
        ),
        empty=_("No public meeting has action points or follow-ups yet."),
        columns=[
            Column("state", _("State")),
            Column("action_points", _("Action points"), True),
            Column("done", _("Done"), True),
            Column("done_on_time", _("Done on time"), True),
            Column("on_time_share", _("Share done on time (%)"), True),
            Column("overdue", _("Overdue"), True),
            Column("follow_ups", _("Follow-ups"), True),
            Column("follow_ups_done", _("Follow-ups done"), True),
        ],
        rows=sorted(rows.values(), key=lambda r: r["state"]),
    )


def accountability_for_state(*, state) -> tuple[Table, Table, dict]:
    """The public action points and follow-ups of one State, and its figures."""
    today = timezone.localdate()
    points = (
        _public_points()
        .filter(meeting__state=state)
        .select_related("meeting")
        .order_by("due_date", "pk")
    )
    point_rows = []
    for point in points:
        is_done = point.status == ActionPointStatus.DONE
        done_day = point.done_on if is_done else None
        point_rows.append(
            {
                "description": " ".join(point.description.split())[:160],
                "owner": point.owner_organisation,
                "meeting": point.meeting.title,
                "due_date": point.due_date,
                "status": point.get_status_display(),
                "progress": " ".join((point.latest_progress or "").split())[:160],
                "done_on": done_day,
                "on_time": (not point.due_date or done_day <= point.due_date)
                if is_done
                else None,
                "overdue": bool(
                    not is_done and point.due_date and point.due_date < today
                ),
                "url": point.get_absolute_url(),
            }
        )
    follow_ups = (
        _public_follow_ups()
        .filter(meeting__state=state)
        .select_related("meeting")
        .order_by("date", "pk")
    )
    follow_up_rows = [
        {
            "kind": f.get_kind_display(),
            "status": f.get_status_display(),
            "date": f.date,
            "meeting": f.meeting.title,
            "url": f.get_absolute_url(),
        }
        for f in follow_ups
    ]
    done = [r for r in point_rows if r["on_time"] is not None]
    on_time = sum(1 for r in done if r["on_time"])
    figures = {
        "points": len(point_rows),
        "done": len(done),
        "on_time": on_time,
        "share": _share(on_time, len(done)),
        "overdue": sum(r["overdue"] for r in point_rows),
    }
    return (
        Table(
            key="action_points",
            title=_("Action points"),
            empty=_("No public meeting of this State has action points yet."),
            columns=[
                Column("description", _("What")),
                Column("owner", _("Owner")),
                Column("meeting", _("Meeting")),
                Column("due_date", _("Due")),
                Column("status", _("Status")),
                Column("progress", _("Latest progress")),
                Column("done_on", _("Done on")),
                Column("on_time", _("On time")),
                Column("overdue", _("Overdue")),
            ],
            rows=point_rows,
        ),
        Table(
            key="follow_ups",
            title=_("Follow-ups"),
            empty=_("No public meeting of this State has follow-ups yet."),
            columns=[
                Column("kind", _("Follow-up")),
                Column("status", _("Status")),
                Column("date", _("Date")),
                Column("meeting", _("Meeting")),
            ],
            rows=follow_up_rows,
        ),
        figures,
    )
