"""403, 404 and 500 pages in the portal's layout say why and what to do; an
anonymous reader sent to sign in reads why (issue 14, item 6)."""

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.views.defaults import server_error

from portal.models import DocumentStatus
from tests.ia_meetings.factories import MeetingFactory, ParticipantFactory
from tests.meeting_reports.factories import version_in

pytestmark = pytest.mark.django_db


def test_a_donor_who_took_part_reads_why_the_report_is_closed_and_whom_to_ask(
    donor, client_for
):
    meeting = MeetingFactory(status="held", title="Angola launch")
    ParticipantFactory(meeting=meeting, email=donor.email)
    version_in(DocumentStatus.READY, meeting=meeting)
    response = client_for(donor).get(
        reverse("meeting_reports:detail", args=[meeting.pk])
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert "shared this meeting&#x27;s report with the Committee" in html
    assert "ask the State&#x27;s focal point" in html
    # In the layout, with the navigation and a way on.
    assert 'class="site-nav"' in html and reverse("portal:dashboard") in html


def test_an_anonymous_reader_of_a_restricted_meeting_is_told_why_at_sign_in(
    client,
):
    meeting = MeetingFactory(visibility="participants")
    response = client.get(meeting.get_absolute_url(), follow=True)
    html = response.content.decode()
    assert response.redirect_chain[0][0].startswith(reverse("account_login"))
    assert "This meeting is open to its participants" in html
    assert "sign in with the e-mail address your invitation was sent to" in html


def test_a_signed_in_reader_of_a_committee_meeting_reads_who_it_is_open_to(
    donor, client_for
):
    meeting = MeetingFactory(visibility="committee")
    response = client_for(donor).get(meeting.get_absolute_url())
    assert response.status_code == 403
    assert "open to the State, the Committee and the ISU only" in (
        response.content.decode()
    )


def test_an_unknown_address_gets_the_404_page_in_the_layout(client):
    response = client.get("/countries/XXX/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in html and 'class="site-nav"' in html
    assert reverse("country_pages:index") in html


def test_the_500_page_needs_no_database_and_leads_on(django_assert_num_queries):
    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in html
    assert 'href="/countries/"' in html and "portal.css" in html
