"""Each rule of meeting_reports/rules.py, for every role."""

import pytest
from django.contrib.auth.models import AnonymousUser

from meeting_reports.models import ReportAudience, ReportSharing
from portal.models import DocumentStatus
from tests.conftest import ROLES
from tests.ia_meetings.factories import MeetingFactory, ParticipantFactory
from tests.meeting_reports.factories import version_in

pytestmark = pytest.mark.django_db

ALWAYS_READ = {"focal_point", "committee", "chair", "isu"}
ACT = {"focal_point", "isu"}
AUDIENCES = ReportAudience.values


@pytest.fixture
def meeting(angola):
    """A held meeting of Angola; the donor took part."""
    meeting = MeetingFactory(state=angola, status="held")
    ParticipantFactory(meeting=meeting, email="donor@example.org")
    return meeting


def readers(audience):
    if audience == ReportAudience.PUBLIC:
        return set(ROLES)
    if audience == ReportAudience.PARTICIPANTS:
        return ALWAYS_READ | {"donor"}
    return ALWAYS_READ


@pytest.fixture
def people(make_user):
    """One person of each role (AnonymousUser for the public)."""
    return {role: make_user(role) or AnonymousUser() for role in ROLES}


@pytest.mark.parametrize("audience", AUDIENCES)
def test_who_reads_and_downloads_follows_the_states_sharing(meeting, people, audience):
    ReportSharing.objects.create(meeting=meeting, audience=audience)
    ready = version_in(DocumentStatus.READY, meeting=meeting)
    for role in ROLES:
        may_read = role in readers(audience)
        assert people[role].has_perm("meeting_reports.view_reports", meeting) == (
            may_read
        ), role
        assert people[role].has_perm("meeting_reports.download_report", ready) == (
            may_read
        ), role


def test_no_one_downloads_a_version_that_is_not_ready(meeting, people):
    ReportSharing.objects.create(meeting=meeting, audience=ReportAudience.PUBLIC)
    for status in (
        DocumentStatus.QUEUED,
        DocumentStatus.RENDERING,
        DocumentStatus.FAILED,
    ):
        version = version_in(status, meeting=meeting)
        for role in ROLES:
            assert not people[role].has_perm(
                "meeting_reports.download_report", version
            ), (status, role)
        version.delete()


def test_the_progress_of_rendering_is_for_the_state_the_committee_and_the_isu(
    meeting, people
):
    ReportSharing.objects.create(meeting=meeting, audience=ReportAudience.PUBLIC)
    for role in ROLES:
        assert people[role].has_perm(
            "meeting_reports.view_report_progress", meeting
        ) == (role in ALWAYS_READ), role


def test_the_state_and_the_isu_ask_for_the_report_of_a_held_meeting_only(
    meeting, angola, people
):
    scheduled = MeetingFactory(state=angola, status="scheduled")
    for role in ROLES:
        assert people[role].has_perm("meeting_reports.request_report", meeting) == (
            role in ACT
        ), role
        assert people[role].has_perm("meeting_reports.share_report", meeting) == (
            role in ACT
        ), role
        assert not people[role].has_perm("meeting_reports.request_report", scheduled)


@pytest.mark.parametrize("status", DocumentStatus.values)
def test_asking_again_for_a_version_follows_the_state_machine(meeting, people, status):
    version = version_in(status, meeting=meeting)
    again = status in (DocumentStatus.QUEUED, DocumentStatus.FAILED)
    for role in ROLES:
        assert people[role].has_perm("meeting_reports.ask_again", version) == (
            again and role in ACT
        ), role


def test_only_the_isu_manages_reports_in_the_admin(meeting, people):
    version = version_in(DocumentStatus.READY, meeting=meeting)
    for role, user in people.items():
        is_isu = role == "isu"
        for perm in (
            "meeting_reports.view_reportversion",
            "meeting_reports.delete_reportversion",
            "meeting_reports.change_reportsharing",
        ):
            assert user.has_perm(perm, version) == is_isu, (perm, role)
        assert user.has_module_perms("meeting_reports") == is_isu, role
