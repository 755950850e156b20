"""Demo meetings drawn from the seed documents [002 §§5–9].

Sudan launched its IA platform in Geneva in June 2017 and followed up with a
stakeholder coordination meeting in Khartoum in October 2017, hosted by the
Embassy of Japan; Zimbabwe launched at the Sixteenth Meeting of the States
Parties in December 2017 and gathered stakeholders in Harare in March 2018; the
Committee met both at the Meeting of National Mine Action Programme Directors
in February 2018; Serbia and Sri Lanka launched theirs at the 7–8 June 2018
intersessional meetings. Running it again adds nothing twice.
"""

import datetime as dt
import zoneinfo

from django.utils import timezone

from country_pages.models import StateParty
from portal.models import User

from .models import (
    ActionPoint,
    ActionPointStatus,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    Meeting,
    MeetingStatus,
    Participant,
    ParticipantGroup,
    Response,
    Visibility,
)
from .services.meetings import meeting_propose, meeting_status_set


def _at(day: dt.date, hour: int, minute: int, tz: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), zoneinfo.ZoneInfo(tz))


def _upcoming_day(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


MEETINGS = [
    {
        "key": "sdn-launch",
        "state": "SDN",
        "title": "Sudan: launch of the Individualised Approach platform",
        "kind": "ia_launch",
        "setting": "intersessional",
        "format": "in_person",
        "venue": "Palais des Nations, Geneva",
        "timezone": "Europe/Zurich",
        "day": dt.date(2017, 6, 8),
        "start": (13, 0),
        "hours": 2,
        "status": MeetingStatus.HELD,
        "visibility": Visibility.PUBLIC,
        "purpose": "Sudan presents its remaining mine clearance challenge and its "
        "needs to donors, operators and other States.",
        "highlights": "Support from one State that had not recently provided "
        "assistance for mine action in Sudan; a delegation from a State not "
        "previously engaged in Sudan, which has since committed support; interest "
        "from non-governmental organisations encouraged to consider working in "
        "Sudan.",
        "section_ii_a": "Sudan described the remaining hazardous areas recorded in "
        "its national database, chiefly in Blue Nile and South Kordofan, and the "
        "survey and clearance capacity needed to meet its Article 5 deadline.",
    },
    {
        "key": "sdn-khartoum",
        "state": "SDN",
        "previous": "sdn-launch",
        "title": "Sudan: stakeholder coordination meeting in Khartoum",
        "kind": "stakeholder_coordination",
        "setting": "in_country",
        "format": "in_person",
        "venue": "Khartoum, hosted by the Embassy of Japan",
        "timezone": "Africa/Khartoum",
        "day": dt.date(2017, 10, 17),
        "start": (10, 0),
        "hours": 3,
        "status": MeetingStatus.HELD,
        "visibility": Visibility.PUBLIC,
        "purpose": "In-country follow-up of the Geneva launch. The meeting report "
        "from the Geneva launch is provided to all participants; the Committee, "
        "represented by the ISU, delivers remarks.",
    },
    {
        "key": "sdn-directors",
        "state": "SDN",
        "previous": "sdn-launch",
        "title": "Sudan: IA follow-up with the Committee at the Meeting of "
        "National Mine Action Programme Directors",
        "kind": "ia_follow_up",
        "setting": "geneva",
        "format": "in_person",
        "venue": "Geneva",
        "timezone": "Europe/Zurich",
        "day": dt.date(2018, 2, 14),
        "start": (15, 0),
        "hours": 1,
        "status": MeetingStatus.HELD,
        "visibility": Visibility.COMMITTEE,
        "purpose": "The Committee follows up the IA meetings Sudan held in 2017.",
    },
    {
        "key": "zwe-launch",
        "state": "ZWE",
        "title": "Zimbabwe: launch of the Individualised Approach platform",
        "kind": "ia_launch",
        "setting": "msp",
        "format": "in_person",
        "venue": "Sixteenth Meeting of the States Parties, Vienna",
        "timezone": "Europe/Vienna",
        "day": dt.date(2017, 12, 19),
        "start": (13, 15),
        "hours": 2,
        "status": MeetingStatus.HELD,
        "visibility": Visibility.PUBLIC,
        "highlights": "All the organisations active in Zimbabwe took the floor and "
        "expressed the importance of supporting Zimbabwe's mine action programme "
        "to remove the threat from communities.",
    },
    {
        "key": "zwe-harare",
        "state": "ZWE",
        "previous": "zwe-launch",
        "title": "Zimbabwe: stakeholder gathering in Harare and launch of the "
        "national mine action strategy",
        "kind": "stakeholder_coordination",
        "setting": "in_country",
        "format": "in_person",
        "venue": "Harare",
        "timezone": "Africa/Harare",
        "day": dt.date(2018, 3, 20),
        "start": (9, 0),
        "hours": 4,
        "status": MeetingStatus.HELD,
        "visibility": Visibility.PUBLIC,
    },
    {
        "key": "zwe-directors",
        "state": "ZWE",
        "previous": "zwe-launch",
        "title": "Zimbabwe: IA follow-up with the Committee at the Meeting of "
        "National Mine Action Programme Directors",
        "kind": "ia_follow_up",
        "setting": "geneva",
        "format": "in_person",
        "venue": "Geneva",
        "timezone": "Europe/Zurich",
        "day": dt.date(2018, 2, 14),
        "start": (16, 30),
        "hours": 1,
        "status": MeetingStatus.HELD,
        "visibility": Visibility.COMMITTEE,
        "purpose": "The Committee follows up the IA meeting Zimbabwe held in 2017.",
    },
    {
        "key": "srb-launch",
        "state": "SRB",
        "title": "Serbia: launch of the Individualised Approach platform",
        "kind": "ia_launch",
        "setting": "intersessional",
        "format": "in_person",
        "venue": "Palais des Nations, Geneva",
        "timezone": "Europe/Zurich",
        "day": dt.date(2018, 6, 7),
        "start": (13, 0),
        "hours": 2,
        "status": MeetingStatus.HELD,
        "visibility": Visibility.PUBLIC,
    },
    {
        "key": "lka-launch",
        "state": "LKA",
        "title": "Sri Lanka: launch of the Individualised Approach platform",
        "kind": "ia_launch",
        "setting": "intersessional",
        "format": "in_person",
        "venue": "Palais des Nations, Geneva",
        "timezone": "Europe/Zurich",
        "day": dt.date(2018, 6, 8),
        "start": (13, 0),
        "hours": 2,
        "status": MeetingStatus.HELD,
        "visibility": Visibility.PUBLIC,
    },
    {
        "key": "lka-follow-up",
        "state": "LKA",
        "previous": "lka-launch",
        "title": "Sri Lanka: IA follow-up meeting",
        "kind": "ia_follow_up",
        "setting": "geneva",
        "format": "hybrid",
        "venue": "Palais des Nations, Geneva",
        "timezone": "Europe/Zurich",
        "upcoming_in_days": 45,
        "start": (13, 0),
        "hours": 2,
        "status": MeetingStatus.SCHEDULED,
        "visibility": Visibility.PUBLIC,
        "purpose": "Sri Lanka takes stock of progress since its launch and of "
        "its remaining needs in clearance and mine risk education.",
    },
    {
        "key": "zwe-nmap",
        "state": "ZWE",
        "title": "Zimbabwe: National Mine Action Platform, quarterly meeting",
        "kind": "nmap",
        "setting": "in_country",
        "format": "hybrid",
        "venue": "Zimbabwe Mine Action Centre, Harare",
        "timezone": "Africa/Harare",
        "upcoming_in_days": 20,
        "start": (10, 0),
        "hours": 3,
        "status": MeetingStatus.PROPOSED,
        "visibility": Visibility.PARTICIPANTS,
    },
]

# A meeting under way whenever the demo is loaded, so that "mark held → make
# the report" works on a fresh `make run` without back-dating anything.
MEETINGS.append(
    {
        "key": "srb-stakeholders",
        "state": "SRB",
        "title": "Serbia: stakeholder coordination meeting (online)",
        "kind": "stakeholder_coordination",
        "setting": "online",
        "format": "online",
        "venue": "",
        "timezone": "Europe/Belgrade",
        "started_minutes_ago": 60,
        "start": None,
        "hours": 3,
        "status": MeetingStatus.SCHEDULED,
        "visibility": Visibility.PUBLIC,
        "purpose": "Serbia and its partners review survey and clearance in the "
        "remaining suspected hazardous areas and plan the next steps.",
        "section_ii_a": "Serbia described the suspected hazardous areas that "
        "remain and the land released since its last report.",
    }
)

PARTICIPANTS = {
    "sdn-launch": [
        (
            ParticipantGroup.DONOR,
            "Embassy of Japan",
            "Demo Donor (Japan)",
            "donor@demo.example",
            True,
        ),
        (
            ParticipantGroup.DONOR,
            "Norwegian Ministry of Foreign Affairs",
            "Demo Donor (Norway)",
            "donor.norway@demo.example",
            True,
        ),
        (
            ParticipantGroup.UN,
            "UNDP",
            "Programme officer (demo)",
            "undp.sudan@demo.example",
            True,
        ),
        (
            ParticipantGroup.OPERATOR,
            "Humanity & Inclusion",
            "Country director (demo)",
            "hi.sudan@demo.example",
            False,
        ),
    ],
    "sdn-khartoum": [
        (
            ParticipantGroup.DONOR,
            "Embassy of Japan",
            "Demo Donor (Japan)",
            "donor@demo.example",
            True,
        ),
        (
            ParticipantGroup.STATE,
            "National Mine Action Centre, Sudan",
            "Demo Focal Point (Sudan)",
            "focal.sudan@demo.example",
            True,
        ),
        (
            ParticipantGroup.OTHER,
            "Implementation Support Unit",
            "Demo ISU Officer",
            "isu@demo.example",
            True,
        ),
    ],
    "srb-stakeholders": [
        (
            ParticipantGroup.DONOR,
            "Norwegian Ministry of Foreign Affairs",
            "Demo Donor (Norway)",
            "donor.norway@demo.example",
            True,
        ),
        (
            ParticipantGroup.STATE,
            "Serbian Mine Action Centre",
            "Demo Focal Point (Serbia)",
            "focal.serbia@demo.example",
            True,
        ),
    ],
    "lka-follow-up": [
        (
            ParticipantGroup.DONOR,
            "Norwegian Ministry of Foreign Affairs",
            "Demo Donor (Norway)",
            "donor.norway@demo.example",
            False,
        ),
        (
            ParticipantGroup.NGO,
            "Landmine Free 2025 Campaign",
            "Campaigner (demo)",
            "campaign@demo.example",
            False,
        ),
    ],
}


def _create(spec, *, actor, by_key):
    state = StateParty.objects.get(iso3=spec["state"])
    existing = Meeting.objects.filter(state=state, title=spec["title"]).first()
    if existing:
        return existing, False
    if "started_minutes_ago" in spec:
        started = timezone.now() - dt.timedelta(minutes=spec["started_minutes_ago"])
        starts = started.replace(second=0, microsecond=0)
    else:
        day = spec.get("day") or _upcoming_day(spec["upcoming_in_days"])
        starts = _at(day, *spec["start"], spec["timezone"])
    meeting = meeting_propose(
        state=state,
        user=actor,
        title=spec["title"],
        kind=spec["kind"],
        setting=spec["setting"],
        format=spec["format"],
        venue=spec["venue"],
        timezone=spec["timezone"],
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=spec["hours"]),
        visibility=spec["visibility"],
        purpose=spec.get("purpose", ""),
        highlights=spec.get("highlights", ""),
        previous_meeting=by_key.get(spec.get("previous")),
    )
    for status in (MeetingStatus.SCHEDULED, MeetingStatus.HELD):
        if meeting.status == spec["status"]:
            break
        meeting = meeting_status_set(meeting=meeting, user=actor, to_status=status)
    # The history reads as it happened, not as the day the demo was loaded.
    for change, when in zip(
        meeting.status_changes.order_by("pk"),
        (
            starts - dt.timedelta(days=75),
            starts - dt.timedelta(days=45),
            starts + dt.timedelta(hours=spec["hours"]),
        ),
        strict=False,
    ):
        change.changed_at = min(when, timezone.now())
        change.save(update_fields=["changed_at"])
    if spec.get("section_ii_a"):
        meeting.agenda_items.filter(code="II.A").update(
            content=spec["section_ii_a"], presenter="National Mine Action Centre"
        )
    held = meeting.status == MeetingStatus.HELD
    for group, org, name, email, attended in PARTICIPANTS.get(spec["key"], []):
        Participant.objects.create(
            meeting=meeting,
            group=group,
            organisation=org,
            name=name,
            email=email,
            invitation_sent_at=starts - dt.timedelta(days=30),
            response=Response.ACCEPTED if attended or not held else Response.DECLINED,
            responded_at=starts - dt.timedelta(days=20),
            attended=held and attended,
        )
    return meeting, True


