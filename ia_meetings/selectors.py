"""Reads of IA meetings that views and other apps share.

The functions at the top are the contract other apps use; they return plain
values (portal.summaries), never models. Every list filters by the same rule
as ia_meetings/rules.py, so a page never lists what its reader may not open.
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from django.db.models import (
    Case,
    Count,
    F,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber, TruncDate
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from portal.exports import choice_labels
from portal.models import DonorStatus, Role, User
from portal.rules import is_isu
from portal.summaries import SummaryItem

from .cadence import add_months
from .models import (
    ActionPoint,
    ActionPointStatus,
    ActionPointUpdate,
    AgendaItem,
    FollowUp,
    Material,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingSeries,
    MeetingSetting,
    MeetingStatus,
    MeetingStatusChange,
    MinutesEvent,
    MinutesRevision,
    Participant,
    Visibility,
)
from .rules import (
    PUBLIC_STATUSES,
    focal_meeting_state_ids,
    meetings_readable_q,
    states_overseen_q,
)


@dataclass
class CountryIASummary:
    """The meetings in a country page's "Individualised Approach" section.

    The section's other parts (presentations below, reports from
    meeting_reports) come through country_pages.registry as well.
    """

    highlights: list[SummaryItem] = field(default_factory=list)
    upcoming_meetings: list[SummaryItem] = field(default_factory=list)
    past_meetings: list[SummaryItem] = field(default_factory=list)
    # The whole lists, when more meetings than shown.
    upcoming_url: str = ""
    past_url: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.highlights or self.upcoming_meetings or self.past_meetings)


def _plain(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _meeting_detail_line(meeting: Meeting) -> str:
    where = meeting.venue or meeting.get_setting_display()
    return f"{meeting.get_kind_display()} · {meeting.get_status_display()} · {where}"


def country_ia_summary(*, state, user, limit: int | None = None) -> CountryIASummary:
    """The IA section of `state`'s page, as `user` may see it: the upcoming
    meetings (soonest first) and the held ones with their highlights (latest
    first), the first `limit` of each. One query, whatever the number of
    meetings: each meeting is ranked within its list and only the first
    `limit` + 1 are read (one more says whether to link to the rest)."""
    held = Q(status=MeetingStatus.HELD)
    meetings = _country_meetings(state=state, user=user).filter(
        held | Q(ends_at__gte=timezone.now())
    )
    if limit is not None:
        # Within the held ones the first key orders latest first; within the
        # upcoming ones it is empty and the second orders soonest first.
        rank = Window(
            RowNumber(),
            partition_by=Case(When(held, then=Value(1)), default=Value(0)),
            order_by=(
                Case(When(held, then=F("starts_at"))).desc(),
                Case(When(~held, then=F("starts_at"))).asc(),
                F("pk").asc(),
            ),
        )
        meetings = meetings.annotate(list_rank=rank).filter(list_rank__lte=limit + 1)
    summary = CountryIASummary()
    past, upcoming = [], []
    for meeting in meetings.order_by("starts_at", "pk"):
        (past if meeting.status == MeetingStatus.HELD else upcoming).append(meeting)
    past.reverse()
    if limit is not None:
        if len(upcoming) > limit:
            upcoming = upcoming[:limit]
            summary.upcoming_url = country_meetings_url(state=state, when="upcoming")
        if len(past) > limit:
            past = past[:limit]
            summary.past_url = country_meetings_url(state=state, when="past")
    summary.upcoming_meetings = [_meeting_item(m) for m in upcoming]
    summary.past_meetings = [_meeting_item(m) for m in past]
    summary.highlights = [
        SummaryItem(
            title=meeting.title,
            url=meeting.get_absolute_url(),
            date=meeting.starts_at,
            detail=_plain(meeting.highlights),
        )
        for meeting in past
        if meeting.highlights
    ]
    return summary


def _meeting_item(meeting: Meeting) -> SummaryItem:
    return SummaryItem(
        title=meeting.title,
        url=meeting.get_absolute_url(),
        date=meeting.starts_at,
        detail=_meeting_detail_line(meeting),
    )


def country_meetings_url(*, state, when: str) -> str:
    """The meetings list narrowed to one State: where "See all" leads."""
    query = urlencode({"state": state.iso3, "when": when})
    return f"{reverse('ia_meetings:list')}?{query}"


def _country_meetings(*, state, user) -> QuerySet[Meeting]:
    """The State's meetings `user` may read, cancelled ones left out."""
    return (
        meeting_list_for_user(user=user)
        .filter(state=state)
        .exclude(status=MeetingStatus.CANCELLED)
    )


