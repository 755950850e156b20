"""iCalendar entries for meetings, made with the `icalendar` library.

One UID per meeting and the meeting's version as SEQUENCE: every change bumps
the version, so a calendar that imported the entry (from the feed, the
download or an e-mail) replaces it instead of adding another (RFC 5546).
"""

from collections.abc import Iterable
from email.utils import parseaddr
from functools import lru_cache

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, vCalAddress, vText

from portal.links import DEVELOPMENT_BASE_URL

from .models import Meeting, MeetingFormat, MeetingStatus

# RFC 5545 STATUS of an event for each meeting status.
ICS_STATUS = {
    MeetingStatus.PROPOSED: "TENTATIVE",
    MeetingStatus.SCHEDULED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}

# What an e-mail's calendar file asks of the calendar it lands in (RFC 5546):
# add or update the entry, or take it away.
REQUEST, CANCEL = "REQUEST", "CANCEL"


def meeting_uid(meeting: Meeting) -> str:
    """The same for the feed, the download and every e-mail, whichever
    address the page was asked at: the portal's own host."""
    base = settings.PORTAL_BASE_URL or DEVELOPMENT_BASE_URL
    host = base.split("//", 1)[-1].strip("/") or "ia-portal"
    return f"meeting-{meeting.pk}@{host}"


def _event(
    meeting: Meeting, *, base_url: str, attendee: str = "", private: bool = False
) -> Event:
    url = base_url.rstrip("/") + meeting.get_absolute_url()
    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("summary", f"{meeting.title} ({meeting.state.name})")
    # Local times with their zone: the entry shows right in any calendar.
    event.add("dtstart", meeting.starts_local)
    event.add("dtend", meeting.ends_local)
    event.add("dtstamp", timezone.now())
    event.add("last-modified", meeting.updated_at)
    event.add("sequence", meeting.version)
    event.add("status", ICS_STATUS[meeting.status])
    event.add("location", vText(meeting.venue or meeting.get_setting_display()))
    event.add("url", url)
    description = _("%(kind)s of %(state)s. %(setting)s; %(format)s.") % {
        "kind": meeting.get_kind_display(),
        "state": meeting.state.name,
        "setting": meeting.get_setting_display(),
        "format": meeting.get_format_display().lower(),
    }
    lines = [description]
    # The join link only in what goes to those invited, never in the feed.
    if private and meeting.online_link and meeting.format != MeetingFormat.IN_PERSON:
        lines.append(_("Join online: %(link)s") % {"link": meeting.online_link})
    lines.append(url)
    event.add("description", "\n".join(lines))
    if attendee:
        organiser = parseaddr(settings.DEFAULT_FROM_EMAIL)[1] or "ia-portal@localhost"
        event.add("organizer", vCalAddress(f"mailto:{organiser}"))
        event.add("attendee", vCalAddress(f"mailto:{attendee}"))
    return event


def calendar_for(meetings: Iterable[Meeting], *, base_url: str, name: str) -> bytes:
    """A feed or a download: what anyone who may read the meetings sees."""
    cal = Calendar()
    cal.add("prodid", "-//IA Portal//Individualised Approach meetings//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    for meeting in meetings:
        cal.add_component(_event(meeting, base_url=base_url))
    _add_timezones(cal)
    return cal.to_ical()


def invitation_calendar(
    meeting: Meeting, *, base_url: str, attendee: str, method: str = REQUEST
) -> str:
    """The calendar file an e-mail to one invited person carries: the entry
    with the join link, as a request (invitation, change) or a cancellation."""
    cal = Calendar()
    cal.add("prodid", "-//IA Portal//Individualised Approach meetings//EN")
    cal.add("version", "2.0")
    cal.add("method", method)
    cal.add_component(
        _event(meeting, base_url=base_url, attendee=attendee, private=True)
    )
    _add_timezones(cal)
    return cal.to_ical().decode()


def _add_timezones(cal: Calendar) -> None:
    """The VTIMEZONE of each zone the events use, before the events.

    Calendar.add_missing_timezones() builds each from every transition of the
    zone since 1970, on each request; a zone's rules do not change while the
    process runs."""
    for position, tzid in enumerate(sorted(cal.get_missing_tzids())):
        if (component := vtimezone(tzid)) is not None:
            cal.subcomponents.insert(position, component)


@lru_cache(maxsize=64)
def vtimezone(tzid: str) -> Timezone | None:
    """The VTIMEZONE component of an IANA zone (None when icalendar does not
    know it), built once per process."""
    try:
        return Timezone.from_tzid(tzid)
    except ValueError:
        return None
