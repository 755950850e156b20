"""Every write to IA meetings, their agenda, participants and follow-up.

Permission checks happen in the views (ia_meetings/rules.py); these functions
keep the rules of the domain: valid dates and time zones, allowed status
changes, one e-mail per participant, file types and sizes, and optimistic
concurrency on everything two people may edit at once.
"""

import datetime as dt
import zoneinfo
from pathlib import PurePosixPath

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.urls import reverse
from django.utils import timezone

from country_pages.services import country_followers_notify, country_page_cache_drop
from portal.services import EditConflict, ServiceError, audit_record, email_enqueue

from .models import (
    MATERIAL_TYPES,
    ActionPoint,
    AgendaItem,
    FollowUp,
    FollowUpKind,
    Material,
    Meeting,
    MeetingStatus,
    MeetingStatusChange,
    Participant,
    Response,
    Visibility,
)

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

# Status changes a meeting may go through; who may make them is in rules.py.
TRANSITIONS = {
    MeetingStatus.PROPOSED: {MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED},
    MeetingStatus.SCHEDULED: {
        MeetingStatus.HELD,
        MeetingStatus.CANCELLED,
        MeetingStatus.PROPOSED,
    },
    MeetingStatus.HELD: set(),
    MeetingStatus.CANCELLED: {MeetingStatus.PROPOSED},
}

MEETING_FIELDS = [
    "title", "kind", "setting", "format", "venue", "online_link", "starts_at",
    "ends_at", "timezone", "visibility", "purpose", "highlights", "previous_meeting",
]  # fmt: skip
RESPONSE_SALT = "ia_meetings.participant_response"


def _page_changed(meeting: Meeting) -> None:
    """The country page shows meetings: forget its cached copy after commit."""
    state = meeting.state
    transaction.on_commit(lambda: country_page_cache_drop(state=state))


def _one_line(text: str) -> str:
    # A line break in a header would make the mail library refuse the message.
    return " ".join(text.split())


def _check_when(data: dict) -> None:
    tz_name = data.get("timezone")
    if tz_name is not None:
        try:
            zoneinfo.ZoneInfo(tz_name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise ServiceError(f"“{tz_name}” is not a known time zone.") from exc
    starts, ends = data.get("starts_at"), data.get("ends_at")
    if starts and ends and ends <= starts:
        raise ServiceError("The meeting must end after it starts.")


def _check_previous(meeting_state_id: int, previous: Meeting | None) -> None:
    if previous is not None and previous.state_id != meeting_state_id:
        raise ServiceError("A meeting can only follow up a meeting of the same State.")


# --- Meetings -----------------------------------------------------------------


@transaction.atomic
def meeting_propose(*, state, user, data: dict) -> Meeting:
    """The State (or the ISU for it) proposes a meeting; the agenda is created
    from the standard structure [001]."""
    _check_when(data)
    _check_previous(state.pk, data.get("previous_meeting"))
    meeting = Meeting(
        state=state,
        proposed_by=user,
        status=MeetingStatus.PROPOSED,
        **{f: data[f] for f in MEETING_FIELDS if f in data},
    )
    meeting.save()
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
    *, meeting: Meeting, user, data: dict, expected_version: int
) -> Meeting:
    """Change a meeting's details; refuses when someone else saved in between."""
    _check_when(data)
    _check_previous(meeting.state_id, data.get("previous_meeting"))
    if data.get("previous_meeting") and data["previous_meeting"].pk == meeting.pk:
        raise ServiceError("A meeting cannot follow up itself.")
    values = {f: data[f] for f in MEETING_FIELDS if f in data}
    updated = (
        Meeting.objects.filter(pk=meeting.pk, version=expected_version)
        .exclude(status=MeetingStatus.CANCELLED)
        .update(**values, version=F("version") + 1, updated_at=timezone.now())
    )
    current = Meeting.objects.select_related("state").get(pk=meeting.pk)
    if not updated:
        if current.status == MeetingStatus.CANCELLED:
            raise ServiceError("This meeting was cancelled; it can no longer change.")
        raise EditConflict(
            "Someone else changed this meeting while you were editing it. "
            "Their version is shown below; your changes are still in the form.",
            current=current,
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
    *, meeting: Meeting, user, to_status: str, note: str = "", base_url: str = ""
) -> Meeting:
    """Move a meeting to another status, recording who did it and when."""
    from_status = meeting.status
    if to_status not in TRANSITIONS.get(from_status, set()):
        raise ServiceError(
            f"A {MeetingStatus(from_status).label.lower()} meeting cannot become "
            f"{MeetingStatus(to_status).label.lower()}."
        )
    if to_status == MeetingStatus.HELD and meeting.starts_at > timezone.now():
        raise ServiceError("A meeting that has not started yet cannot be held.")
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
    meeting.refresh_from_db()
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
        when = meeting.starts_local
        country_followers_notify(
            state=meeting.state,
            subject=f"{meeting.state.name}: {_one_line(meeting.title)} on "
            f"{when:%-d %B %Y}",
            body=(
                f"A meeting of {meeting.state.name} has been scheduled.\n\n"
                f"{meeting.title}\n{meeting.get_kind_display()}\n"
                f"{when:%A %-d %B %Y, %H:%M} ({meeting.timezone})\n"
                f"{meeting.venue or meeting.get_setting_display()}\n\n"
                f"{base_url.rstrip('/')}{meeting.get_absolute_url()}\n"
            ),
        )
    if to_status == MeetingStatus.CANCELLED:
        invited = list(
            meeting.participants.filter(invitation_sent_at__isnull=False)
            .exclude(response=Response.DECLINED)
            .values_list("email", flat=True)
        )
        for email in invited:
            # One message each: participants do not see each other's addresses.
            email_enqueue(
                subject=f"Cancelled: {_one_line(meeting.title)}",
                body=(
                    f"“{meeting.title}” of {meeting.state.name}, planned for "
                    f"{meeting.starts_local:%-d %B %Y, %H:%M} ({meeting.timezone}), "
                    "has been cancelled.\n" + (f"\n{note}\n" if note else "")
                ),
                to=[email],
            )
    _page_changed(meeting)
    return meeting