def country_presentations(
    *, state, user, limit: int | None = None
) -> list[SummaryItem]:
    """The presentations of `state`'s meetings that `user` may read, newest
    meeting first (the IA section of its page shows the first `limit`). One
    query."""
    materials = (
        Material.objects.filter(
            meeting__in=_country_meetings(state=state, user=user).values("pk")
        )
        .select_related("meeting", "agenda_item")
        .order_by("-meeting__starts_at", "agenda_item__order", "pk")
    )
    if limit is not None:
        materials = materials[:limit]
    return [
        SummaryItem(
            title=material.title,
            url=material.get_absolute_url(),
            date=material.meeting.starts_at,
            detail=f"{material.meeting.title} · {material.agenda_item}",
        )
        for material in materials
    ]


def states_with_ia_platform() -> set[int]:
    """pks of the States that have launched an IA platform (held an IA meeting)."""
    return set(
        Meeting.objects.filter(
            kind=MeetingKind.IA_LAUNCH, status=MeetingStatus.HELD
        ).values_list("state_id", flat=True)
    )


def last_meeting_start(*, state, kind: str) -> datetime | None:
    """When the State's latest held or scheduled meeting of `kind` starts."""
    return (
        Meeting.objects.filter(state=state, kind=kind, status__in=PUBLIC_STATUSES)
        .order_by("-starts_at")
        .values_list("starts_at", flat=True)
        .first()
    )


def country_meetings(*, state, user, kind: str = "") -> list[SummaryItem]:
    """The State's meetings that `user` may see, newest first, optionally one kind.

    The National Mine Action Platform page lists its meetings (kind "nmap") here.
    """
    meetings = meeting_list_for_user(user=user).filter(state=state)
    if kind:
        meetings = meetings.filter(kind=kind)
    return [
        SummaryItem(
            title=meeting.title,
            url=meeting.get_absolute_url(),
            date=meeting.starts_at,
            detail=_meeting_detail_line(meeting),
        )
        for meeting in meetings.order_by("-starts_at", "-pk")
    ]


# --- For the app's own views --------------------------------------------------


def meeting_list_for_user(*, user) -> QuerySet[Meeting]:
    """The meetings `user` may read (rules.py: `read_meeting`)."""
    meetings = Meeting.objects.select_related("state")
    readable = meetings_readable_q(user)
    return meetings if readable is None else meetings.filter(readable)


def meeting_list(*, user, when: str = "upcoming") -> QuerySet[Meeting]:
    """Upcoming (soonest first) or past (latest first) meetings `user` may read."""
    now = timezone.now()
    meetings = meeting_list_for_user(user=user)
    if when == "past":
        return meetings.filter(ends_at__lt=now).order_by("-starts_at", "-pk")
    return meetings.filter(ends_at__gte=now).order_by("starts_at", "pk")


def meeting_detail(*, pk: int, with_participants: bool) -> Meeting:
    """A meeting with everything its page shows, in a fixed number of queries."""
    prefetches = [
        Prefetch(
            "agenda_items",
            queryset=AgendaItem.objects.order_by("order", "pk").prefetch_related(
                Prefetch("materials", queryset=Material.objects.order_by("pk"))
            ),
        ),
        Prefetch(
            "action_points",
            queryset=ActionPoint.objects.select_related(
                "agenda_item", "owner_participant"
            )
            .prefetch_related(
                Prefetch(
                    "updates",
                    queryset=ActionPointUpdate.objects.order_by("date", "pk"),
                )
            )
            .order_by("due_date", "pk"),
        ),
        Prefetch(
            "follow_ups",
            queryset=FollowUp.objects.select_related("subsequent_meeting").order_by(
                "date", "pk"
            ),
        ),
        Prefetch(
            "status_changes",
            queryset=MeetingStatusChange.objects.select_related("changed_by"),
        ),
        Prefetch(
            "subsequent_meetings",
            queryset=Meeting.objects.order_by("starts_at"),
        ),
    ]
    if with_participants:
        prefetches.append(
            Prefetch(
                "participants",
                queryset=Participant.objects.order_by("group", "organisation", "name"),
            )
        )
    return (
        Meeting.objects.select_related(
            "state", "previous_meeting", "proposed_by", "series"
        )
        .prefetch_related(*prefetches)
        .get(pk=pk)
    )


