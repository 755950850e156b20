"""Report pages and downloads, tried with every role and every sharing."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone

from ia_meetings.models import MeetingStatus
from meeting_reports import document
from meeting_reports.models import (
    DocumentStatus,
    ReportAudience,
    ReportSharing,
    ReportVersion,
    report_file_key,
)
from meeting_reports.selectors import report_public_list
from tests.ia_meetings.factories import MeetingFactory, ParticipantFactory
from tests.meeting_reports.factories import held_meeting
from tests.roles import assert_refused

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
READERS_ALWAYS = {"isu", "committee", "chair", "focal_point"}
ACTORS = {"isu", "focal_point"}


@pytest.fixture
def meeting(angola):
    """A held meeting of Angola; the donor of the role matrix took part."""
    meeting = held_meeting(state=angola, participants=2)
    ParticipantFactory(meeting=meeting, email="donor@example.org")
    return meeting


def ready_version(meeting, number=1, content_hash=None):
    """A ready version with a stand-in PDF (rendering has its own tests)."""
    content_hash = content_hash or f"{number:064d}"
    key = report_file_key(meeting_id=meeting.pk, content_hash=content_hash)
    default_storage.save(key, ContentFile(PDF))
    return ReportVersion.objects.create(
        meeting=meeting,
        number=number,
        status=DocumentStatus.READY,
        snapshot=document.report_snapshot(meeting=meeting),
        content_hash=content_hash,
        file=key,
        checksum="a" * 64,
        pages=1,
        size=len(PDF),
        started_at=timezone.now(),
        finished_at=timezone.now(),
    )


def share(meeting, audience):
    ReportSharing.objects.update_or_create(
        meeting=meeting, defaults={"audience": audience}
    )


def may_read(role, audience):
    if role in READERS_ALWAYS or audience == ReportAudience.PUBLIC:
        return True
    return role == "donor" and audience == ReportAudience.PARTICIPANTS


def expect(response, allowed, role):
    """A refused reader is sent to sign in (anonymous) or reads that the page
    is not open to them, and gets nothing of the report."""
    if allowed:
        return
    assert_refused(response, None if role == "anonymous" else role)
    assert response.get("Content-Type", "").startswith("text/html")


@pytest.mark.parametrize("audience", ReportAudience.values)
def test_the_report_page_and_its_download_follow_the_states_sharing(
    meeting, role, audience, make_user, client_for
):
    """ISU, committee and the State always; participants once shared with them;
    everyone once public."""
    version = ready_version(meeting)
    share(meeting, audience)
    client = client_for(make_user(role))
    allowed = may_read(role, audience)

    page = client.get(reverse("meeting_reports:detail", args=[meeting.pk]))
    fragment = client.get(reverse("meeting_reports:versions", args=[meeting.pk]))
    download = client.get(version.get_absolute_url())

    for response in (page, fragment, download):
        if allowed:
            assert response.status_code == 200, (role, audience)
        else:
            expect(response, allowed, role)
    if allowed:
        assert version.file_name in page.content.decode()
        assert download["Content-Type"] == "application/pdf"
        assert download["Content-Disposition"] == (
            f'attachment; filename="{version.file_name}"'
        )
        assert b"".join(download.streaming_content) == PDF
        shows_form = b'action="/meetings/%d/report/share/"' % meeting.pk
        assert (shows_form in page.content) == (role in ACTORS)


def test_a_good_file_name(meeting):
    version = ready_version(meeting)
    date = timezone.localtime(meeting.starts_at, meeting.tzinfo).date().isoformat()
    assert version.file_name == f"IA-report-AGO-{date}-v1.pdf"


def test_a_version_not_ready_cannot_be_downloaded(meeting, isu, client_for):
    ReportVersion.objects.create(
        meeting=meeting, number=1, snapshot={}, content_hash="b" * 64
    )
    url = reverse("meeting_reports:download", args=[meeting.pk, 1])
    assert_refused(client_for(isu).get(url), isu)
    missing = reverse("meeting_reports:download", args=[meeting.pk, 9])
    response = client_for(isu).get(missing)
    assert response.status_code == 404
    assert response.get("Content-Type", "").startswith("text/html")


def test_readers_see_ready_versions_and_the_state_sees_failures(
    meeting, make_user, client_for
):
    ready_version(meeting)
    ReportVersion.objects.create(
        meeting=meeting,
        number=2,
        status=DocumentStatus.FAILED,
        snapshot={},
        content_hash="c" * 64,
        error="Rendering failed 4 times (disk full).",
        finished_at=timezone.now(),
    )
    share(meeting, ReportAudience.PUBLIC)
    url = reverse("meeting_reports:detail", args=[meeting.pk])

    state_page = client_for(make_user("focal_point")).get(url).content.decode()
    public_page = client_for(None).get(url).content.decode()

    assert "disk full" in state_page and "v2" in state_page
    assert "disk full" not in public_page and "v2" not in public_page
    assert "v1" in public_page


def test_make_report_is_for_the_isu_and_the_states_focal_points(
    meeting, role, make_user, client_for, django_capture_on_commit_callbacks
):
    client = client_for(make_user(role))
    url = reverse("meeting_reports:request", args=[meeting.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    allowed = role in ACTORS
    expect(response, allowed, role)
    if allowed:
        assert response.status_code == 302
        assert response["Location"] == reverse(
            "meeting_reports:detail", args=[meeting.pk]
        )
        # The test's transaction defers the rendering until the view returned.
        page = client.get(response["Location"]).content.decode()
        assert "Version 1 is being made" in page
        version = ReportVersion.objects.get(meeting=meeting)
        assert version.status == DocumentStatus.READY
    else:
        assert not ReportVersion.objects.exists()


def test_make_report_needs_a_post(meeting, isu, client_for):
    url = reverse("meeting_reports:request", args=[meeting.pk])
    assert client_for(isu).get(url).status_code == 405
    assert not ReportVersion.objects.exists()


def test_a_meeting_not_held_offers_no_report_button(angola, isu, client_for):
    meeting = MeetingFactory(state=angola, status=MeetingStatus.SCHEDULED)
    page = client_for(isu).get(reverse("meeting_reports:detail", args=[meeting.pk]))
    assert page.status_code == 200
    assert "once the meeting has been held" in page.content.decode()
    assert b"Make report" not in page.content
    response = client_for(isu).post(
        reverse("meeting_reports:request", args=[meeting.pk])
    )
    assert response.status_code == 403


def test_the_sharing_is_decided_by_the_state_or_the_isu(
    meeting, role, make_user, client_for
):
    client = client_for(make_user(role))
    url = reverse("meeting_reports:share", args=[meeting.pk])
    response = client.post(url, {"audience": ReportAudience.PUBLIC})
    allowed = role in ACTORS
    expect(response, allowed, role)
    sharing = ReportSharing.objects.filter(meeting=meeting).first()
    if allowed:
        assert response.status_code == 302
        assert sharing.audience == ReportAudience.PUBLIC
    else:
        assert sharing is None


def test_a_bad_sharing_choice_gets_a_message_and_changes_nothing(
    meeting, focal_point, client_for
):
    url = reverse("meeting_reports:share", args=[meeting.pk])
    response = client_for(focal_point).post(url, {"audience": "world"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not ReportSharing.objects.exists()


def test_the_page_refreshes_itself_while_a_version_is_pending(meeting, isu, client_for):
    ReportVersion.objects.create(
        meeting=meeting,
        number=1,
        snapshot={},
        content_hash="d" * 64,
        enqueued_at=timezone.now(),
    )
    client = client_for(isu)
    page = client.get(reverse("meeting_reports:detail", args=[meeting.pk])).content
    fragment = client.get(
        reverse("meeting_reports:versions", args=[meeting.pk])
    ).content
    assert b'data-pending="true"' in page and b"meeting_reports/report.js" in page
    assert b'data-pending="true"' in fragment and b"<html" not in fragment
    assert b"Queued" in fragment


def test_the_meeting_page_links_to_its_report(meeting, isu, client_for):
    page = client_for(isu).get(meeting.get_absolute_url()).content.decode()
    assert reverse("meeting_reports:detail", args=[meeting.pk]) in page
    assert "No report has been made yet." in page


@pytest.mark.parametrize("role", ["anonymous", "donor", "focal_point", "isu"])
def test_the_meeting_page_shows_the_latest_version_its_reader_may_see(
    meeting, make_user, client_for, role
):
    """Those who follow the rendering see the failed attempt; the public, once
    the reports are public, the latest ready version."""
    ready_version(meeting, number=1)
    ReportVersion.objects.create(
        meeting=meeting,
        number=2,
        status=DocumentStatus.FAILED,
        snapshot={},
        content_hash="f" * 64,
        error="Rendering failed.",
    )
    share(meeting, ReportAudience.PUBLIC)
    page = client_for(make_user(role)).get(meeting.get_absolute_url())
    text = page.content.decode()
    assert reverse("meeting_reports:detail", args=[meeting.pk]) in text
    expected = "version 2, failed" if role in ACTORS else "version 1, ready"
    assert f"Latest: {expected}." in text


def test_the_meeting_page_has_no_report_section_for_those_who_may_not_read_it(
    meeting, make_user, client_for
):
    ready_version(meeting)
    for role in ("anonymous", "donor", "other_focal_point"):
        page = client_for(make_user(role)).get(meeting.get_absolute_url())
        text = page.content.decode()
        assert meeting.title in text and 'id="report-heading"' not in text, role


def test_a_meeting_not_yet_held_has_no_report_section(angola, isu, client_for):
    upcoming = MeetingFactory(state=angola, status=MeetingStatus.SCHEDULED)
    page = client_for(isu).get(upcoming.get_absolute_url()).content.decode()
    assert upcoming.title in page
    assert 'id="report-heading"' not in page


# Session, user, two-factor check, the meeting with its sharing, the versions,
# and the focal point's States or the participant's meetings: never more.
REPORT_PAGE_CEILING = 5


@pytest.mark.parametrize("who", ["isu", "focal_point", "donor", "anonymous"])
@pytest.mark.parametrize("count", [1, 12])
def test_the_report_pages_queries_do_not_grow_with_versions(
    meeting, make_user, client_for, who, count, django_assert_max_num_queries
):
    for number in range(1, count + 1):
        ready_version(meeting, number=number)
    share(meeting, ReportAudience.PUBLIC)
    client = client_for(make_user(who))
    for url in (
        reverse("meeting_reports:detail", args=[meeting.pk]),
        reverse("meeting_reports:versions", args=[meeting.pk]),
        reverse("meeting_reports:download", args=[meeting.pk, 1]),
    ):
        client.get(url)
        with django_assert_max_num_queries(REPORT_PAGE_CEILING):
            assert client.get(url).status_code == 200


def test_the_country_page_lists_only_the_latest_public_version(meeting, angola):
    ready_version(meeting, number=1)
    latest = ready_version(meeting, number=2)
    assert report_public_list(state=angola) == []
    share(meeting, ReportAudience.PUBLIC)
    listed = report_public_list(state=angola)
    assert [item.url for item in listed] == [latest.get_absolute_url()]


def test_the_state_asks_again_for_a_version_the_broker_never_took(
    meeting, make_user, client_for
):
    """The button says "Ask again" to those who may hand it over; the committee,
    who may not ask for reports, sees no button."""
    ReportVersion.objects.create(
        meeting=meeting,
        number=1,
        snapshot={},
        content_hash="w" * 64,
        enqueue_failed_at=timezone.now(),
    )
    url = reverse("meeting_reports:detail", args=[meeting.pk])
    page = client_for(make_user("focal_point")).get(url).content.decode()
    assert "Ask again</button>" in page
    assert "waiting for the rendering service" in page
    committee = client_for(make_user("committee")).get(url).content.decode()
    assert "v1" in committee and "Ask again</button>" not in committee


def test_a_failed_version_offers_to_make_the_report(meeting, make_user, client_for):
    ReportVersion.objects.create(
        meeting=meeting,
        number=1,
        status=DocumentStatus.FAILED,
        snapshot={},
        content_hash="f" * 64,
        error="Rendering failed (disk full).",
    )
    url = reverse("meeting_reports:detail", args=[meeting.pk])
    page = client_for(make_user("isu")).get(url).content.decode()
    assert "Make report</button>" in page and "disk full" in page
