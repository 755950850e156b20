"""iCalendar entries for meetings, made with the `icalendar` library."""

from collections.abc import Iterable
from functools import lru_cache

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, vText

from .models import Meeting, MeetingStatus

# RFC 5545 STATUS of an event for each meeting status.
ICS_STATUS = {
    MeetingStatus.PROPOSED: "TENTATIVE",
    MeetingStatus.SCHEDULED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}


def calendar_for(meetings: Iterable[Meeting], *, base_url: str, name: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//IA Portal//Individualised Approach meetings//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    host = base_url.split("//", 1)[-1].strip("/") or "ia-portal"
    for meeting in meetings:
        url = base_url.rstrip("/") + meeting.get_absolute_url()
        event = Event()
        # A stable UID, so calendars update the entry instead of adding another.
        event.add("uid", f"meeting-{meeting.pk}@{host}")
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
        event.add("description", f"{description}\n{url}")
        cal.add_component(event)
    # Calendar.add_missing_timezones() builds each VTIMEZONE from every
    # transition of the zone since 1970, on each request; a zone's rules do not
    # change while the process runs.
    for position, tzid in enumerate(sorted(cal.get_missing_tzids())):
        if (component := vtimezone(tzid)) is not None:
            cal.subcomponents.insert(position, component)
    return cal.to_ical()


@lru_cache(maxsize=64)
def vtimezone(tzid: str) -> Timezone | None:
    """The VTIMEZONE component of an IANA zone (None when icalendar does not
    know it), built once per process."""
    try:
        return Timezone.from_tzid(tzid)
    except ValueError:
        return None
