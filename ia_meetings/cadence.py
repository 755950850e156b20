"""Dates of recurring meetings: a series meets every so many months."""

import calendar
import datetime as dt

from django.utils import timezone

from .models import Meeting


def add_months(value: dt.datetime, months: int) -> dt.datetime:
    """The same wall-clock time `months` later (the 31st becomes the month's
    last day where the month is shorter)."""
    month_index = value.month - 1 + months
    year, month = value.year + month_index // 12, month_index % 12 + 1
    day = min(value.day, calendar.monthrange(year, month)[1])
    return value.replace(year=year, month=month, day=day)


def next_meeting_times(
    meeting: Meeting, *, cadence_months: int, now: dt.datetime | None = None
) -> tuple[dt.datetime, dt.datetime]:
    """When the meeting after `meeting` would be: one cadence later at the
    same local time, and later still if that is already past (a series that
    fell behind resumes from today, not in the past)."""
    now = now or timezone.now()
    tz = meeting.tzinfo
    starts = timezone.localtime(meeting.starts_at, tz).replace(tzinfo=None)
    length = meeting.ends_at - meeting.starts_at
    steps = 1
    while True:
        candidate = timezone.make_aware(add_months(starts, cadence_months * steps), tz)
        if candidate > now:
            return candidate, candidate + length
        steps += 1
