"""Proposing a meeting, changing its details, and moving it through its
statuses (status.TRANSITIONS), with the e-mails each change sends."""

import datetime as dt
import zoneinfo

from django.db import transaction
from django.db.models import F
from django.utils import timezone as dj_timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from country_pages.models import StateParty
from country_pages.services import country_followers_notify
from portal.emails import email_link
from portal.models import User
from portal.services import (
    ServiceError,
    audit_record,
    field_changes,
    versioned_update,
)

from ..models import (
    AgendaItem,
    Meeting,
    MeetingSeries,
    MeetingStatus,
    MeetingStatusChange,
    Visibility,
)
from ..status import UPCOMING_STATUSES, status_change
from .agenda import standard_agenda
from .country_page import country_page_changed
from .notices import meeting_cancel_notify, meeting_change_notify, notice_changes

DEFAULT_TIMEZONE = "Europe/Zurich"


def _check_when(*, tz_name: str, starts_at: dt.datetime, ends_at: dt.datetime):
    try:
        zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ServiceError(
            _("“%(name)s” is not a known time zone.") % {"name": tz_name}
        ) from exc
    if ends_at <= starts_at:
        raise ServiceError(_("The meeting must end after it starts."))


def _check_previous(meeting_state_id: int, previous: Meeting | None) -> None:
    if previous is not None and previous.state_id != meeting_state_id:
        raise ServiceError(
            _("A meeting can only follow up a meeting of the same State.")
        )


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
    focus: str = "",
    series: MeetingSeries | None = None,
    contacts_shared: bool = False,
) -> Meeting:
    """The State (or the ISU for it) proposes a meeting; the agenda is created
    from the standard structure [001], for one area if the meeting has a
    focus [002 §10]."""
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
        focus=focus,
        series=series,
        contacts_shared=contacts_shared,
    )
    AgendaItem.objects.bulk_create(
        AgendaItem(
            meeting=meeting, order=index, code=code, title=str(title), by_state=by_state
        )
        for index, (code, title, by_state) in enumerate(standard_agenda(focus), start=1)
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


# A note that goes with a change into the e-mails of those invited: a status
# change's is stored beside it (MeetingStatusChange.note); a details change's
# goes only into the notice. Longer is refused, never cut silently.
STATUS_NOTE_MAX_LENGTH = 300
NOTICE_NOTE_MAX_LENGTH = 2_000


def note_too_long(note: str, limit: int) -> str:
    """The message for a note longer than `limit`, or "" when it fits."""
    if len(note) <= limit:
        return ""
    return _(
        "The note can be at most %(limit)s characters long (it has %(count)s)."
    ) % {
        "limit": number_format(limit, force_grouping=True),
        "count": number_format(len(note), force_grouping=True),
    }


def _check_note(note: str, limit: int) -> None:
    message = note_too_long(note, limit)
    if message:
        raise ServiceError(message)


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
    focus: str | None = None,
    contacts_shared: bool | None = None,
    note: str = "",
    base_url: str = "",
) -> Meeting:
    """Change a meeting's details; refuses when someone else saved in between.

    Those invited who have not declined are told what they see changed
    (notices.py), with `note` from the person making the change.
    """
    _check_note(note, NOTICE_NOTE_MAX_LENGTH)
    _check_when(tz_name=timezone, starts_at=starts_at, ends_at=ends_at)
    if (
        meeting.status in UPCOMING_STATUSES
        and starts_at != meeting.starts_at
        and starts_at < dj_timezone.now()
    ):
        raise ServiceError(
            _("The new date is in the past; an upcoming meeting must start later.")
        )
    _check_previous(meeting.state_id, previous_meeting)
    if previous_meeting is not None and previous_meeting.pk == meeting.pk:
        raise ServiceError(_("A meeting cannot follow up itself."))
    # Cancelling bumps the version too, so a cancellation after this check
    # still stops the update (as a conflict).
    if Meeting.objects.filter(pk=meeting.pk, status=MeetingStatus.CANCELLED).exists():
        raise ServiceError(_("This meeting was cancelled; it can no longer change."))
    values = {
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
    }
    # Left out (None): kept as they are.
    if focus is not None:
        values["focus"] = focus
    if contacts_shared is not None:
        values["contacts_shared"] = contacts_shared
    current = versioned_update(
        meeting, expected_version=expected_version, values=values, actor=user
    )
    audit_record(
        actor=user,
        action="meeting.update",
        summary=f"{current.state.name}: {current.title} updated",
        target=current,
        changes=field_changes(meeting, values),
    )
    meeting_change_notify(
        before=meeting,
        after=current,
        changed=notice_changes(meeting, values),
        note=note,
        base_url=base_url,
    )
    country_page_changed(current)
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
    _check_note(note, STATUS_NOTE_MAX_LENGTH)
    from_status = meeting.status
    change = status_change(from_status, to_status)
    if change is None:
        raise ServiceError(
            _("A %(from_status)s meeting cannot become %(to_status)s.")
            % {
                "from_status": MeetingStatus(from_status).label.lower(),
                "to_status": MeetingStatus(to_status).label.lower(),
            }
        )
    refusal = change.refusal(meeting)
    if refusal:
        raise ServiceError(refusal)
    changed = Meeting.objects.filter(pk=meeting.pk, status=from_status).update(
        status=to_status, version=F("version") + 1, updated_at=dj_timezone.now()
    )
    if not changed:
        raise ServiceError(_("Someone else changed this meeting's status; reload it."))
    MeetingStatusChange.objects.create(
        meeting=meeting,
        from_status=from_status,
        to_status=to_status,
        changed_by=user,
        note=note,
    )
    meeting = Meeting.objects.select_related("state").get(pk=meeting.pk)
    audit_record(
        actor=user,
        action=f"meeting.{to_status}",
        # The statuses' values (their English names), whoever reads the trail.
        summary=f"{meeting.state.name}: {meeting.title} {from_status} → {to_status}",
        target=meeting,
    )
    if to_status == MeetingStatus.SCHEDULED and meeting.visibility == (
        Visibility.PUBLIC
    ):
        _meeting_scheduled_notify(meeting=meeting, base_url=base_url)
    if to_status == MeetingStatus.CANCELLED:
        meeting_cancel_notify(meeting=meeting, note=note, base_url=base_url)
    country_page_changed(meeting)
    return meeting


def _meeting_scheduled_notify(*, meeting: Meeting, base_url: str) -> None:
    """The State's followers hear of a public meeting once it is scheduled."""
    country_followers_notify(
        state=meeting.state,
        template="ia_meetings/emails/meeting_scheduled",
        context={
            "meeting": meeting,
            # Made while each follower's e-mail renders, in their language.
            "meeting_url": email_link(
                lambda: base_url.rstrip("/") + meeting.get_absolute_url()
            ),
        },
    )
