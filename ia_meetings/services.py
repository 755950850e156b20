"""Every write to IA meetings, their agenda, participants and follow-up.

Permission checks happen in the views (ia_meetings/rules.py); these functions
keep the rules of the domain: valid dates and time zones, allowed status
changes (status.py), one e-mail per participant, file types and sizes, and
optimistic concurrency on everything two people may edit at once
(portal.services.versioned_update). Side effects wait for the commit.
"""

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from pathlib import PurePosixPath

from django.conf import settings
from django.core import signing
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.urls import reverse
from django.utils import timezone

from country_pages.models import StateParty
from country_pages.services import country_followers_notify, country_page_cache_drop
from portal.effects import on_commit
from portal.emails import email_render, email_send
from portal.models import User
from portal.services import (
    ServiceError,
    audit_record,
    versioned_update,
)

from .models import (
    MATERIAL_TYPES,
    ActionPoint,
    ActionPointStatus,
    AgendaItem,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    Material,
    Meeting,
    MeetingStatus,
    MeetingStatusChange,
    Participant,
    Response,
    Visibility,
)
from .status import UPCOMING_STATUSES, status_change

# The example structure of an IA meeting, with the full titles of seed 001:
# (code, title, part of the State's presentation).
STANDARD_AGENDA = [
    ("I", "Introduction by the Chair of the Committee on the individualised "
     "approach", False),
    ("II", "Presentation by the interested/affected States Party on the status, "
     "needs and challenges in implementation of its obligations and commitments "
     "under the Convention and Maputo Action Plan", True),
    ("II.A", "Circumstances, needs and challenges in mine clearance", True),
    ("II.B", "Circumstances, needs and challenges in stockpile destruction", True),
    ("II.C", "Challenges and needs in providing mine risk reduction and education "
     "programmes", True),
    ("II.D", "Challenges and needs in implementing Victim Assistance", True),
    ("II.E", "Action the interested/affected States Party undertakes nationally to "
     "advance the norms of the Convention and to ensure compliance with it", True),
    ("II.F", "Sharing the expertise of the interested/affected States Party in mine "
     "action through bilateral, regional and international cooperation", True),
    ("III", "Discussion with participants on the information presented", False),
    ("IV", "Conclusion", False),
]  # fmt: skip

DEFAULT_TIMEZONE = "Europe/Zurich"
RESPONSE_SALT = "ia_meetings.participant_response"


def _page_changed(meeting: Meeting) -> None:
    """The country page shows meetings: forget its cached copy after commit."""
    on_commit(country_page_cache_drop, state=meeting.state)


