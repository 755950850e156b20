"""iCalendar: a meeting's entry and a State's feed."""

import datetime as dt

import pytest
from django.urls import reverse
from icalendar import Calendar

from tests.ia_meetings.factories import MeetingFactory

pytestmark = pytest.mark.django_db


def test_a_meeting_exports_to_a_calendar_in_its_own_time_zone(client):
    meeting = MeetingFactory(
        title="Sri Lanka: IA follow-up",
        starts_at=dt.datetime(2027, 6, 8, 4, 30, tzinfo=dt.UTC),
        ends_at=dt.datetime(2027, 6, 8, 6, 30, tzinfo=dt.UTC),
        timezone="Asia/Colombo",
    )
    response = client.get(reverse("ia_meetings:ics", args=[meeting.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Sri Lanka: IA follow-up (Angola)"
    start = event.decoded("dtstart")
    assert (start.hour, start.minute, str(start.tzinfo)) == (10, 0, "Asia/Colombo")
    assert str(event["status"]) == "CONFIRMED"
    assert str(event["uid"]).startswith(f"meeting-{meeting.pk}@")
    assert calendar.walk("VTIMEZONE")
    assert f"/meetings/{meeting.pk}/" in str(event["url"])


def test_a_states_feed_lists_what_the_reader_may_see(client, zimbabwe):
    MeetingFactory(title="Public one")
    MeetingFactory(title="Restricted one", visibility="committee")
    MeetingFactory(title="Cancelled one", status="cancelled", visibility="public")
    MeetingFactory(title="Zimbabwe's", state=zimbabwe)
    response = client.get(reverse("ia_meetings:country_ics", args=["ago"]))
    summaries = [
        str(e["summary"]) for e in Calendar.from_ical(response.content).walk("VEVENT")
    ]
    assert summaries == ["Public one (Angola)"]