def participant_counts(*, meeting: Meeting) -> dict:
    return meeting.participants.aggregate(
        total=Count("pk"),
        invited=Count("pk", filter=Q(invitation_sent_at__isnull=False)),
        accepted=Count("pk", filter=Q(response="accepted")),
        declined=Count("pk", filter=Q(response="declined")),
        attended=Count("pk", filter=Q(attended=True)),
    )


def contact_list_rows(*, meeting: Meeting) -> list[list[str]]:
    """The contact list a meeting's participants may take away [001 follow-ups]."""
    rows = [
        [
            _("Group"),
            _("Organisation"),
            _("Name"),
            _("E-mail"),
            _("Response"),
            _("Attended"),
        ]
    ]
    for participant in meeting.participants.order_by("group", "organisation", "name"):
        rows.append(
            [
                participant.get_group_display(),
                participant.organisation,
                participant.name,
                participant.email,
                participant.get_response_display(),
                pgettext("attended", "yes")
                if participant.attended
                else pgettext("attended", "no"),
            ]
        )
    return rows


@dataclass
class CountryActionPoints:
    open: list[ActionPoint]
    overdue: list[ActionPoint]
    done: list[ActionPoint]


def action_point_list_for_user(*, user) -> QuerySet[ActionPoint]:
    """The action points `user` may read (rules.py: `read_action_point`)."""
    points = ActionPoint.objects.all()
    readable = meetings_readable_q(user, prefix="meeting__")
    return points if readable is None else points.filter(readable)


def action_points_with_progress(points: QuerySet[ActionPoint]) -> QuerySet:
    """`points` annotated with `done_on`, the day it was done (the first dated
    update that marked it done; else, for a point marked done without one,
    the day of its last change), and `latest_progress`, the newest update's
    note. Two subqueries, whatever the number of updates."""
    updates = ActionPointUpdate.objects.filter(point=OuterRef("pk"))
    first_done = (
        updates.filter(status=ActionPointStatus.DONE)
        .order_by("date", "pk")
        .values("date")[:1]
    )
    return points.annotate(
        done_on=Case(
            When(
                status=ActionPointStatus.DONE,
                then=Coalesce(Subquery(first_done), TruncDate("updated_at")),
            ),
        ),
        latest_progress=Subquery(updates.order_by("-date", "-pk").values("note")[:1]),
    )


def country_action_point_list(*, state, user) -> QuerySet[ActionPoint]:
    """The action points of the State's tracker as `user` sees it: the State,
    the committee and the ISU follow every meeting's (rules.py:
    `view_country_action_points`); everyone else, public meetings' only
    (the public tracker)."""
    if user.has_perm("ia_meetings.view_country_action_points", state):
        points = action_point_list_for_user(user=user)
    else:
        points = ActionPoint.objects.filter(
            meetings_readable_q(None, prefix="meeting__")
        )
    return (
        points.filter(meeting__state=state)
        .exclude(meeting__status=MeetingStatus.CANCELLED)
        .select_related("meeting", "agenda_item", "owner_participant")
        .order_by("due_date", "pk")
    )


ACTION_POINT_EXPORT_COLUMNS = [
    "id",
    "meeting_id",
    "meeting",
    "meeting_starts_at",
    "agenda_item",
    "description",
    "owner",
    "owner_organisation",
    "due_date",
    "status",
    "status_label",
    "overdue",
    "url",
]


def action_point_export_rows(*, state, user, url) -> Iterator[dict]:
    """The State's tracker as `user` sees it (country_action_point_list), from
    one query of plain values. `url(meeting_pk)` is a meeting's address."""
    today = timezone.localdate()
    statuses = choice_labels(ActionPointStatus.choices)
    points = country_action_point_list(state=state, user=user).values(
        "id",
        "meeting_id",
        "meeting__title",
        "meeting__starts_at",
        "agenda_item__code",
        "description",
        "owner_organisation",
        "owner_participant__name",
        "owner_participant__organisation",
        "due_date",
        "status",
    )
    for row in points:
        # As ActionPoint.owner words it, without a model instance per row.
        name = row["owner_participant__name"]
        organisation = (
            row["owner_organisation"] or row["owner_participant__organisation"]
        )
        yield {
            **row,
            "meeting": row["meeting__title"],
            "meeting_starts_at": row["meeting__starts_at"],
            "agenda_item": row["agenda_item__code"],
            "owner": f"{name} ({organisation})" if name else row["owner_organisation"],
            "status_label": statuses(row["status"]),
            "overdue": row["status"] != ActionPointStatus.DONE
            and row["due_date"] is not None
            and row["due_date"] < today,
            "url": f"{url(row['meeting_id'])}#action-{row['id']}",
        }