def _absolute(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + path


def _check_when(*, tz_name: str, starts_at: dt.datetime, ends_at: dt.datetime):
    try:
        zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ServiceError(f"“{tz_name}” is not a known time zone.") from exc
    if ends_at <= starts_at:
        raise ServiceError("The meeting must end after it starts.")


def _check_previous(meeting_state_id: int, previous: Meeting | None) -> None:
    if previous is not None and previous.state_id != meeting_state_id:
        raise ServiceError("A meeting can only follow up a meeting of the same State.")


# --- Meetings -----------------------------------------------------------------


@transaction.atomic
def meeting_propose(
    *,
    state: StateParty,
    user: User | None,
    title: str,
    kind: str,
    setting: str,
    format: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    timezone: str = DEFAULT_TIMEZONE,
    venue: str = "",
    online_link: str = "",
    visibility: str = Visibility.PUBLIC,
    purpose: str = "",
    highlights: str = "",
    previous_meeting: Meeting | None = None,
) -> Meeting:
    """The State (or the ISU for it) proposes a meeting; the agenda is created
    from the standard structure [001]."""
    _check_when(tz_name=timezone, starts_at=starts_at, ends_at=ends_at)
    _check_previous(state.pk, previous_meeting)
    meeting = Meeting.objects.create(
        state=state,
        proposed_by=user,
        status=MeetingStatus.PROPOSED,
        title=title,
        kind=kind,
        setting=setting,
        format=format,
        venue=venue,
        online_link=online_link,
        starts_at=starts_at,
        ends_at=ends_at,
        timezone=timezone,
        visibility=visibility,
        purpose=purpose,
        highlights=highlights,
        previous_meeting=previous_meeting,
    )
    AgendaItem.objects.bulk_create(
        AgendaItem(
            meeting=meeting, order=index, code=code, title=title, by_state=by_state
        )
        for index, (code, title, by_state) in enumerate(STANDARD_AGENDA, start=1)
    )
    MeetingStatusChange.objects.create(
        meeting=meeting, from_status="", to_status=meeting.status, changed_by=user
    )
    audit_record(
        actor=user,
        action="meeting.propose",
        summary=f"{state.name}: {meeting.title} proposed",
        target=meeting,
    )
    return meeting


@transaction.atomic
def meeting_update(
    *,
    meeting: Meeting,
    user: User,
    expected_version: int,
    title: str,
    kind: str,
    setting: str,
    format: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    timezone: str,
    venue: str,
    online_link: str,
    visibility: str,
    purpose: str,
    highlights: str,
    previous_meeting: Meeting | None,
) -> Meeting:
    """Change a meeting's details; refuses when someone else saved in between."""
    _check_when(tz_name=timezone, starts_at=starts_at, ends_at=ends_at)
    _check_previous(meeting.state_id, previous_meeting)
    if previous_meeting is not None and previous_meeting.pk == meeting.pk:
        raise ServiceError("A meeting cannot follow up itself.")
    # Cancelling bumps the version too, so a cancellation after this check
    # still stops the update (as a conflict).
    if Meeting.objects.filter(pk=meeting.pk, status=MeetingStatus.CANCELLED).exists():
        raise ServiceError("This meeting was cancelled; it can no longer change.")
    current = versioned_update(
        meeting,
        expected_version=expected_version,
        values={
            "title": title,
            "kind": kind,
            "setting": setting,
            "format": format,
            "venue": venue,
            "online_link": online_link,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "timezone": timezone,
            "visibility": visibility,
            "purpose": purpose,
            "highlights": highlights,
            "previous_meeting": previous_meeting,
        },
        actor=user,
    )
    audit_record(
        actor=user,
        action="meeting.update",
        summary=f"{current.state.name}: {current.title} updated",
        target=current,
    )
    _page_changed(current)
    return current


@transaction.atomic
def meeting_status_set(
    *,
    meeting: Meeting,
    user: User | None,
    to_status: str,
    note: str = "",
    base_url: str = "",
) -> Meeting:
    """Move a meeting to another status (status.TRANSITIONS), recording who did
    it and when; tell the State's followers of a public meeting scheduled, and
    those invited of a meeting cancelled. Returns the meeting as saved."""
    from_status = meeting.status
    change = status_change(from_status, to_status)
    if change is None:
        raise ServiceError(
            f"A {MeetingStatus(from_status).label.lower()} meeting cannot become "
            f"{MeetingStatus(to_status).label.lower()}."
        )
    refusal = change.refusal(meeting)
    if refusal:
        raise ServiceError(refusal)
    changed = Meeting.objects.filter(pk=meeting.pk, status=from_status).update(
        status=to_status, version=F("version") + 1, updated_at=timezone.now()
    )
    if not changed:
        raise ServiceError("Someone else changed this meeting's status; reload it.")
    MeetingStatusChange.objects.create(
        meeting=meeting,
        from_status=from_status,
        to_status=to_status,
        changed_by=user,
        note=note[:300],
    )
    meeting = Meeting.objects.select_related("state").get(pk=meeting.pk)
    audit_record(
        actor=user,
        action=f"meeting.{to_status}",
        summary=f"{meeting.state.name}: {meeting.title} "
        f"{MeetingStatus(from_status).label.lower()} → "
        f"{MeetingStatus(to_status).label.lower()}",
        target=meeting,
    )
    if to_status == MeetingStatus.SCHEDULED and meeting.visibility == (
        Visibility.PUBLIC
    ):
        _meeting_scheduled_notify(meeting=meeting, base_url=base_url)
    if to_status == MeetingStatus.CANCELLED:
        _meeting_cancelled_notify(meeting=meeting, note=note)
    _page_changed(meeting)
    return meeting


def _meeting_scheduled_notify(*, meeting: Meeting, base_url: str) -> None:
    """The State's followers hear of a public meeting once it is scheduled."""
    subject, body, _ = email_render(
        template="ia_meetings/emails/meeting_scheduled",
        context={
            "meeting": meeting,
            "meeting_url": _absolute(base_url, meeting.get_absolute_url()),
        },
    )
    on_commit(country_followers_notify, state=meeting.state, subject=subject, body=body)


def _meeting_cancelled_notify(*, meeting: Meeting, note: str) -> None:
    """Those invited who have not declined hear that the meeting is off."""
    invited = (
        meeting.participants.filter(invitation_sent_at__isnull=False)
        .exclude(response=Response.DECLINED)
        .values_list("email", flat=True)
    )
    for email in invited:
        # One message each: participants do not see each other's addresses.
        email_send(
            template="ia_meetings/emails/meeting_cancelled",
            context={"meeting": meeting, "note": note},
            to=[email],
        )


# --- Agenda -------------------------------------------------------------------

# What an agenda item's form may change (each person only some of it).
AGENDA_ITEM_FIELDS = (
    "code",
    "title",
    "by_state",
    "presenter",
    "start_time",
    "content",
    "minutes",
)
MINUTES_FINAL = "The minutes of this item are final; the ISU can reopen them."


def _item_save(
    *, item: AgendaItem, user: User, expected_version: int, values: dict
) -> AgendaItem:
    # Finalising bumps the version too, so finalising after this check still
    # stops the save (as a conflict).
    if AgendaItem.objects.filter(pk=item.pk, minutes_final=True).exists():
        raise ServiceError(MINUTES_FINAL)
    return versioned_update(
        item, expected_version=expected_version, values=values, actor=user
    )


@transaction.atomic
def agenda_item_add(
    *,
    meeting: Meeting,
    user: User,
    title: str,
    code: str = "",
    by_state: bool = False,
    presenter: str = "",
    start_time: dt.time | None = None,
) -> AgendaItem:
    """A new item at the end of the agenda."""
    last = meeting.agenda_items.aggregate(last=Max("order"))["last"] or 0
    item = AgendaItem.objects.create(
        meeting=meeting,
        order=last + 1,
        updated_by=user,
        code=code,
        title=title,
        by_state=by_state,
        presenter=presenter,
        start_time=start_time,
    )
    audit_record(
        actor=user,
        action="agenda.add",
        summary=f"{meeting.title}: {item} added",
        target=meeting,
    )
    return item


@transaction.atomic
def agenda_item_update(
    *,
    item: AgendaItem,
    user: User,
    expected_version: int,
    code: str,
    title: str,
    by_state: bool,
    presenter: str,
    start_time: dt.time | None,
    content: str,
    minutes: str,
) -> AgendaItem:
    """Rename an item or write its presentation and minutes."""
    current = _item_save(
        item=item,
        user=user,
        expected_version=expected_version,
        values={
            "code": code,
            "title": title,
            "by_state": by_state,
            "presenter": presenter,
            "start_time": start_time,
            "content": content,
            "minutes": minutes,
        },
    )
    _page_changed(current.meeting)
    return current


@transaction.atomic
def agenda_item_finalise(
    *, item: AgendaItem, user: User, expected_version: int
) -> AgendaItem:
    """Lock the minutes as final; nobody edits them until the ISU reopens them."""
    return _item_save(
        item=item,
        user=user,
        expected_version=expected_version,
        values={
            "minutes_final": True,
            "minutes_finalised_at": timezone.now(),
            "minutes_finalised_by": user,
        },
    )


@transaction.atomic
def agenda_item_reopen(*, item: AgendaItem, user: User) -> AgendaItem:
    """The ISU opens final minutes for editing again."""
    AgendaItem.objects.filter(pk=item.pk).update(
        minutes_final=False,
        minutes_finalised_at=None,
        minutes_finalised_by=None,
        version=F("version") + 1,
    )
    item = AgendaItem.objects.select_related("meeting").get(pk=item.pk)
    audit_record(
        actor=user,
        action="agenda.reopen",
        summary=f"{item.meeting.title}: minutes of {item} reopened",
        target=item.meeting,
    )
    return item


@transaction.atomic
def agenda_item_move(*, item: AgendaItem, user: User, direction: str) -> None:
    """Swap an item with its neighbour above ("up") or below ("down")."""
    items = list(
        AgendaItem.objects.select_for_update()
        .filter(meeting_id=item.meeting_id)
        .order_by("order", "pk")
    )
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    target = index - 1 if direction == "up" else index + 1
    if direction not in ("up", "down") or not 0 <= target < len(items):
        return
    items[index], items[target] = items[target], items[index]
    for position, other in enumerate(items, start=1):
        other.order = position
    AgendaItem.objects.bulk_update(items, ["order"])


@transaction.atomic
def agenda_item_delete(*, item: AgendaItem, user: User) -> None:
    if item.materials.exists():
        raise ServiceError(
            "This item has materials; remove them first so nothing is lost by accident."
        )
    audit_record(
        actor=user,
        action="agenda.delete",
        summary=f"{item.meeting.title}: {item} removed",
        target=item.meeting,
    )
    item.delete()


# --- Participants -------------------------------------------------------------


@transaction.atomic
def participant_add(
    *,
    meeting: Meeting,
    user: User,
    group: str,
    organisation: str,
    name: str,
    email: str,
) -> Participant:
    """The State decides who participates; e-mails are unique per meeting."""
    email = email.strip().lower()
    if meeting.participants.filter(email__iexact=email).exists():
        raise ServiceError(f"{email} is already on the participant list.")
    try:
        with transaction.atomic():
            participant = Participant.objects.create(
                meeting=meeting,
                group=group,
                organisation=organisation.strip(),
                name=name.strip(),
                email=email,
                added_by=user,
            )
    except IntegrityError as exc:
        # Two people added the same address at the same moment.
        raise ServiceError(f"{email} is already on the participant list.") from exc
    audit_record(
        actor=user,
        action="participant.add",
        summary=f"{meeting.title}: {participant.name} ({participant.organisation})",
        target=meeting,
    )
    return participant


@transaction.atomic
def participant_remove(*, participant: Participant, user: User) -> None:
    audit_record(
        actor=user,
        action="participant.remove",
        summary=f"{participant.meeting.title}: {participant.name} removed",
        target=participant.meeting,
    )
    participant.delete()


@transaction.atomic
def participant_attendance_set(
    *, meeting: Meeting, user: User, attended_ids: Iterable[int]
) -> int:
    """Record who attended: exactly the participants whose pks are given."""
    attended_ids = {int(pk) for pk in attended_ids}
    meeting.participants.filter(pk__in=attended_ids).update(attended=True)
    meeting.participants.exclude(pk__in=attended_ids).update(attended=False)
    audit_record(
        actor=user,
        action="participant.attendance",
        summary=f"{meeting.title}: {len(attended_ids)} attended",
        target=meeting,
    )
    return len(attended_ids)


def participant_response_token(*, participant: Participant) -> str:
    # The e-mail is signed too: a link stops working if the address is corrected.
    return signing.TimestampSigner(salt=RESPONSE_SALT).sign(
        f"{participant.pk}:{participant.email}"
    )


def participant_response_max_age() -> dt.timedelta:
    return dt.timedelta(days=settings.IA_RESPONSE_LINK_DAYS)


def participant_from_token(*, token: str) -> Participant:
    """The participant a response link is for; refuses tampered or old links."""
    signer = signing.TimestampSigner(salt=RESPONSE_SALT)
    try:
        value = signer.unsign(token, max_age=participant_response_max_age())
    except signing.SignatureExpired as exc:
        raise ServiceError(
            "This response link has expired. Ask the ISU for a new invitation."
        ) from exc
    except signing.BadSignature as exc:
        raise ServiceError(
            "This response link is not valid. Use the link from your invitation "
            "e-mail exactly as it was sent."
        ) from exc
    pk, _, email = value.partition(":")
    participant = (
        Participant.objects.select_related("meeting__state")
        .filter(pk=pk, email=email)
        .first()
    )
    if participant is None:
        raise ServiceError(
            "This invitation is no longer valid: the participant list has changed."
        )
    return participant


@transaction.atomic
def participant_respond(*, token: str, response: str) -> Participant:
    """Accept or decline through the signed link; no account needed."""
    participant = participant_from_token(token=token)
    if response not in (Response.ACCEPTED, Response.DECLINED):
        raise ServiceError("Choose whether you accept or decline.")
    if participant.meeting.status not in UPCOMING_STATUSES:
        raise ServiceError(
            f"This meeting is {participant.meeting.get_status_display().lower()}; "
            "responses are closed."
        )
    participant.response = response
    participant.responded_at = timezone.now()
    participant.save(update_fields=["response", "responded_at"])
    audit_record(
        actor=None,
        action=f"participant.{response}",
        summary=f"{participant.meeting.title}: {participant.email} {response}",
        target=participant.meeting,
    )
    return participant


@transaction.atomic
def participants_invite(
    *, meeting: Meeting, user: User, base_url: str, resend: bool = False
) -> int:
    """Queue the invitations (a Celery task sends them after commit).

    Without `resend` only those not yet invited get one.
    """
    from .tasks import send_invitations

    if meeting.status not in UPCOMING_STATUSES:
        raise ServiceError("Invitations can only be sent for an upcoming meeting.")
    participants = meeting.participants.all()
    if not resend:
        participants = participants.filter(invitation_sent_at__isnull=True)
    ids = list(participants.values_list("pk", flat=True))
    if not ids:
        raise ServiceError("Everyone on the list has already been invited.")
    on_commit(
        send_invitations.delay,
        meeting_id=meeting.pk,
        participant_ids=ids,
        requested_at=timezone.now().isoformat(),
        base_url=base_url,
    )
    audit_record(
        actor=user,
        action="participant.invite",
        summary=f"{meeting.title}: {len(ids)} invitations queued",
        target=meeting,
    )
    return len(ids)


def invitations_send(
    *, meeting_id: int, participant_ids: list[int], requested_at: str, base_url: str
) -> int:
    """Send the invitations the task was asked for (idempotent: a retry skips
    those already invited since the request)."""
    requested = dt.datetime.fromisoformat(requested_at)
    meeting = Meeting.objects.select_related("state").get(pk=meeting_id)
    sent = 0
    for participant in meeting.participants.filter(pk__in=participant_ids):
        if participant.invitation_sent_at and participant.invitation_sent_at >= (
            requested
        ):
            continue
        token = participant_response_token(participant=participant)
        with transaction.atomic():
            # The mark and the message go together: both or neither.
            email_send(
                template="ia_meetings/emails/invitation",
                context={
                    "meeting": meeting,
                    "participant": participant,
                    "response_url": _absolute(
                        base_url, reverse("ia_meetings:respond", args=[token])
                    ),
                    "meeting_url": _absolute(base_url, meeting.get_absolute_url()),
                },
                to=[participant.email],
            )
            Participant.objects.filter(pk=participant.pk).update(
                invitation_sent_at=timezone.now()
            )
        sent += 1
    return sent


# --- Materials ----------------------------------------------------------------


def material_max_bytes() -> int:
    return settings.IA_MATERIAL_MAX_BYTES


def material_check(*, file) -> str:
    """The content type of an acceptable upload; refuses anything else."""
    suffix = PurePosixPath(file.name or "").suffix.lower()
    if suffix not in MATERIAL_TYPES:
        raise ServiceError(
            "This type of file is not accepted. Upload a PDF, PowerPoint (.pptx), "
            "Word (.docx) or Excel (.xlsx) file, or a PNG or JPEG image."
        )
    limit = material_max_bytes()
    if file.size > limit:
        raise ServiceError(
            f"The file is {file.size / 1048576:.1f} MB; the limit is "
            f"{limit / 1048576:.0f} MB."
        )
    if not file.size:
        raise ServiceError("The file is empty.")
    content_type, signatures = MATERIAL_TYPES[suffix]
    file.seek(0)
    head = file.read(16)
    file.seek(0)
    if not any(head.startswith(signature) for signature in signatures):
        raise ServiceError(
            f"The file's content is not a {suffix[1:].upper()} file, whatever its "
            "name says."
        )
    return content_type


@transaction.atomic
def material_upload(
    *, item: AgendaItem, user: User, title: str, file: UploadedFile
) -> Material:
    content_type = material_check(file=file)
    original_name = PurePosixPath(file.name).name[:200]
    material = Material(
        meeting_id=item.meeting_id,
        agenda_item=item,
        title=title.strip() or original_name,
        original_name=original_name,
        content_type=content_type,
        size=file.size,
        uploaded_by=user,
    )
    material.file.save(original_name, file, save=False)
    try:
        material.save()
    except Exception:
        # Keep storage and database in step: no orphan file for a failed row.
        material.file.delete(save=False)
        raise
    audit_record(
        actor=user,
        action="material.upload",
        summary=f"{item.meeting.title}: {material.title} ({item.code})",
        target=item.meeting,
    )
    _page_changed(item.meeting)
    return material


@transaction.atomic
def material_remove(*, material: Material, user: User) -> None:
    meeting = material.meeting
    audit_record(
        actor=user,
        action="material.remove",
        summary=f"{meeting.title}: {material.title} removed",
        target=meeting,
    )
    material.delete()
    # The file goes once the row is gone for good: a rollback keeps both.
    on_commit(material.file.storage.delete, material.file.name)
    _page_changed(meeting)


# --- Action points ------------------------------------------------------------


def _check_item(meeting: Meeting, item: AgendaItem | None) -> None:
    if item is not None and item.meeting_id != meeting.pk:
        raise ServiceError("That agenda item belongs to another meeting.")


@transaction.atomic
def action_point_add(
    *,
    meeting: Meeting,
    user: User,
    description: str,
    owner_organisation: str,
    due_date: dt.date | None = None,
    status: str = ActionPointStatus.OPEN,
    agenda_item: AgendaItem | None = None,
) -> ActionPoint:
    _check_item(meeting, agenda_item)
    point = ActionPoint.objects.create(
        meeting=meeting,
        created_by=user,
        description=description,
        owner_organisation=owner_organisation,
        due_date=due_date,
        status=status,
        agenda_item=agenda_item,
    )
    audit_record(
        actor=user,
        action="action_point.add",
        summary=f"{meeting.title}: {point}",
        target=meeting,
    )
    return point


@transaction.atomic
def action_point_update(
    *,
    point: ActionPoint,
    user: User,
    expected_version: int,
    description: str,
    owner_organisation: str,
    due_date: dt.date | None,
    status: str,
    agenda_item: AgendaItem | None,
) -> ActionPoint:
    _check_item(point.meeting, agenda_item)
    current = versioned_update(
        point,
        expected_version=expected_version,
        values={
            "description": description,
            "owner_organisation": owner_organisation,
            "due_date": due_date,
            "status": status,
            "agenda_item": agenda_item,
        },
        actor=user,
    )
    audit_record(
        actor=user,
        action="action_point.update",
        summary=f"{point.meeting.title}: {current} "
        f"({current.get_status_display().lower()})",
        target=point.meeting,
    )
    return current


@transaction.atomic
def action_point_delete(*, point: ActionPoint, user: User) -> None:
    audit_record(
        actor=user,
        action="action_point.delete",
        summary=f"{point.meeting.title}: {point} removed",
        target=point.meeting,
    )
    point.delete()


# --- Follow-ups ---------------------------------------------------------------


def _check_follow_up(
    meeting: Meeting, *, kind: str, subsequent_meeting: Meeting | None
) -> None:
    if subsequent_meeting is None:
        return
    if kind != FollowUpKind.SUBSEQUENT_MEETING:
        raise ServiceError("Only a subsequent meeting links to another meeting.")
    if (
        subsequent_meeting.pk == meeting.pk
        or subsequent_meeting.state_id != meeting.state_id
    ):
        raise ServiceError(
            "The subsequent meeting must be another meeting of the same State."
        )


@transaction.atomic
def follow_up_add(
    *,
    meeting: Meeting,
    user: User,
    kind: str,
    status: str = FollowUpStatus.PLANNED,
    date: dt.date | None = None,
    notes: str = "",
    subsequent_meeting: Meeting | None = None,
) -> FollowUp:
    _check_follow_up(meeting, kind=kind, subsequent_meeting=subsequent_meeting)
    follow_up = FollowUp.objects.create(
        meeting=meeting,
        created_by=user,
        kind=kind,
        status=status,
        date=date,
        notes=notes,
        subsequent_meeting=subsequent_meeting,
    )
    audit_record(
        actor=user,
        action="follow_up.add",
        summary=f"{meeting.title}: {follow_up}",
        target=meeting,
    )
    _page_changed(meeting)
    return follow_up


@transaction.atomic
def follow_up_update(
    *,
    follow_up: FollowUp,
    user: User,
    expected_version: int,
    kind: str,
    status: str,
    date: dt.date | None,
    notes: str,
    subsequent_meeting: Meeting | None,
) -> FollowUp:
    meeting = follow_up.meeting
    _check_follow_up(meeting, kind=kind, subsequent_meeting=subsequent_meeting)
    current = versioned_update(
        follow_up,
        expected_version=expected_version,
        values={
            "kind": kind,
            "status": status,
            "date": date,
            "notes": notes,
            "subsequent_meeting": subsequent_meeting,
        },
        actor=user,
    )
    audit_record(
        actor=user,
        action="follow_up.update",
        summary=f"{meeting.title}: {current}",
        target=meeting,
    )
    _page_changed(meeting)
    return current


@transaction.atomic
def follow_up_delete(*, follow_up: FollowUp, user: User) -> None:
    meeting = follow_up.meeting
    audit_record(
        actor=user,
        action="follow_up.delete",
        summary=f"{meeting.title}: {follow_up} removed",
        target=meeting,
    )
    follow_up.delete()
    _page_changed(meeting)
