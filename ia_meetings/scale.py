"""IA meetings at N times the Convention's size (`manage.py generate_scale`).

100 meetings at factor 1, each of 30 participants, with the standard agenda of
ten items, the State's presentation, minutes, materials, action points and
follow-ups once held. Reads the States, focal points and donors that the lower
apps made.
"""

import datetime as dt

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from country_pages.models import FocalPointAssignment, Membership, StateParty
from portal.models import Role, User
from portal.scale import ScaleContext

from .models import (
    ActionPoint,
    ActionPointStatus,
    AgendaItem,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    Material,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingSetting,
    MeetingStatus,
    MeetingStatusChange,
    Participant,
    ParticipantGroup,
    Response,
    Visibility,
)

# At the Convention's size (factor 1).
MEETINGS = 100
PARTICIPANTS_PER_MEETING = 30
ACTION_POINTS_PER_HELD_MEETING = 5
FOLLOW_UPS_PER_HELD_MEETING = 2
MATERIAL_SHARE = 0.5  # held meetings with a presentation uploaded

# The standard agenda's codes [001]; the State writes section II.
AGENDA = [
    ("I", "Introduction by the Chair of the Committee", False),
    ("II", "Presentation by the affected State Party", True),
    ("II.A", "Mine clearance", True),
    ("II.B", "Stockpile destruction", True),
    ("II.C", "Mine risk reduction and education", True),
    ("II.D", "Victim assistance", True),
    ("II.E", "National action to advance the norms and ensure compliance", True),
    ("II.F", "Sharing expertise through cooperation", True),
    ("III", "Discussion with participants", False),
    ("IV", "Conclusion", False),
]
KIND_WEIGHTS = {
    MeetingKind.IA_LAUNCH: 15,
    MeetingKind.IA_FOLLOW_UP: 40,
    MeetingKind.STAKEHOLDER: 25,
    MeetingKind.NMAP: 20,
}
VISIBILITY_WEIGHTS = {
    Visibility.PUBLIC: 60,
    Visibility.PARTICIPANTS: 25,
    Visibility.COMMITTEE: 15,
}
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def _status(rng, starts_at: dt.datetime, now: dt.datetime) -> str:
    if starts_at < now:
        return MeetingStatus.HELD if rng.random() < 0.85 else MeetingStatus.CANCELLED
    draw = rng.random()
    if draw < 0.6:
        return MeetingStatus.SCHEDULED
    return MeetingStatus.PROPOSED if draw < 0.9 else MeetingStatus.CANCELLED


def _meetings(ctx: ScaleContext, rng, states, affected, proposers) -> list[Meeting]:
    now = ctx.now
    kinds, kind_weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    visibilities = list(VISIBILITY_WEIGHTS)
    visibility_weights = list(VISIBILITY_WEIGHTS.values())
    meetings = []
    for i in range(ctx.scaled(MEETINGS)):
        state = rng.choice(affected) if rng.random() < 0.85 else rng.choice(states)
        kind = rng.choices(kinds, kind_weights)[0]
        starts_at = now + dt.timedelta(
            days=rng.randint(-6 * 365, 365), hours=rng.randint(-8, 8)
        )
        setting = rng.choice(MeetingSetting.values)
        status = _status(rng, starts_at, now)
        meetings.append(
            Meeting(
                state=state,
                title=f"{MeetingKind(kind).label}: {state.name} ({i + 1})",
                kind=kind,
                setting=setting,
                format=rng.choice(MeetingFormat.values),
                venue=f"Room {rng.randint(1, 30)}, Palais des Nations, Geneva",
                online_link="https://meet.example.org/ia" if rng.random() < 0.5 else "",
                starts_at=starts_at,
                ends_at=starts_at + dt.timedelta(hours=rng.choice([2, 3, 4, 8])),
                timezone=rng.choice(
                    [
                        "Europe/Zurich",
                        "Africa/Khartoum",
                        "Asia/Colombo",
                        "Africa/Harare",
                        "America/Bogota",
                    ]
                ),
                status=status,
                visibility=rng.choices(visibilities, visibility_weights)[0],
                purpose=ctx.text(rng, 80),
                highlights=ctx.text(rng, 100) if status == MeetingStatus.HELD else "",
                proposed_by=proposers.get(state.pk),
            )
        )
    Meeting.objects.bulk_create(meetings, batch_size=1000)
    # A follow-up follows the State's meeting before it.
    last_by_state, chained = {}, []
    for meeting in sorted(meetings, key=lambda m: (m.starts_at, m.pk)):
        previous = last_by_state.get(meeting.state_id)
        if previous and meeting.kind == MeetingKind.IA_FOLLOW_UP:
            meeting.previous_meeting = previous
            chained.append(meeting)
        last_by_state[meeting.state_id] = meeting
    Meeting.objects.bulk_update(chained, ["previous_meeting"], batch_size=1000)
    return meetings