MEETING_EXPORT_COLUMNS = [
    "id",
    "title",
    "country_iso3",
    "country",
    "kind",
    "kind_label",
    "setting",
    "setting_label",
    "format",
    "format_label",
    "venue",
    "starts_at",
    "ends_at",
    "timezone",
    "status",
    "status_label",
    "visibility",
    "visibility_label",
    "purpose",
    "highlights",
    "url",
]


def meeting_export_rows(*, meetings: QuerySet[Meeting], url) -> Iterator[dict]:
    """A meeting list as rows (the list's own filtered queryset, so the read
    rule is the list's), every column, from one query of plain values.
    `url(pk)` is a meeting's address."""
    labels = {
        "kind": choice_labels(MeetingKind.choices),
        "setting": choice_labels(MeetingSetting.choices),
        "format": choice_labels(MeetingFormat.choices),
        "status": choice_labels(MeetingStatus.choices),
        "visibility": choice_labels(Visibility.choices),
    }
    for row in meetings.values(
        "id",
        "title",
        "state__iso3",
        "state__name",
        "kind",
        "setting",
        "format",
        "venue",
        "starts_at",
        "ends_at",
        "timezone",
        "status",
        "visibility",
        "purpose",
        "highlights",
    ).iterator(chunk_size=1000):
        yield {
            **row,
            "country_iso3": row["state__iso3"],
            "country": row["state__name"],
            **{f"{name}_label": label(row[name]) for name, label in labels.items()},
            "url": url(row["id"]),
        }


def country_action_points(*, state, user) -> CountryActionPoints:
    """The State's action points (country_action_point_list): open, overdue,
    done."""
    today = timezone.localdate()
    result = CountryActionPoints(open=[], overdue=[], done=[])
    for point in country_action_point_list(state=state, user=user):
        if point.status == ActionPointStatus.DONE:
            result.done.append(point)
        elif point.due_date and point.due_date < today:
            result.overdue.append(point)
        else:
            result.open.append(point)
    return result


def meetings_to_prepare(*, user) -> list[Meeting]:
    """Proposed or scheduled meetings that have not ended: for the ISU to
    convene, for a focal point to prepare. Each carries what it still needs
    (`participant_count`, `uninvited_count`, `section_two_empty`), counted in
    the same query."""
    meetings = (
        Meeting.objects.select_related("state")
        .filter(
            status__in=[MeetingStatus.PROPOSED, MeetingStatus.SCHEDULED],
            ends_at__gte=timezone.now(),
        )
        .annotate(
            participant_count=Count("participants", distinct=True),
            uninvited_count=Count(
                "participants",
                filter=Q(participants__invitation_sent_at__isnull=True),
                distinct=True,
            ),
            section_two_empty=Count(
                "agenda_items",
                filter=Q(agenda_items__by_state=True, agenda_items__content=""),
                distinct=True,
            ),
        )
    )
    if not is_isu(user):
        meetings = meetings.filter(state_id__in=focal_meeting_state_ids(user))
    return list(meetings.order_by("starts_at", "pk")[:20])


def meetings_to_mark_held(*, user, limit: int = 20) -> list[Meeting]:
    """Scheduled meetings that have started: the ISU marks them held, then the
    State asks for the report."""
    if not is_isu(user):
        return []
    return list(
        Meeting.objects.select_related("state")
        .filter(status=MeetingStatus.SCHEDULED, starts_at__lte=timezone.now())
        .order_by("-starts_at", "-pk")[:limit]
    )


def invitation_list(*, user, limit: int = 20) -> list[Participant]:
    """The invitations of `user` (matched by their account's e-mail) to
    meetings that have not ended and that they may read, soonest first."""
    if not user.is_authenticated or not user.email:
        return []
    readable = meeting_list_for_user(user=user).values("pk")
    return list(
        Participant.objects.filter(
            email__iexact=user.email,
            meeting__in=readable,
            meeting__ends_at__gte=timezone.now(),
        )
        .exclude(meeting__status=MeetingStatus.CANCELLED)
        .select_related("meeting__state")
        .order_by("meeting__starts_at", "pk")[:limit]
    )


