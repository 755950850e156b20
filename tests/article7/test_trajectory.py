"""The Article 5 trajectory: the sentence a reader gets, from the reports they
may read, and what it says when figures are missing."""

import datetime as dt
import io

import pytest
from django.core.management.base import OutputWrapper

from article7 import demo
from article7.models import Article7Report, LandRelease
from article7.trajectory import trajectory_for
from country_pages.models import StateParty
from portal import demo as portal_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_reports():
    out = OutputWrapper(io.StringIO())
    portal_demo.load(out)
    demo.load(out)
    return {s.iso3: s for s in StateParty.objects.filter(iso3__in=demo.DEMO)}


def sentence(state, user=None):
    from django.contrib.auth.models import AnonymousUser

    return trajectory_for(state=state, user=user or AnonymousUser()).sentence


def test_the_demo_states_trajectories_say_rate_completion_and_deadline(demo_reports):
    assert sentence(demo_reports["SDN"]) == (
        "At the rate of 2023–2025, clearance would finish in 2030, 3 years after "
        "the deadline of 1 April 2027."
    )
    assert sentence(demo_reports["LKA"]) == (
        "At the rate of 2023–2025, clearance would finish in 2027, 1 year before "
        "the deadline of 1 June 2028."
    )
    assert sentence(demo_reports["ZWE"]) == (
        "At the rate of 2023–2025, clearance would finish in 2027; no Article 5 "
        "deadline is recorded."
    )
    assert sentence(demo_reports["SRB"]) == (
        "Release figures are missing for 2024, so the rate of the last three years "
        "cannot be computed."
    )


def test_the_demo_runs_twice_without_adding_anything(demo_reports):
    count = Article7Report.objects.count()
    demo.load(OutputWrapper(io.StringIO()))
    assert Article7Report.objects.count() == count == 12
    assert all(report.is_demo for report in Article7Report.objects.all())


def test_a_state_without_reports_is_told_so(angola):
    assert (
        sentence(angola) == "No Article 7 report with figures has been submitted yet."
    )


def test_a_year_with_no_release_stops_the_projection_in_french(demo_reports):
    from django.utils import translation

    LandRelease.objects.filter(report__state__iso3="SDN", year=2023).delete()
    with translation.override("fr"):
        text = sentence(demo_reports["SDN"])
    assert "2023" in text and text != sentence(demo_reports["SDN"])


def test_drafts_do_not_feed_the_public_trajectory(demo_reports, isu):
    from article7 import services

    sudan = demo_reports["SDN"]
    correction = services.report_correct(
        report=Article7Report.objects.get(state=sudan, year=2025), user=isu
    )
    LandRelease.objects.filter(report=correction).update(cleared_m2=0, reduced_m2=0)
    assert "2030" in sentence(sudan)
    assert dt.date(2027, 4, 1) == sudan.article5_deadline


def test_a_meeting_report_carries_the_trajectory(demo_reports):
    from meeting_reports.document import report_context, report_snapshot
    from tests.ia_meetings.factories import MeetingFactory

    meeting = MeetingFactory(state=demo_reports["SDN"])
    snapshot = report_snapshot(meeting=meeting)
    assert snapshot["trajectory"]["sentence"].startswith("At the rate of 2023–2025")
    assert snapshot["trajectory"]["years"][-1] == [2025, 10_500_000, 2_500_000]
    context = report_context(snapshot=snapshot, number=1)
    assert context["trajectory"]["remaining_src"].startswith("data:image/svg+xml")


def test_the_country_page_shows_the_latest_report_and_the_trajectory(
    demo_reports, client
):
    html = client.get("/countries/SDN/").content.decode()
    assert "From the Article 7 report for 2025" in html
    assert "10,500,000 m²" in html
    assert "clearance would finish in 2030, 3 years after" in html
    assert "Illustrative demo data" in html