PATHS = {
    MeetingStatus.PROPOSED: [MeetingStatus.PROPOSED],
    MeetingStatus.SCHEDULED: [MeetingStatus.PROPOSED, MeetingStatus.SCHEDULED],
    MeetingStatus.HELD: [
        MeetingStatus.PROPOSED,
        MeetingStatus.SCHEDULED,
        MeetingStatus.HELD,
    ],
    MeetingStatus.CANCELLED: [MeetingStatus.PROPOSED, MeetingStatus.CANCELLED],
}


def generate(ctx: ScaleContext) -> None:
    rng = ctx.rng("ia_meetings")
    now = ctx.now
    states = list(StateParty.objects.filter(membership=Membership.PARTY))
    affected = [s for s in states if s.article5_obligations_remaining] or states
    focal = {}
    for a in FocalPointAssignment.objects.select_related("user").order_by("pk"):
        focal.setdefault(a.state_id, []).append(a.user)
    proposers = {state_id: users[0] for state_id, users in focal.items()}
    donors = list(User.objects.filter(role=Role.DONOR).order_by("pk"))

    meetings = _meetings(ctx, rng, states, affected, proposers)
    ctx.made("meetings", len(meetings))

    changes, items, participants, points, follow_ups = [], [], [], [], []
    for meeting in meetings:
        held = meeting.status == MeetingStatus.HELD
        path = PATHS[meeting.status]
        for step, status in enumerate(path):
            changes.append(
                MeetingStatusChange(
                    meeting=meeting,
                    from_status=path[step - 1] if step else "",
                    to_status=status,
                    changed_by=meeting.proposed_by,
                    changed_at=meeting.starts_at - dt.timedelta(days=60 - 20 * step),
                )
            )
        written = meeting.status in (MeetingStatus.SCHEDULED, MeetingStatus.HELD)
        for order, (code, title, by_state) in enumerate(AGENDA, start=1):
            items.append(
                AgendaItem(
                    meeting=meeting,
                    order=order,
                    code=code,
                    title=title,
                    by_state=by_state,
                    content=ctx.text(rng, 120) if by_state and written else "",
                    minutes=ctx.text(rng, 80) if held else "",
                    minutes_final=held and rng.random() < 0.8,
                    minutes_finalised_at=meeting.ends_at if held else None,
                )
            )
        # Who is invited: the State's focal points, donors, then others.
        invited = [
            (ParticipantGroup.STATE, u.organisation, u.full_name, u.email)
            for u in focal.get(meeting.state_id, [])
        ]
        for donor in rng.sample(donors, min(len(donors), rng.randint(3, 6))):
            invited.append(
                (
                    ParticipantGroup.DONOR,
                    donor.organisation,
                    donor.full_name,
                    donor.email,
                )
            )
        groups = ParticipantGroup.values
        n = len(invited)
        while len(invited) < PARTICIPANTS_PER_MEETING:
            n += 1
            invited.append(
                (
                    rng.choice(groups),
                    f"Organisation {rng.randint(1, 400)}",
                    f"Participant {n}",
                    f"p{n}.m{meeting.pk}@participants.example",
                )
            )
        for group, organisation, name, email in invited:
            response = Response.NONE
            if written:
                response = rng.choices(
                    [Response.ACCEPTED, Response.DECLINED, Response.NONE], [70, 15, 15]
                )[0]
            participants.append(
                Participant(
                    meeting=meeting,
                    group=group,
                    organisation=organisation,
                    name=name,
                    email=email,
                    invitation_sent_at=meeting.starts_at - dt.timedelta(days=30)
                    if written
                    else None,
                    response=response,
                    responded_at=meeting.starts_at - dt.timedelta(days=20)
                    if response != Response.NONE
                    else None,
                    attended=held and response == Response.ACCEPTED,
                )
            )
        if not held:
            continue
        for _ in range(ACTION_POINTS_PER_HELD_MEETING):
            due = meeting.starts_at.date() + dt.timedelta(days=rng.randint(30, 240))
            points.append(
                ActionPoint(
                    meeting=meeting,
                    description=ctx.text(rng, 25),
                    owner_organisation=f"Organisation {rng.randint(1, 400)}",
                    due_date=due,
                    status=rng.choice(ActionPointStatus.values)
                    if due > now.date()
                    else rng.choices(ActionPointStatus.values, [15, 15, 70])[0],
                    created_by=meeting.proposed_by,
                )
            )
        kinds = [k for k in FollowUpKind.values if k != FollowUpKind.SUBSEQUENT_MEETING]
        for kind in rng.sample(kinds, FOLLOW_UPS_PER_HELD_MEETING):
            follow_ups.append(
                FollowUp(
                    meeting=meeting,
                    kind=kind,
                    status=rng.choice(FollowUpStatus.values),
                    date=meeting.starts_at.date()
                    + dt.timedelta(days=rng.randint(14, 180)),
                    notes=ctx.text(rng, 40),
                    created_by=meeting.proposed_by,
                )
            )
    MeetingStatusChange.objects.bulk_create(changes, batch_size=2000)
    AgendaItem.objects.bulk_create(items, batch_size=1000)
    Participant.objects.bulk_create(participants, batch_size=2000)
    ActionPoint.objects.bulk_create(points, batch_size=2000)
    FollowUp.objects.bulk_create(follow_ups, batch_size=2000)
    for chained in (m for m in meetings if m.previous_meeting_id):
        follow_ups.append(
            FollowUp(
                meeting_id=chained.previous_meeting_id,
                kind=FollowUpKind.SUBSEQUENT_MEETING,
                status=FollowUpStatus.DONE,
                date=chained.starts_at.date(),
                subsequent_meeting=chained,
            )
        )
    FollowUp.objects.bulk_create(
        [f for f in follow_ups if f.pk is None], batch_size=2000
    )
    ctx.made("follow-ups", len(follow_ups))
    ctx.made("meeting status changes", len(changes))
    ctx.made("agenda items", len(items))
    ctx.made("participants", len(participants))
    ctx.made("action points", len(points))
    _materials(ctx, rng, meetings, items)


def _materials(ctx: ScaleContext, rng, meetings, items) -> None:
    """The State's presentation (a small PDF file) at half the held meetings."""
    presentation = {i.meeting_id: i for i in items if i.code == "II"}
    materials = []
    for meeting in meetings:
        if meeting.status != MeetingStatus.HELD or rng.random() >= MATERIAL_SHARE:
            continue
        name = default_storage.save(
            f"ia_meetings/materials/scale-{ctx.seed}-{meeting.pk}.pdf", ContentFile(PDF)
        )
        materials.append(
            Material(
                meeting=meeting,
                agenda_item=presentation[meeting.pk],
                title=f"Presentation of {meeting.state.name}",
                file=name,
                original_name="presentation.pdf",
                content_type="application/pdf",
                size=len(PDF),
                uploaded_by=meeting.proposed_by,
            )
        )
    Material.objects.bulk_create(materials, batch_size=1000)
    ctx.made("materials (files)", len(materials))