# --- Agenda -------------------------------------------------------------------


def _item_save(*, item: AgendaItem, user, values: dict, expected_version: int):
    updated = AgendaItem.objects.filter(
        pk=item.pk, version=expected_version, minutes_final=False
    ).update(
        **values,
        version=F("version") + 1,
        updated_at=timezone.now(),
        updated_by=user,
    )
    current = AgendaItem.objects.select_related("meeting__state").get(pk=item.pk)
    if not updated:
        if current.minutes_final:
            raise ServiceError(
                "The minutes of this item are final; the ISU can reopen them."
            )
        raise EditConflict(
            "Someone else saved this agenda item while you were editing it. "
            "Their version is shown below; your text is still in the form.",
            current=current,
        )
    return current


@transaction.atomic
def agenda_item_add(*, meeting: Meeting, user, data: dict) -> AgendaItem:
    last = meeting.agenda_items.aggregate(last=Max("order"))["last"] or 0
    item = AgendaItem.objects.create(
        meeting=meeting,
        order=last + 1,
        updated_by=user,
        **{
            f: data[f]
            for f in ("code", "title", "by_state", "presenter", "start_time")
            if f in data
        },
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
    *, item: AgendaItem, user, data: dict, expected_version: int
) -> AgendaItem:
    """Rename an item or write its presentation and minutes."""
    fields = ("code", "title", "by_state", "presenter", "start_time", "content",
              "minutes")  # fmt: skip
    current = _item_save(
        item=item,
        user=user,
        values={f: data[f] for f in fields if f in data},
        expected_version=expected_version,
    )
    _page_changed(current.meeting)
    return current


@transaction.atomic
def agenda_item_finalise(*, item: AgendaItem, user, expected_version: int):
    """Lock the minutes as final; nobody edits them until the ISU reopens them."""
    return _item_save(
        item=item,
        user=user,
        values={
            "minutes_final": True,
            "minutes_finalised_at": timezone.now(),
            "minutes_finalised_by": user,
        },
        expected_version=expected_version,
    )


