"""A held meeting with everything a report shows, for the report tests."""

import datetime as dt

from django.utils import timezone

from ia_meetings.models import (
    FollowUpKind,
    FollowUpStatus,
    MeetingKind,
    MeetingStatus,
    ParticipantGroup,
)
from ia_meetings.services.agenda import STANDARD_AGENDA
from meeting_reports.models import ReportVersion
from portal.models import DocumentStatus
from tests.factories import NeedFactory
from tests.ia_meetings.factories import (
    ActionPointFactory,
    AgendaItemFactory,
    FollowUpFactory,
    MeetingFactory,
    ParticipantFactory,
)

PRESENTATION = (
    "Angola reported **{n} km²** of confirmed hazardous area remaining.\n\n"
    "- Survey of the remaining provinces\n- Release of land to communities\n\n"
    "| Province | Area (km²) |\n|---|---|\n| Cuando Cubango | 35 |\n| Moxico | 20 |\n"
)


def held_meeting(*, state=None, paragraphs: int = 1, participants: int = 6, **kwargs):
    """A held IA meeting with the standard agenda, minutes, action points,
    follow-ups, participants and a published need of its State."""
    starts = (timezone.now() - dt.timedelta(days=10)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    fields = {
        "status": MeetingStatus.HELD,
        "kind": MeetingKind.IA_LAUNCH,
        "starts_at": starts,
        "ends_at": starts + dt.timedelta(hours=3),
        "purpose": "Take stock of **clearance** and victim assistance.",
        "highlights": "Two new partnerships for survey in Moxico.",
    }
    if state is not None:
        fields["state"] = state
    fields.update(kwargs)
    meeting = MeetingFactory(**fields)
    items = {}
    for order, (code, title, by_state) in enumerate(STANDARD_AGENDA, start=1):
        body = "\n\n".join(
            PRESENTATION.format(n=order * 10 + p) for p in range(paragraphs)
        )
        items[code] = AgendaItemFactory(
            meeting=meeting,
            order=order,
            code=code,
            title=title,
            by_state=by_state,
            presenter="National Mine Action Authority" if by_state else "Chair",
            content=body if by_state and "." in code else "",
            minutes="\n\n".join(
                f"Participants asked about item {code}, point {p}: the timelines "
                "and the resources needed were discussed at length."
                for p in range(paragraphs)
            ),
        )
    for index in range(participants):
        ParticipantFactory(
            meeting=meeting,
            group=list(ParticipantGroup.values)[index % len(ParticipantGroup.values)],
            name=f"Participant {index}",
            attended=index % 3 != 0,
        )
    ActionPointFactory(meeting=meeting, agenda_item=items["II.A"])
    FollowUpFactory(
        meeting=meeting, kind=FollowUpKind.REPORT, status=FollowUpStatus.IN_PROGRESS
    )
    NeedFactory(state=meeting.state, title="Clearance of Moxico")
    return meeting


def version_in(status, *, started_minutes_ago=1, meeting=None):
    """A version in `status` (a ready one with its file), of a held meeting."""
    started = timezone.now() - dt.timedelta(minutes=started_minutes_ago)
    ready = status == DocumentStatus.READY
    return ReportVersion.objects.create(
        meeting=meeting or MeetingFactory(status="held"),
        number=1,
        status=status,
        snapshot={},
        content_hash="a" * 64,
        started_at=started if status != DocumentStatus.QUEUED else None,
        finished_at=timezone.now() if ready else None,
        file="x.pdf" if ready else "",
        checksum="c" * 64 if ready else "",
    )
