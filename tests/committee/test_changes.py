"""What changed for a State since its last IA meeting, or since a date."""

import csv
import datetime as dt
import io
import json

import pytest
from django.utils import timezone

from tests.committee.conftest import LAUNCH_DAYS_AGO, days_ago
from tests.ia_meetings.factories import ActionPointFactory, MeetingFactory
from tests.partnerships.factories import CommitmentFactory
from tests.roles import assert_shows

URL = "/countries/AGO/changes/"
OVERSEERS = {"focal_point", "committee", "chair", "isu"}


@pytest.mark.parametrize(
    "role",
    [
        "anonymous",
        "member",
        "donor",
        "focal_point",
        "other_focal_point",
        "committee",
        "chair",
        "isu",
    ],
)
def test_every_role_reads_what_changed_and_only_overseers_see_restricted(
    role, make_user, client_for, angola_story
):
    """Everyone reads the public part; the committee, the ISU and Angola's
    focal point also read the restricted meeting, its action points and the
    links to the page's history."""
    user = make_user(role)
    html = assert_shows(
        client_for(user).get(URL),
        "What changed for Angola",
        "Angola: launch of the IA",
        "New need",
        "Clearing Cuando Cubango",
        "Publish the survey results",
    )
    sees_all = role in OVERSEERS
    assert ("Angola: restricted follow-up" in html) is sees_all
    assert ("Secret undertaking" in html) is sees_all
    assert ("/countries/AGO/history/compare/?from=1&amp;to=2" in html) is sees_all


def test_since_defaults_to_the_last_ia_meeting_the_reader_may_read(
    client, make_user, client_for, angola_story
):
    html = assert_shows(client.get(URL), "Since the last IA meeting")
    # The public's last IA meeting is the launch: revision 2 came after it.
    assert "Angola: launch of the IA</a>" in html
    committee = client_for(make_user("committee"))
    html = assert_shows(committee.get(URL), "Angola: restricted follow-up</a>")


def test_needs_are_classified_from_the_published_revisions(client, angola_story):
    since = (timezone.localdate() - dt.timedelta(days=LAUNCH_DAYS_AGO)).isoformat()
    response = client.get(URL, {"since": since, "format": "json", "table": "needs"})
    changes = {r["title"]: r["change"] for r in json.loads(response.content)["results"]}
    assert changes == {
        "New need": "added",
        "Funded need": "funded",
        "Closed need": "closed",
    }


def test_a_date_after_the_last_publish_shows_no_need_change(client, angola_story):
    since = (timezone.localdate() - dt.timedelta(days=10)).isoformat()
    html = assert_shows(client.get(URL, {"since": since}), "No published need changed.")
    assert "New need" not in html


def test_funding_marks_new_partners(client, angola_story):
    since = f"{timezone.localdate().year}-01-01"
    response = client.get(URL, {"since": since, "format": "csv", "table": "funding"})
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    new = {r["partner"]: r["new_partner"] for r in rows}
    assert new == {"Japan": "True", "Norway": "False"}


@pytest.mark.parametrize(
    "since, message",
    [
        ("2999-01-01", "is in the future"),
        ("1990-01-01", "has been bound by the Convention since"),
        ("yesterday", "Enter a date as YYYY-MM-DD."),
    ],
)
def test_bad_since_dates_are_refused_with_a_clear_message(
    client, angola_story, since, message
):
    response = client.get(URL, {"since": since})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Angola: launch of the IA" not in html


def test_an_unknown_state_is_named_as_such(client, db):
    response = client.get("/countries/XYZ/changes/")
    assert response.status_code == 404
    assert "No State Party has the code “XYZ”" in response.content.decode()


def test_exports_refuse_an_unknown_table(client, angola_story):
    response = client.get(URL, {"format": "csv", "table": "secrets"})
    assert response.status_code == 400
    assert "Choose a table" in response.content.decode()


@pytest.mark.parametrize(
    "table",
    [
        "needs",
        "funding",
        "partnerships",
        "sections",
        "action_points",
        "follow_ups",
        "meetings",
    ],
)
def test_each_table_exports_as_csv_and_json_with_the_same_rows(
    client, angola_story, table
):
    since = (timezone.localdate() - dt.timedelta(days=LAUNCH_DAYS_AGO)).isoformat()
    as_json = json.loads(
        client.get(URL, {"since": since, "format": "json", "table": table}).content
    )
    response = client.get(URL, {"since": since, "format": "csv", "table": table})
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    assert len(rows) == as_json["count"]
    assert list(rows[0]) == as_json["columns"] if rows else True


def test_public_exports_leave_out_restricted_meetings(client, angola_story):
    response = client.get(URL, {"format": "json", "table": "action_points"})
    assert "Secret undertaking" not in response.content.decode()


def _grow(angola, n):
    for i in range(n):
        meeting = MeetingFactory(
            state=angola, status="held", starts_at=days_ago(30 + i)
        )
        ActionPointFactory(meeting=meeting)
        CommitmentFactory(partner__name=f"Donor {n}-{i}", year_from=2026, year_to=2026)


@pytest.mark.parametrize("role", ["anonymous", "committee"])
def test_query_count_does_not_grow_with_the_data(
    role, make_user, client_for, angola_story, angola, django_assert_max_num_queries
):
    client = client_for(make_user(role))
    _grow(angola, 3)
    with django_assert_max_num_queries(22):
        client.get(URL)
    _grow(angola, 30)
    with django_assert_max_num_queries(22):
        assert_shows(client.get(URL), "Donor 30-29")


def _article7_report(state, year, *, remaining_m2, published=True):
    from article7.models import Article7Report, HazardousArea, LandRelease

    report = Article7Report.objects.create(
        state=state,
        year=year,
        status="published" if published else "submitted",
        period_start=dt.date(year, 1, 1),
        period_end=dt.date(year, 12, 31),
        contact_organisation="CNIDAH",
        submitted_at=timezone.now(),
        published_at=timezone.now() if published else None,
    )
    HazardousArea.objects.create(
        report=report, region="Moxico", category="cha", area_m2=remaining_m2
    )
    LandRelease.objects.create(
        report=report, year=year, region="Moxico", cleared_m2=250_000
    )
    return report


def test_the_latest_article7_figures_are_compared_with_the_report_before(
    client, make_user, client_for, angola_story, angola
):
    _article7_report(angola, 2024, remaining_m2=3_000_000)
    _article7_report(angola, 2025, remaining_m2=2_750_000)
    html = assert_shows(
        client.get(URL),
        "Article 7 figures: the latest report against the one before",
        "The report for 2025 against the report for 2024.",
        "Remaining contaminated area (m²)",
        "3,000,000",
        "2,750,000",
        "-250,000",
    )
    assert "Casualties in the year" not in html  # neither report gives any
    # A submitted, unpublished report is not public: the public compares the
    # published ones, the committee the latest submitted too.
    _article7_report(angola, 2026, remaining_m2=2_500_000, published=False)
    assert "2,500,000" not in client.get(URL).text
    assert_shows(
        client_for(make_user("committee")).get(URL),
        "The report for 2026 against the report for 2025.",
        "2,500,000",
    )


def test_without_two_reports_the_article7_table_says_so(client, angola_story, angola):
    assert_shows(client.get(URL), "No Article 7 report to compare yet.")
    _article7_report(angola, 2025, remaining_m2=2_750_000)
    assert_shows(
        client.get(URL), "The report for 2025; there is no earlier report to compare."
    )
