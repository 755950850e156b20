"""Reads of IA meetings that views and other apps share.

The functions at the top are the contract other apps use; they return plain
values (portal.summaries), never models. Every list filters by the same rule
as ia_meetings/rules.py, so a page never lists what its reader may not open.
"""

import datetime as dt
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from portal.rules import is_isu
from portal.summaries import SummaryItem

from .models import (
    ActionPoint,
    ActionPointStatus,
    AgendaItem,
    FollowUp,
    Material,
    Meeting,
    MeetingKind,
    MeetingStatus,
    MeetingStatusChange,
    Participant,
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

    @property
    def is_empty(self) -> bool:
        return not (self.highlights or self.upcoming_meetings or self.past_meetings)


def _plain(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _meeting_detail_line(meeting: Meeting) -> str:
    where = meeting.venue or meeting.get_setting_display()
    return f"{meeting.get_kind_display()} · {meeting.get_status_display()} · {where}"


def country_ia_summary(*, state, user) -> CountryIASummary:
    """The IA section of `state`'s page, as `user` may see it."""
    meetings = list(
        _country_meetings(state=state, user=user).order_by("starts_at", "pk")
    )
    now = timezone.now()
    summary = CountryIASummary()
    for meeting in meetings:
        item = SummaryItem(
            title=meeting.title,
            url=meeting.get_absolute_url(),
            date=meeting.starts_at,
            detail=_meeting_detail_line(meeting),
        )
        if meeting.status == MeetingStatus.HELD:
            summary.past_meetings.insert(0, item)
            if meeting.highlights:
                summary.highlights.insert(
                    0,
                    SummaryItem(
                        title=meeting.title,
                        url=meeting.get_absolute_url(),
                        date=meeting.starts_at,
                        detail=_plain(meeting.highlights),
                    ),
                )
        elif meeting.ends_at >= now:
            summary.upcoming_meetings.append(item)
    return summary


def _country_meetings(*, state, user) -> QuerySet[Meeting]:
    """The State's meetings `user` may read, cancelled ones left out."""
    return (
        meeting_list_for_user(user=user)
        .filter(state=state)
        .exclude(status=MeetingStatus.CANCELLED)
    )


def country_presentations(*, state, user) -> list[SummaryItem]:
    """The presentations of `state`'s meetings that `user` may read, newest
    meeting first (the IA section of its page). One query."""
    materials = (
        Material.objects.filter(
            meeting__in=_country_meetings(state=state, user=user).values("pk")
        )
        .select_related("meeting", "agenda_item")
        .order_by("-meeting__starts_at", "agenda_item__order", "pk")
    )
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
            queryset=ActionPoint.objects.select_related("agenda_item").order_by(
                "due_date", "pk"
            ),
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
        Meeting.objects.select_related("state", "previous_meeting", "proposed_by")
        .prefetch_related(*prefetches)
        .get(pk=pk)
    )


def participant_counts(*, meeting: Meeting) -> dict:
    return meeting.participants.aggregate(
        total=Count("pk"),
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


def country_action_points(*, state, user) -> CountryActionPoints:
    """Every action point across the State's meetings that `user` may read:
    open, overdue, done."""
    today = timezone.localdate()
    points = (
        action_point_list_for_user(user=user)
        .filter(meeting__state=state)
        .select_related("meeting", "agenda_item")
        .order_by("due_date", "pk")
    )
    result = CountryActionPoints(open=[], overdue=[], done=[])
    for point in points:
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
        list(points.select_related("meeting__state").order_by("due_date")[:limit]),
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
