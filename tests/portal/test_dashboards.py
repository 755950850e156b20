"""Each role's dashboard lists the person's next tasks, each a link (issue 14,
item 1), and its query count does not grow with the data."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from country_pages.models import CountryFollow, PageSection, StateParty
from portal.models import DocumentStatus
from tests.factories import DonorFactory, NeedFactory
from tests.ia_meetings.factories import (
    AgendaItemFactory,
    MeetingFactory,
    ParticipantFactory,
)
from tests.meeting_reports.factories import version_in
from tests.partnerships.factories import InterestFactory
from tests.roles import assert_shows

pytestmark = pytest.mark.django_db
DASHBOARD = reverse("portal:dashboard")


def test_a_focal_point_sees_what_each_of_their_meetings_still_needs(
    focal_point, make_user, client_for
):
    meeting = MeetingFactory(title="Angola: IA follow-up", status="proposed")
    AgendaItemFactory(meeting=meeting, code="II.A", by_state=True, content="")
    AgendaItemFactory(meeting=meeting, code="II.B", by_state=True, content="Done.")
    html = assert_shows(
        client_for(focal_point).get(DASHBOARD),
        "Meetings to prepare",
        "Angola: IA follow-up",
        "Waiting for the ISU to confirm and schedule it.",
        "Write section II: 1 item of the State's presentation is empty",
        "Add the participants",
    )
    assert f'href="{meeting.get_absolute_url()}#agenda"' in html
    assert reverse("ia_meetings:participants", args=[meeting.pk]) in html
    other = client_for(make_user("other_focal_point")).get(DASHBOARD)
    assert "Angola: IA follow-up" not in other.content.decode()


def test_the_isu_is_asked_to_schedule_invite_and_mark_meetings_held(isu, client_for):
    proposed = MeetingFactory(title="Proposed one", status="proposed")
    scheduled = MeetingFactory(title="Scheduled one")
    ParticipantFactory(meeting=scheduled)
    started = MeetingFactory(
        title="Started one",
        starts_at=timezone.now() - dt.timedelta(hours=1),
        ends_at=timezone.now() + dt.timedelta(hours=1),
    )
    html = assert_shows(
        client_for(isu).get(DASHBOARD),
        "Meetings to convene",
        "Confirm and schedule it",
        "Send the invitation to 1 participant",
        "Meetings that have started: mark them held",
        "Started one",
    )
    assert proposed.get_absolute_url() in html and started.get_absolute_url() in html


def test_the_isu_sees_donor_requests_failed_reports_and_pages_waiting(
    isu, angola, client_for
):
    DonorFactory(
        email="new.donor@example.org",
        donor_status="pending",
        organisation="Ministry of Foreign Affairs of Ruritania",
    )
    failed = version_in(DocumentStatus.FAILED)
    from country_pages.models import CountryPage

    CountryPage.objects.update_or_create(
        state=angola, defaults={"draft_changed_at": timezone.now()}
    )
    html = assert_shows(
        client_for(isu).get(DASHBOARD),
        "Donor access requests to decide",
        "Ministry of Foreign Affairs of Ruritania",
        "Reports that failed",
        "Country pages with unpublished changes",
    )
    assert reverse("portal:donor_requests") in html
    assert reverse("meeting_reports:detail", args=[failed.meeting_id]) in html
    assert reverse("country_pages:edit", args=["AGO"]) in html


def test_a_focal_point_is_asked_for_the_report_of_a_held_meeting(
    focal_point, client_for
):
    held = MeetingFactory(
        title="Held without report",
        status="held",
        starts_at=timezone.now() - dt.timedelta(days=3),
        ends_at=timezone.now() - dt.timedelta(days=3) + dt.timedelta(hours=2),
    )
    html = assert_shows(
        client_for(focal_point).get(DASHBOARD),
        "Held meetings without a report",
        "Make the report of “Held without report”",
    )
    assert reverse("meeting_reports:detail", args=[held.pk]) in html


def test_a_focal_point_is_asked_to_update_a_section_untouched_for_a_year(
    focal_point, angola, client_for
):
    PageSection.objects.create(
        state=angola,
        key="national_context",
        content={"background": "Written long ago."},
        updated_at=timezone.now() - dt.timedelta(days=400),
    )
    html = assert_shows(client_for(focal_point).get(DASHBOARD), "not changed since")
    assert (
        reverse("country_pages:section_edit", args=["AGO", "national_context"]) in html
    )


def test_a_donor_sees_invitations_followed_countries_and_their_interest(
    donor, angola, client_for
):
    meeting = MeetingFactory(title="Angola launch")
    ParticipantFactory(meeting=meeting, email=donor.email)
    restricted = MeetingFactory(title="Committee only", visibility="committee")
    ParticipantFactory(meeting=restricted, email=donor.email)
    CountryFollow.objects.create(user=donor, state=angola)
    NeedFactory(state=angola, published_at=timezone.now())
    InterestFactory(donor=donor, need=NeedFactory(title="Clear the north"))
    html = assert_shows(
        client_for(donor).get(DASHBOARD),
        "Your invitations",
        "Angola launch",
        "Not answered yet",
        "Countries you follow",
        "published in the last 90 days",
        "Your interest in needs",
        "Clear the north",
    )
    # Listed only where the donor may open it.
    assert "Committee only" not in html
    assert meeting.get_absolute_url() in html


def test_the_committee_sees_reports_ready_upcoming_meetings_and_figures(
    committee, client_for
):
    ready = version_in(DocumentStatus.READY)
    MeetingFactory(title="Coming soon")
    html = assert_shows(
        client_for(committee).get(DASHBOARD),
        "Reports ready",
        "Upcoming meetings",
        "Coming soon",
        "active partnerships",
        "published needs",
    )
    assert ready.get_absolute_url() in html


def _lots_of_data(angola, donor, focal_point):
    for n in range(6):
        meeting = MeetingFactory(status="proposed" if n % 2 else "scheduled")
        AgendaItemFactory(meeting=meeting, content="")
        ParticipantFactory(meeting=meeting, email=donor.email)
        version_in(DocumentStatus.FAILED)
        version_in(DocumentStatus.READY)
        MeetingFactory(
            status="held", starts_at=timezone.now() - dt.timedelta(days=n + 2)
        )
        DonorFactory(donor_status="pending")
        InterestFactory(donor=donor, need=NeedFactory(state=angola))
    followed = CountryFollow.objects.filter(user=donor).values("state")
    state = StateParty.objects.exclude(pk__in=followed).order_by("name").first()
    CountryFollow.objects.create(user=donor, state=state)
    NeedFactory(state=state, published_at=timezone.now())


@pytest.mark.parametrize(
    "role_name,ceiling",
    # focal point and ISU: +3 for the Article 7 panels (States, reports, drafts
    # or reports to review), flat in the number of reports; focal point +1
    # for the committee's panel.
    [("focal_point", 21), ("donor", 7), ("committee", 15), ("isu", 23)],
)
def test_a_dashboard_query_count_does_not_grow_with_the_data(
    role_name,
    ceiling,
    make_user,
    angola,
    client_for,
    django_assert_max_num_queries,
):
    user = make_user(role_name)
    donor = user if role_name == "donor" else make_user("donor")
    focal = user if role_name == "focal_point" else make_user("focal_point")
    _lots_of_data(angola, donor, focal)
    client = client_for(user)
    with django_assert_max_num_queries(ceiling):
        client.get(DASHBOARD)
    _lots_of_data(angola, donor, focal)
    with django_assert_max_num_queries(ceiling):
        assert client.get(DASHBOARD).status_code == 200
