"""Forms that did not pass say so at the top, link to each field and keep what
was typed; the time zone is chosen from a list (issue 14, item 3)."""

import re

import pytest
from django import forms
from django.urls import reverse

from ia_meetings.models import Meeting
from portal.forms import TimeZoneField
from tests.ia_meetings.factories import MeetingFactory
from tests.ia_meetings.test_views import _meeting_form

pytestmark = pytest.mark.django_db


def test_a_failed_proposal_summarises_its_errors_at_the_top_linking_each_field(
    focal_point, client_for
):
    response = client_for(focal_point).post(
        reverse("ia_meetings:propose"),
        _meeting_form(timezone="Africa/Atlantis", ends_at="2027-03-10T09:00"),
    )
    html = response.content.decode()
    assert response.status_code == 200 and not Meeting.objects.exists()
    summary = re.search(r'<div class="error-summary".*?</div>', html, re.S).group()
    # The summary comes before the first field, takes the focus, links each error.
    assert html.index('class="error-summary"') < html.index('id="id_title"')
    assert "autofocus" in summary and 'role="alert"' in summary
    assert "There is a problem" in summary
    assert 'href="#id_timezone"' in summary and 'href="#id_ends_at"' in summary
    assert "“Africa/Atlantis” is not a known time zone" in summary
    assert "The meeting must end after it starts." in summary
    # What was typed is still in the form.
    assert 'value="Angola: IA follow-up"' in html and 'value="Luanda"' in html


def test_the_time_zone_is_a_list_grouped_by_region_with_offsets(
    focal_point, client_for
):
    html = client_for(focal_point).get(reverse("ia_meetings:propose")).content.decode()
    assert '<select name="timezone"' in html and "data-filterable" in html
    assert '<optgroup label="Africa">' in html
    assert re.search(r'<option value="Africa/Khartoum">Khartoum \(UTC\+0\d:00\)', html)
    assert 'value="US/Eastern"' not in html  # legacy aliases left out


def test_editing_a_meeting_keeps_a_stored_zone_outside_the_list(isu, client_for):
    meeting = MeetingFactory(timezone="Etc/GMT-3")
    html = (
        client_for(isu)
        .get(reverse("ia_meetings:edit", args=[meeting.pk]))
        .content.decode()
    )
    assert '<option value="Etc/GMT-3" selected>' in html


class _ZoneForm(forms.Form):
    zone = TimeZoneField()


@pytest.mark.parametrize("value", ["Mars/Olympus", "../../etc/passwd", "x" * 500])
def test_the_time_zone_field_refuses_what_is_not_a_zone(value):
    form = _ZoneForm({"zone": value})
    assert not form.is_valid()
    assert "is not a known time zone" in form.errors["zone"][0]


def test_the_time_zone_field_takes_a_city_zone_and_utc():
    assert _ZoneForm({"zone": "Asia/Colombo"}).is_valid()
    assert _ZoneForm({"zone": "UTC"}).is_valid()
