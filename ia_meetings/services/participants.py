"""Who takes part in a meeting: the State decides the list, the ISU sends
the invitations (a Celery task, after commit), the State records who came."""

import csv
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.effects import on_commit
from portal.models import User
from portal.services import ServiceError, audit_record, field_changes

from ..models import Meeting, Participant, ParticipantGroup
from ..status import UPCOMING_STATUSES
from ..tasks import send_invitations


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
        raise ServiceError(
            _("%(email)s is already on the participant list.") % {"email": email}
        )
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
        raise ServiceError(
            _("%(email)s is already on the participant list.") % {"email": email}
        ) from exc
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


@transaction.atomic
def participants_invite(
    *, meeting: Meeting, user: User, base_url: str, resend: bool = False
) -> int:
    """Queue the invitations (a Celery task sends them after commit).

    Without `resend` only those not yet invited get one.
    """
    if meeting.status not in UPCOMING_STATUSES:
        raise ServiceError(_("Invitations can only be sent for an upcoming meeting."))
    participants = meeting.participants.all()
    if not resend:
        participants = participants.filter(invitation_sent_at__isnull=True)
    ids = list(participants.values_list("pk", flat=True))
    if not ids:
        raise ServiceError(_("Everyone on the list has already been invited."))
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


@transaction.atomic
def participant_update(
    *,
    participant: Participant,
    user: User,
    group: str,
    organisation: str,
    name: str,
    email: str,
) -> Participant:
    """Correct a participant's details. A changed e-mail must stay unique on
    the list; their earlier answer link then stops working (it is signed with
    the address)."""
    email = email.strip().lower()
    if (
        participant.meeting.participants.filter(email__iexact=email)
        .exclude(pk=participant.pk)
        .exists()
    ):
        raise ServiceError(
            _("%(email)s is already on the participant list.") % {"email": email}
        )
    values = {
        "group": group,
        "organisation": organisation.strip(),
        "name": name.strip(),
        "email": email,
    }
    changes = field_changes(participant, values)
    Participant.objects.filter(pk=participant.pk).update(**values)
    if changes:
        audit_record(
            actor=user,
            action="participant.update",
            summary=f"{participant.meeting.title}: {values['name']}",
            target=participant.meeting,
            changes=changes,
        )
    participant.refresh_from_db()
    return participant


# --- Adding several at once ---------------------------------------------------

GROUP_WORDS = {
    **{value: value for value in ParticipantGroup.values},
    **{str(label).lower(): value for value, label in ParticipantGroup.choices},
}


@dataclass
class BulkRow:
    number: int  # the line in what was pasted or uploaded, from 1
    name: str = ""
    organisation: str = ""
    email: str = ""
    group: str = ""
    error: str = ""


def _bulk_lines(text: str) -> list[list[str]]:
    """Rows of cells: CSV (commas or semicolons) or tab-separated (pasted
    from a spreadsheet)."""
    lines = [line for line in text.splitlines()]
    sample = "\n".join(lines[:5])
    delimiter = (
        "\t"
        if "\t" in sample
        else (";" if sample.count(";") > sample.count(",") else ",")
    )
    return [
        [cell.strip() for cell in row] for row in csv.reader(lines, delimiter=delimiter)
    ]


def participants_bulk_parse(
    *, meeting: Meeting, text: str, default_group: str
) -> list[BulkRow]:
    """Each line — name, organisation, e-mail and optionally the group — as a
    row with what is wrong with it ("" when it can be added). A first line
    of column names is skipped; empty lines are ignored."""
    existing = {
        email.lower() for email in meeting.participants.values_list("email", flat=True)
    }
    seen: dict[str, int] = {}
    rows = []
    for number, cells in enumerate(_bulk_lines(text), start=1):
        if not any(cells):
            continue
        if number == 1 and any(c.lower() in ("e-mail", "email") for c in cells):
            continue
        cells = cells + [""] * (4 - len(cells))
        name, organisation, email, group = cells[:4]
        row = BulkRow(
            number=number,
            name=name,
            organisation=organisation,
            email=email.lower(),
            group=GROUP_WORDS.get(group.lower(), "") if group else default_group,
        )
        if len([c for c in cells if c]) > 4:
            row.error = _(
                "Too many columns: expected name, organisation, e-mail, group."
            )
        elif not name:
            row.error = _("The name is missing.")
        elif not organisation:
            row.error = _("The organisation is missing.")
        elif not email:
            row.error = _("The e-mail is missing.")
        elif not _valid_email(email):
            row.error = _("“%(email)s” is not an e-mail address.") % {"email": email}
        elif not row.group:
            row.error = _("“%(group)s” is not a group; use one of: %(groups)s.") % {
                "group": group,
                "groups": ", ".join(ParticipantGroup.values),
            }
        elif len(name) > 200 or len(organisation) > 200:
            row.error = _("The name or organisation is longer than 200 characters.")
        elif row.email in existing:
            row.error = _("%(email)s is already on the participant list.") % {
                "email": row.email
            }
        elif row.email in seen:
            row.error = _("%(email)s is also on line %(line)s.") % {
                "email": row.email,
                "line": seen[row.email],
            }
        seen.setdefault(row.email, number)
        rows.append(row)
    return rows


def _valid_email(value: str) -> bool:
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


@transaction.atomic
def participants_bulk_add(
    *, meeting: Meeting, user: User, text: str, default_group: str
) -> int:
    """Add every good row of what was pasted or uploaded (the bad ones are
    left out, as the preview said); returns how many were added."""
    rows = [
        row
        for row in participants_bulk_parse(
            meeting=meeting, text=text, default_group=default_group
        )
        if not row.error
    ]
    if not rows:
        raise ServiceError(_("No line can be added; see what is wrong with each."))
    try:
        with transaction.atomic():
            Participant.objects.bulk_create(
                Participant(
                    meeting=meeting,
                    group=row.group,
                    organisation=row.organisation,
                    name=row.name,
                    email=row.email,
                    added_by=user,
                )
                for row in rows
            )
    except IntegrityError as exc:
        # Someone added one of these addresses since the preview.
        raise ServiceError(
            _("The list changed meanwhile; check the preview again.")
        ) from exc
    audit_record(
        actor=user,
        action="participant.bulk_add",
        summary=f"{meeting.title}: {len(rows)} participants added",
        target=meeting,
    )
    return len(rows)


@transaction.atomic
def participants_add_registered(
    *, meeting: Meeting, user: User, people: Iterable[User], group: str
) -> int:
    """Add registered people (donors picked from a list) with their account's
    name, organisation and e-mail; those already on the list are skipped."""
    existing = {e.lower() for e in meeting.participants.values_list("email", flat=True)}
    new = [
        Participant(
            meeting=meeting,
            group=group,
            organisation=(person.organisation or person.email)[:200],
            name=(person.full_name or person.email)[:200],
            email=person.email.lower(),
            added_by=user,
        )
        for person in people
        if person.email.lower() not in existing
    ]
    Participant.objects.bulk_create(new)
    if new:
        audit_record(
            actor=user,
            action="participant.bulk_add",
            summary=f"{meeting.title}: {len(new)} registered people added",
            target=meeting,
        )
    return len(new)
