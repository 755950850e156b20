"""What those invited hear when a meeting they were invited to changes.

When the date, time, time zone, venue, format or join link of a meeting
changes after the invitations went out, or the meeting is cancelled, everyone
invited who has not declined gets one e-mail, in their own language, saying
what changed (old → new) with the updated calendar entry: same UID, higher
SEQUENCE, METHOD:CANCEL for a cancellation. Changes nobody invited can see
(the purpose, the highlights, who may read the page) send nothing.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.emails import Attachment, email_link, email_send

from ..calendar import CANCEL, REQUEST, invitation_calendar
from ..models import Meeting, Participant, Response

# What an invited person sees of a meeting and is told about when it changes,
# in the order the e-mail lists them.
NOTICE_FIELDS = ("starts_at", "ends_at", "timezone", "venue", "format", "online_link")
NOTICE_LABELS = {
    "when": _("When"),
    "timezone": _("Time zone"),
    "venue": _("Venue"),
    "format": _("Format"),
    "online_link": _("Link to join online"),
}


@dataclass(frozen=True)
class NoticePreview:
    """What the person changing a meeting is shown before saving."""

    changed: list[str]  # keys of NOTICE_LABELS
    recipients: list[Participant]

    @property
    def labels(self) -> list[str]:
        return [NOTICE_LABELS[name] for name in self.changed]


def notice_changes(meeting: Meeting, values: dict) -> list[str]:
    """Which parts an invited person sees would change (keys of NOTICE_LABELS).

    Times compare as instants: typing the same time again changes nothing.
    """
    changed = [
        name
        for name in NOTICE_FIELDS
        if name in values and getattr(meeting, name) != values[name]
    ]
    parts = []
    if "starts_at" in changed or "ends_at" in changed:
        parts.append("when")
    parts += [name for name in changed if name not in ("starts_at", "ends_at")]
    return parts


def notice_recipients(meeting: Meeting) -> QuerySet[Participant]:
    """Everyone invited who has not declined."""
    return (
        meeting.participants.filter(invitation_sent_at__isnull=False)
        .exclude(response=Response.DECLINED)
        .order_by("group", "organisation", "name")
    )


def notice_preview(meeting: Meeting, values: dict) -> NoticePreview:
    changed = notice_changes(meeting, values)
    recipients = list(notice_recipients(meeting)) if changed else []
    return NoticePreview(changed=changed if recipients else [], recipients=recipients)


def _base(base_url: str) -> str:
    return (base_url or settings.PORTAL_BASE_URL).rstrip("/")


def participant_email(
    *,
    meeting: Meeting,
    participant: Participant,
    template: str,
    context: dict,
    base_url: str = "",
    method: str = REQUEST,
) -> None:
    """One e-mail to one participant (nobody sees the others' addresses), in
    their language, with the meeting's calendar entry attached.

    The language is their account's (portal.emails); someone invited without
    an account reads the portal's default language, whoever sends, so every
    message about one meeting reaches them in the same language. Links are
    made in the language of the copy."""
    base = _base(base_url)
    ics = invitation_calendar(
        meeting, base_url=base, attendee=participant.email, method=method
    )
    email_send(
        template=template,
        context={
            "meeting": meeting,
            "participant": participant,
            "meeting_url": email_link(lambda: base + meeting.get_absolute_url()),
            "ics_url": email_link(
                lambda: base + reverse("ia_meetings:ics", args=[meeting.pk])
            ),
            **context,
        },
        to=[participant.email],
        attachments=[
            Attachment(
                filename=f"meeting-{meeting.pk}.ics",
                content=ics,
                mimetype=f"text/calendar; method={method}",
            )
        ],
        language=settings.LANGUAGE_CODE,
    )


def meeting_change_notify(
    *,
    before: Meeting,
    after: Meeting,
    changed: list[str],
    note: str = "",
    base_url: str = "",
) -> int:
    """Tell those invited what changed; returns how many were told."""
    if not changed:
        return 0
    recipients = list(notice_recipients(after))
    for participant in recipients:
        participant_email(
            meeting=after,
            participant=participant,
            template="ia_meetings/emails/meeting_changed",
            context={"before": before, "changed": changed, "note": note},
            base_url=base_url,
        )
    return len(recipients)


def meeting_cancel_notify(*, meeting: Meeting, note: str = "", base_url="") -> int:
    """Those invited who have not declined hear that the meeting is off, with
    a calendar file that takes it out of their calendar."""
    recipients = list(notice_recipients(meeting))
    for participant in recipients:
        participant_email(
            meeting=meeting,
            participant=participant,
            template="ia_meetings/emails/meeting_cancelled",
            context={"note": note},
            base_url=base_url,
            method=CANCEL,
        )
    return len(recipients)