def load(stdout):
    actor = User.objects.filter(email="isu@demo.example").first()
    by_key, added = {}, 0
    for spec in MEETINGS:
        meeting, created = _create(spec, actor=actor, by_key=by_key)
        by_key[spec["key"]] = meeting
        added += created
    if added:
        _follow_up(by_key, actor)
    stdout.write(f"Demo meetings: {added} added, {len(MEETINGS)} in all.")


def _follow_up(by_key, actor):
    """Follow-ups and action points of the demo meetings (first load only)."""
    launch, khartoum = by_key["sdn-launch"], by_key["sdn-khartoum"]
    FollowUp.objects.get_or_create(
        meeting=launch,
        kind=FollowUpKind.REPORT,
        defaults={
            "status": FollowUpStatus.DONE,
            "date": dt.date(2017, 10, 17),
            "notes": "The meeting report from the Geneva launch was provided "
            "to all participants in the stakeholder coordination meeting in "
            "Khartoum.",
            "created_by": actor,
        },
    )
    FollowUp.objects.get_or_create(
        meeting=launch,
        kind=FollowUpKind.SUBSEQUENT_MEETING,
        defaults={
            "status": FollowUpStatus.DONE,
            "date": dt.date(2017, 10, 17),
            "subsequent_meeting": khartoum,
            "created_by": actor,
        },
    )
    FollowUp.objects.get_or_create(
        meeting=by_key["zwe-launch"],
        kind=FollowUpKind.SUBSEQUENT_MEETING,
        defaults={
            "status": FollowUpStatus.DONE,
            "date": dt.date(2018, 3, 20),
            "subsequent_meeting": by_key["zwe-harare"],
            "created_by": actor,
        },
    )
    FollowUp.objects.get_or_create(
        meeting=by_key["lka-launch"],
        kind=FollowUpKind.PLATFORM_FOR_PARTNERSHIPS,
        defaults={
            "status": FollowUpStatus.IN_PROGRESS,
            "notes": "Needs published on the country page for the Platform "
            "for Partnerships.",
            "created_by": actor,
        },
    )
    points = [
        (
            khartoum,
            "Circulate the Geneva launch report to all stakeholders in Khartoum.",
            "Implementation Support Unit",
            dt.date(2017, 11, 1),
            ActionPointStatus.DONE,
        ),
        (
            khartoum,
            "Share the survey results for Blue Nile and South Kordofan with "
            "operators considering work in Sudan.",
            "National Mine Action Centre, Sudan",
            dt.date(2018, 1, 31),
            ActionPointStatus.DONE,
        ),
        (
            by_key["zwe-harare"],
            "Circulate the national mine action strategy and its "
            "costed work plan to all participants.",
            "Zimbabwe Mine Action Centre",
            dt.date(2018, 6, 30),
            ActionPointStatus.IN_PROGRESS,
        ),
        (
            by_key["lka-follow-up"],
            "Update the needs for mine risk education in the "
            "Northern Province before the meeting.",
            "National Mine Action Centre, Sri Lanka",
            _upcoming_day(30),
            ActionPointStatus.OPEN,
        ),
    ]
    for meeting, text, owner, due, status in points:
        ActionPoint.objects.get_or_create(
            meeting=meeting,
            description=text,
            defaults={
                "owner_organisation": owner,
                "due_date": due,
                "status": status,
                "created_by": actor,
            },
        )