def upcoming_meeting_list(*, user, limit: int = 10) -> list[Meeting]:
    """The next meetings `user` may read, cancelled ones left out."""
    return list(
        meeting_list(user=user, when="upcoming").exclude(
            status=MeetingStatus.CANCELLED
        )[:limit]
    )


def overdue_action_points(*, user, limit: int = 20) -> tuple[list[ActionPoint], int]:
    """Open action points past their due date that `user` follows (rules.py:
    `follow_action_point`: the user's States; ISU and committee: all States),
    outside cancelled meetings; the first `limit` and how many in all."""
    points = ActionPoint.objects.filter(
        due_date__lt=timezone.localdate(),
        status__in=[ActionPointStatus.OPEN, ActionPointStatus.IN_PROGRESS],
    ).exclude(meeting__status=MeetingStatus.CANCELLED)
    followed = states_overseen_q(user, prefix="meeting__")
    if followed is not None:
        points = points.filter(followed)
    total = points.count()
    if not total:
        return [], 0
    return (
        list(
            points.select_related("meeting__state", "owner_participant").order_by(
                "due_date"
            )[:limit]
        ),
        total,
    )


def year_choices() -> list[int]:
    """The years that have meetings, latest first, for the list filter."""
    first = Meeting.objects.order_by("starts_at").values_list("starts_at", flat=True)
    start = first.first()
    this_year = timezone.now().year
    if start is None:
        return [this_year]
    return list(range(max(this_year + 1, start.year), start.year - 1, -1))


def ics_window_start() -> datetime:
    """Feeds carry meetings from two years back: enough for calendars to
    show recent history without growing forever."""
    return timezone.now() - dt.timedelta(days=730)


def country_feed(*, state, user) -> list[Meeting]:
    return list(
        meeting_list_for_user(user=user)
        .filter(state=state, starts_at__gte=ics_window_start())
        .order_by("starts_at")
    )


def follow_up_list_for_user(*, user) -> QuerySet[FollowUp]:
    """The follow-ups `user` may read: they are read wherever their meeting is
    (rules.py: `read_meeting`), like action points."""
    follow_ups = FollowUp.objects.all()
    readable = meetings_readable_q(user, prefix="meeting__")
    return follow_ups if readable is None else follow_ups.filter(readable)


@dataclass(frozen=True)
class StateMeetingDates:
    """Where a State stands with its IA meetings, as dates (any reader's view
    is not applied: for the ISU and the committee, who read every meeting)."""

    launch_proposed: dt.date | None = None
    launched: dt.date | None = None
    follow_ups_held: int = 0
    last_follow_up: dt.date | None = None
    last_meeting: dt.date | None = None


def meeting_dates_by_state(*, state=None) -> dict[int, StateMeetingDates]:
    """{State pk: StateMeetingDates} for every State with a meeting (or for
    `state` only), from one grouped query whatever the number of meetings."""
    held = Q(status=MeetingStatus.HELD)
    launch = Q(kind=MeetingKind.IA_LAUNCH)
    follow_up = Q(kind=MeetingKind.IA_FOLLOW_UP) & held
    meetings = Meeting.objects.exclude(status=MeetingStatus.CANCELLED)
    if state is not None:
        meetings = meetings.filter(state=state)
    rows = (
        meetings.values("state_id")
        .annotate(
            launch_proposed=Min("created_at", filter=launch),
            launched=Min("starts_at", filter=launch & held),
            follow_ups_held=Count("pk", filter=follow_up),
            last_follow_up=Max("starts_at", filter=follow_up),
            last_meeting=Max("starts_at", filter=Q(status__in=PUBLIC_STATUSES)),
        )
        .order_by()
    )

    def day(value):
        return timezone.localdate(value) if value else None

    return {
        row["state_id"]: StateMeetingDates(
            launch_proposed=day(row["launch_proposed"]),
            launched=day(row["launched"]),
            follow_ups_held=row["follow_ups_held"],
            last_follow_up=day(row["last_follow_up"]),
            last_meeting=day(row["last_meeting"]),
        )
        for row in rows
    }


# --- History, series and the management view ----------------------------------


