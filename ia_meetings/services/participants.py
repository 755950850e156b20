"""Who takes part in a meeting: the State decides the list, the ISU sends
the invitations (a Celery task, after commit), the State records who came."""

from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.effects import on_commit
from portal.models import User
from portal.services import ServiceError, audit_record

from ..models import Meeting, Participant
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
