"""The invitation e-mails, and the signed links through which participants
accept or decline without an account.

The invitations are queued by participants.participants_invite; the Celery
task (tasks.send_invitations) sends them with `invitations_send`.
"""

import datetime as dt

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.emails import email_link
from portal.services import ServiceError, audit_record

from ..models import Meeting, MeetingFormat, Participant, Response
from ..status import UPCOMING_STATUSES
from .notices import participant_email

RESPONSE_SALT = "ia_meetings.participant_response"


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
            _("This response link has expired. Ask the ISU for a new invitation.")
        ) from exc
    except signing.BadSignature as exc:
        raise ServiceError(
            _(
                "This response link is not valid. Use the link from your invitation "
                "e-mail exactly as it was sent."
            )
        ) from exc
    pk, _colon, email = value.partition(":")
    participant = (
        Participant.objects.select_related("meeting__state")
        .filter(pk=pk, email=email)
        .first()
    )
    if participant is None:
        raise ServiceError(
            _("This invitation is no longer valid: the participant list has changed.")
        )
    return participant


@transaction.atomic
def participant_respond(*, token: str, response: str) -> Participant:
    """Accept or decline through the signed link; no account needed."""
    participant = participant_from_token(token=token)
    if response not in (Response.ACCEPTED, Response.DECLINED):
        raise ServiceError(_("Choose whether you accept or decline."))
    if participant.meeting.status not in UPCOMING_STATUSES:
        raise ServiceError(
            _("This meeting is %(status)s; responses are closed.")
            % {"status": participant.meeting.get_status_display().lower()}
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


def invitations_send(
    *, meeting_id: int, participant_ids: list[int], requested_at: str, base_url: str
) -> int:
    """Send the invitations the task was asked for (idempotent: a retry skips
    those already invited since the request). Each carries the agenda, the
    join link of an online or hybrid meeting and the calendar file, in the
    participant's language."""
    requested = dt.datetime.fromisoformat(requested_at)
    meeting = Meeting.objects.select_related("state").get(pk=meeting_id)
    base = base_url.rstrip("/")
    agenda = list(meeting.agenda_items.order_by("order", "pk"))
    join_link = meeting.online_link if meeting.format != MeetingFormat.IN_PERSON else ""
    participants = list(meeting.participants.filter(pk__in=participant_ids))
    sent = 0
    for participant in participants:
        if participant.invitation_sent_at and participant.invitation_sent_at >= (
            requested
        ):
            continue
        token = participant_response_token(participant=participant)
        with transaction.atomic():
            # The mark and the message go together: both or neither.
            participant_email(
                meeting=meeting,
                participant=participant,
                template="ia_meetings/emails/invitation",
                context={
                    # Made while the e-mail renders, in the recipient's
                    # language (portal.emails), so the link leads to its page.
                    "response_url": email_link(
                        lambda token=token: (
                            base + reverse("ia_meetings:respond", args=[token])
                        )
                    ),
                    "agenda": agenda,
                    "join_link": join_link,
                },
                base_url=base,
            )
            Participant.objects.filter(pk=participant.pk).update(
                invitation_sent_at=timezone.now()
            )
        sent += 1
    return sent