def minutes_revisions(*, item: AgendaItem) -> list[MinutesRevision]:
    """Every save, lock and reopening of an item's minutes, oldest first."""
    return list(item.revisions.select_related("author").order_by("created_at", "pk"))


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: object  # a User or None
    text: str
    note: str = ""


def meeting_history(*, meeting: Meeting) -> list[HistoryEntry]:
    """The meeting's status changes, and the locking and reopening of its
    minutes, newest first (the management view). Two queries."""
    entries = [
        HistoryEntry(
            at=change.changed_at,
            who=change.changed_by,
            text=(
                _("%(from_status)s → %(to_status)s")
                % {
                    "from_status": change.get_from_status_display(),
                    "to_status": change.get_to_status_display(),
                }
                if change.from_status
                else change.get_to_status_display()
            ),
            note=change.note,
        )
        for change in meeting.status_changes.all()
    ]
    events = (
        MinutesRevision.objects.filter(meeting=meeting)
        .exclude(event=MinutesEvent.SAVED)
        .select_related("author", "item")
    )
    entries += [
        HistoryEntry(
            at=revision.created_at,
            who=revision.author,
            text=(
                _("Minutes of %(item)s locked as final")
                if revision.event == MinutesEvent.LOCKED
                else _("Minutes of %(item)s reopened")
            )
            % {"item": revision.item},
        )
        for revision in events
    ]
    return sorted(entries, key=lambda entry: entry.at, reverse=True)


def related_meetings_readable(*, meeting: Meeting, user) -> dict:
    """The previous and subsequent meetings `user` may open: a link to any
    other one would tell a restricted meeting's title. One query."""
    ids = {m.pk for m in meeting.subsequent_meetings.all()}
    ids |= {
        f.subsequent_meeting_id
        for f in meeting.follow_ups.all()
        if f.subsequent_meeting_id
    }
    if meeting.previous_meeting_id:
        ids.add(meeting.previous_meeting_id)
    if not ids:
        return {"ids": frozenset()}
    readable = meeting_list_for_user(user=user).filter(pk__in=ids)
    return {"ids": frozenset(readable.values_list("pk", flat=True))}


def series_meetings(*, series: MeetingSeries, user) -> list[Meeting]:
    """The series' meetings `user` may read, oldest first."""
    return list(
        meeting_list_for_user(user=user)
        .filter(series=series)
        .order_by("starts_at", "pk")
    )


@dataclass
class SeriesOverview:
    past: list[Meeting]
    upcoming: list[Meeting]
    next_due: datetime | None
    overdue: bool


def series_overview(*, series: MeetingSeries, user) -> SeriesOverview:
    """Past and next meetings, when the next is due by the cadence and
    whether it is overdue (no upcoming meeting, the due date past)."""
    now = timezone.now()
    meetings = [m for m in series_meetings(series=series, user=user)]
    held = [m for m in meetings if m.status in PUBLIC_STATUSES and m.starts_at <= now]
    upcoming = [
        m
        for m in meetings
        if m.status in (MeetingStatus.PROPOSED, MeetingStatus.SCHEDULED)
        and m.starts_at > now
    ]
    past = [m for m in meetings if m not in upcoming]
    next_due = None
    if held:
        last = held[-1]
        next_due = add_months(last.starts_at, series.cadence_months)
    return SeriesOverview(
        past=list(reversed(past)),
        upcoming=upcoming,
        next_due=next_due,
        overdue=bool(next_due and next_due < now and not upcoming),
    )


def series_open_action_points(*, meeting: Meeting, user) -> list[ActionPoint]:
    """Open action points of earlier meetings of the series that `user` may
    read: carried over to this meeting until done."""
    if not meeting.series_id:
        return []
    return list(
        action_point_list_for_user(user=user)
        .filter(
            meeting__series_id=meeting.series_id,
            meeting__starts_at__lt=meeting.starts_at,
        )
        .exclude(status=ActionPointStatus.DONE)
        .exclude(meeting__status=MeetingStatus.CANCELLED)
        .select_related("meeting", "owner_participant")
        .order_by("due_date", "pk")
    )


def registered_donors_to_pick(*, meeting: Meeting) -> QuerySet:
    """Approved donors not yet on the meeting's list, to add in one go."""
    on_list = meeting.participants.values_list("email", flat=True)
    return (
        User.objects.filter(
            role=Role.DONOR, donor_status=DonorStatus.APPROVED, is_active=True
        )
        .exclude(email__in=on_list)
        .order_by("organisation", "full_name", "email")
    )
