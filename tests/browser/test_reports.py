"""In a browser: the State's focal point makes the report, decides who reads
it, and the versions table updates itself while a version is being made."""

import pytest
from django.utils import timezone

from meeting_reports.models import ReportVersion
from portal.models import DocumentStatus
from tests.browser.conftest import sign_in
from tests.factories import TEST_PASSWORD
from tests.meeting_reports.factories import held_meeting

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_focal_point_makes_the_report_and_shares_it(page, make_user, angola):
    meeting = held_meeting(state=angola)
    focal_point = make_user("focal_point")
    sign_in(page, focal_point.email, TEST_PASSWORD)

    page.goto(f"/meetings/{meeting.pk}/report/")
    page.get_by_role("button", name="Make report").click()
    page.get_by_text("Version 1 is ready.").wait_for()
    link = page.get_by_role("link", name="IA-report-AGO-")
    assert link.get_attribute("href") == f"/meetings/{meeting.pk}/report/1.pdf"

    page.get_by_label("The meeting's participants").check()
    page.get_by_role("button", name="Save sharing").click()
    page.get_by_text("Reports shared with: The meeting's participants.").wait_for()


def test_the_versions_table_updates_itself_while_a_version_is_made(
    page, make_user, angola
):
    meeting = held_meeting(state=angola)
    version = ReportVersion.objects.create(
        meeting=meeting,
        number=1,
        snapshot={"state": {"iso3": "AGO"}, "meeting": {"date": "2026-01-01"}},
        content_hash="e" * 64,
        enqueued_at=timezone.now(),
    )
    sign_in(page, make_user("focal_point").email, TEST_PASSWORD)
    page.goto(f"/meetings/{meeting.pk}/report/")
    page.locator("#version-1").get_by_text("Queued").wait_for()

    ReportVersion.objects.filter(pk=version.pk).update(
        status=DocumentStatus.FAILED,
        finished_at=timezone.now(),
        error="Rendering failed 4 times (disk full).",
    )
    page.locator("#version-1").get_by_text("disk full").wait_for(timeout=10_000)
