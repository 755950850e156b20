"""Circulating the minutes and action points to the participants [003 §10]."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from portal.emails import email_link, email_send
from portal.models import User
from portal.services import ServiceError, audit_record

from ..models import Meeting, MeetingStatus


@transaction.atomic
def minutes_circulate(*, meeting: Meeting, user: User, base_url: str = "") -> int:
    """E-mail the minutes written so far and the action points to every
    participant, each in their language; returns how many were sent."""
    if meeting.status == MeetingStatus.CANCELLED:
        raise ServiceError(_("This meeting was cancelled."))
    items = [i for i in meeting.agenda_items.order_by("order", "pk") if i.minutes]
    if not items:
        raise ServiceError(_("No minutes have been written yet."))
    points = list(
        meeting.action_points.select_related("owner_participant").order_by(
            "due_date", "pk"
        )
    )
    participants = list(meeting.participants.order_by("pk"))
    if not participants:
        raise ServiceError(_("Nobody is on the participant list."))
    base = (base_url or settings.PORTAL_BASE_URL).rstrip("/")
    # Made while each copy renders, in its reader's language (portal.emails).
    url = email_link(lambda: base + meeting.get_absolute_url())
    for participant in participants:
        email_send(
            template="ia_meetings/emails/minutes",
            context={
                "meeting": meeting,
                "participant": participant,
                "items": items,
                "points": points,
                "meeting_url": url,
            },
            to=[participant.email],
            language=settings.LANGUAGE_CODE,
        )
    audit_record(
        actor=user,
        action="meeting.minutes_circulate",
        summary=f"{meeting.title}: minutes sent to {len(participants)}",
        target=meeting,
    )
    return len(participants)