@transaction.atomic
def agenda_item_reopen(*, item: AgendaItem, user) -> AgendaItem:
    AgendaItem.objects.filter(pk=item.pk).update(
        minutes_final=False,
        minutes_finalised_at=None,
        minutes_finalised_by=None,
        version=F("version") + 1,
    )
    item.refresh_from_db()
    audit_record(
        actor=user,
        action="agenda.reopen",
        summary=f"{item.meeting.title}: minutes of {item} reopened",
        target=item.meeting,
    )
    return item


@transaction.atomic
def agenda_item_move(*, item: AgendaItem, user, direction: str) -> None:
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
def agenda_item_delete(*, item: AgendaItem, user) -> None:
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
def participant_add(*, meeting: Meeting, user, data: dict) -> Participant:
    """The State decides who participates; e-mails are unique per meeting."""
    email = data["email"].strip().lower()
    if meeting.participants.filter(email__iexact=email).exists():
        raise ServiceError(f"{email} is already on the participant list.")
    try:
        with transaction.atomic():
            participant = Participant.objects.create(
                meeting=meeting,
                group=data["group"],
                organisation=data["organisation"].strip(),
                name=data["name"].strip(),
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
def participant_remove(*, participant: Participant, user) -> None:
    audit_record(
        actor=user,
        action="participant.remove",
        summary=f"{participant.meeting.title}: {participant.name} removed",
        target=participant.meeting,
    )
    participant.delete()


@transaction.atomic
def participant_attendance_set(*, meeting: Meeting, user, attended_ids) -> int:
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
    if participant.meeting.status not in (
        MeetingStatus.PROPOSED,
        MeetingStatus.SCHEDULED,
    ):
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


def participants_invite(
    *, meeting: Meeting, user, base_url: str, resend: bool = False
) -> int:
    """Queue the invitations (a Celery task sends them after commit).

    Without `resend` only those not yet invited get one.
    """
    from .tasks import send_invitations

    if meeting.status not in (MeetingStatus.PROPOSED, MeetingStatus.SCHEDULED):
        raise ServiceError("Invitations can only be sent for an upcoming meeting.")
    participants = meeting.participants.all()
    if not resend:
        participants = participants.filter(invitation_sent_at__isnull=True)
    ids = list(participants.values_list("pk", flat=True))
    if not ids:
        raise ServiceError("Everyone on the list has already been invited.")
    send_invitations.delay_on_commit(
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
    from django.core.mail import EmailMessage

    requested = dt.datetime.fromisoformat(requested_at)
    meeting = Meeting.objects.select_related("state").get(pk=meeting_id)
    sent = 0
    for participant in meeting.participants.filter(pk__in=participant_ids):
        if participant.invitation_sent_at and participant.invitation_sent_at >= (
            requested
        ):
            continue
        link = base_url.rstrip("/") + reverse(
            "ia_meetings:respond",
            kwargs={"token": participant_response_token(participant=participant)},
        )
        when = meeting.starts_local
        EmailMessage(
            subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}Invitation: "
            f"{_one_line(meeting.title)}",
            body=(
                f"Dear {participant.name},\n\n"
                f"{meeting.state.name} invites you to “{meeting.title}” "
                f"({meeting.get_kind_display()}).\n\n"
                f"When: {when:%A %-d %B %Y, %H:%M} ({meeting.timezone})\n"
                f"Where: {meeting.venue or meeting.get_setting_display()} "
                f"({meeting.get_format_display().lower()})\n\n"
                f"Please accept or decline here (no account needed):\n{link}\n\n"
                f"The meeting: {base_url.rstrip('/')}{meeting.get_absolute_url()}\n\n"
                "Committee on the Enhancement of Cooperation and Assistance\n"
                "c/o the Implementation Support Unit\n"
            ),
            to=[participant.email],
        ).send()
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
def material_upload(*, item: AgendaItem, user, title: str, file) -> Material:
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
def material_remove(*, material: Material, user) -> None:
    meeting = material.meeting
    name = material.file.name
    storage = material.file.storage
    audit_record(
        actor=user,
        action="material.remove",
        summary=f"{meeting.title}: {material.title} removed",
        target=meeting,
    )
    material.delete()
    transaction.on_commit(lambda: storage.delete(name))
    _page_changed(meeting)


# --- Action points and follow-ups ---------------------------------------------

ACTION_FIELDS = ["description", "owner_organisation", "due_date", "status",
                 "agenda_item"]  # fmt: skip
FOLLOW_UP_FIELDS = ["kind", "status", "date", "notes", "subsequent_meeting"]


def _check_item(meeting: Meeting, item: AgendaItem | None) -> None:
    if item is not None and item.meeting_id != meeting.pk:
        raise ServiceError("That agenda item belongs to another meeting.")


@transaction.atomic
def action_point_add(*, meeting: Meeting, user, data: dict) -> ActionPoint:
    _check_item(meeting, data.get("agenda_item"))
    point = ActionPoint.objects.create(
        meeting=meeting,
        created_by=user,
        **{f: data[f] for f in ACTION_FIELDS if f in data},
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
    *, point: ActionPoint, user, data: dict, expected_version: int
) -> ActionPoint:
    _check_item(point.meeting, data.get("agenda_item"))
    updated = ActionPoint.objects.filter(pk=point.pk, version=expected_version).update(
        **{f: data[f] for f in ACTION_FIELDS if f in data},
        version=F("version") + 1,
        updated_at=timezone.now(),
    )
    current = ActionPoint.objects.select_related("meeting__state").get(pk=point.pk)
    if not updated:
        raise EditConflict(
            "Someone else changed this action point while you were editing it.",
            current=current,
        )
    audit_record(
        actor=user,
        action="action_point.update",
        summary=f"{current.meeting.title}: {current} "
        f"({current.get_status_display().lower()})",
        target=current.meeting,
    )
    return current


@transaction.atomic
def action_point_delete(*, point: ActionPoint, user) -> None:
    audit_record(
        actor=user,
        action="action_point.delete",
        summary=f"{point.meeting.title}: {point} removed",
        target=point.meeting,
    )
    point.delete()


def _check_follow_up(meeting: Meeting, data: dict) -> None:
    linked = data.get("subsequent_meeting")
    if linked is None:
        return
    if data.get("kind") != FollowUpKind.SUBSEQUENT_MEETING:
        raise ServiceError("Only a subsequent meeting links to another meeting.")
    if linked.pk == meeting.pk or linked.state_id != meeting.state_id:
        raise ServiceError(
            "The subsequent meeting must be another meeting of the same State."
        )


@transaction.atomic
def follow_up_add(*, meeting: Meeting, user, data: dict) -> FollowUp:
    _check_follow_up(meeting, data)
    follow_up = FollowUp.objects.create(
        meeting=meeting,
        created_by=user,
        **{f: data[f] for f in FOLLOW_UP_FIELDS if f in data},
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
    *, follow_up: FollowUp, user, data: dict, expected_version: int
) -> FollowUp:
    _check_follow_up(follow_up.meeting, data)
    updated = FollowUp.objects.filter(pk=follow_up.pk, version=expected_version).update(
        **{f: data[f] for f in FOLLOW_UP_FIELDS if f in data},
        version=F("version") + 1,
        updated_at=timezone.now(),
    )
    current = FollowUp.objects.select_related("meeting__state").get(pk=follow_up.pk)
    if not updated:
        raise EditConflict(
            "Someone else changed this follow-up while you were editing it.",
            current=current,
        )
    audit_record(
        actor=user,
        action="follow_up.update",
        summary=f"{current.meeting.title}: {current}",
        target=current.meeting,
    )
    _page_changed(current.meeting)
    return current


@transaction.atomic
def follow_up_delete(*, follow_up: FollowUp, user) -> None:
    audit_record(
        actor=user,
        action="follow_up.delete",
        summary=f"{follow_up.meeting.title}: {follow_up} removed",
        target=follow_up.meeting,
    )
    meeting = follow_up.meeting
    follow_up.delete()
    _page_changed(meeting)
