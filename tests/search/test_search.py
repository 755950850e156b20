"""Portal-wide search as each role uses it: found and counted is exactly what
the reader may open; ranked; filtered by kind and country; bad input said on
the form; a query ceiling whatever the number of records."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser

from ia_meetings.models import Meeting, MeetingStatus, Visibility
from meeting_reports.models import ReportAudience, ReportSharing, ReportVersion
from meeting_reports.rules import reports_readable_q
from portal.models import DocumentStatus as ReportStatus
from tests.factories import NeedFactory
from tests.ia_meetings.factories import MeetingFactory
from tests.meeting_reports.factories import version_in
from tests.partnerships.factories import PartnerFactory, PartnershipFactory
from tests.roles import assert_shows

pytestmark = pytest.mark.django_db
URL = "/search/"


def result_titles(html: str) -> list[str]:
    lists = re.findall(r'<ol class="search-results"[^>]*>(.*?)</ol>', html, re.S)
    return [
        title
        for block in lists
        for title in re.findall(r'<li><a href="[^"]*">([^<]*)</a>', block)
    ]


def counts(html: str) -> dict[str, int]:
    return {
        kind: int(n)
        for kind, n in re.findall(
            r'<h2 id="results-(\w+)">[^<]*<span class="count">\((\d+)\)', html
        )
    }


@pytest.fixture
def meetings(zimbabwe):
    return [
        MeetingFactory(title="Moxico public launch"),
        MeetingFactory(title="Moxico restricted", visibility=Visibility.COMMITTEE),
        MeetingFactory(title="Moxico proposed", status=MeetingStatus.PROPOSED),
        MeetingFactory(
            title="Moxico participants",
            state=zimbabwe,
            visibility=Visibility.PARTICIPANTS,
        ),
    ]


def test_search_finds_and_counts_only_the_meetings_the_reader_may_open(
    role, make_user, client_for, meetings
):
    user = make_user(role)
    html = assert_shows(client_for(user).get(URL, {"q": "Moxico"}))
    reader = user or AnonymousUser()
    readable = {
        m.title
        for m in Meeting.objects.all()
        if reader.has_perm("ia_meetings.read_meeting", m)
    }
    assert set(result_titles(html)) == readable
    assert counts(html).get("meetings", 0) == len(readable)
    one_kind = client_for(user).get(URL, {"q": "Moxico", "type": "meetings"})
    assert set(result_titles(one_kind.content.decode())) == readable


def test_search_finds_only_published_needs(role, make_user, client_for):
    user = make_user(role)
    NeedFactory(title="Moxico clearance")
    NeedFactory(title="Moxico draft", is_published=False)
    html = client_for(user).get(URL, {"q": "Moxico", "type": "needs"}).content
    assert result_titles(html.decode()) == ["Moxico clearance"]


def test_reports_list_filter_agrees_with_the_rule(role, make_user, zimbabwe):
    """meeting_reports.rules: `reports_readable_q` selects exactly the
    meetings whose reports `view_reports` lets the reader read."""
    user = make_user(role)
    audiences = [None, *ReportAudience.values]
    for state in (None, zimbabwe):
        for audience in audiences:
            meeting = MeetingFactory(
                status=MeetingStatus.HELD, **({"state": state} if state else {})
            )
            if audience:
                ReportSharing.objects.create(meeting=meeting, audience=audience)
    participant = Meeting.objects.first()
    if user is not None:
        participant.participants.create(
            group="donor", organisation="X", name="Y", email=user.email
        )
    reader = user or AnonymousUser()
    readable_q = reports_readable_q(reader)
    selected = Meeting.objects.all()
    if readable_q is not None:
        selected = selected.filter(readable_q)
    for meeting in Meeting.objects.all():
        assert (meeting in selected) == reader.has_perm(
            "meeting_reports.view_reports", meeting
        )


def test_search_finds_reports_only_where_they_are_shared(role, make_user, client_for):
    user = make_user(role)
    public = MeetingFactory(title="Moxico held", status=MeetingStatus.HELD)
    version_in(ReportStatus.READY, meeting=public)
    ReportSharing.objects.create(meeting=public, audience=ReportAudience.PUBLIC)
    committee = MeetingFactory(title="Moxico closed", status=MeetingStatus.HELD)
    version_in(ReportStatus.READY, meeting=committee)
    html = client_for(user).get(URL, {"q": "Moxico", "type": "reports"}).content
    reader = user or AnonymousUser()
    expected = {
        v.meeting.title
        for v in ReportVersion.objects.select_related("meeting")
        if reader.has_perm("meeting_reports.view_reports", v.meeting)
    }
    assert set(result_titles(html.decode())) == expected


def test_search_ranks_a_title_above_a_description(client):
    NeedFactory(title="Physical rehabilitation", description="Moxico centres")
    NeedFactory(title="Moxico survey", description="Survey of the province")
    html = client.get(URL, {"q": "Moxico", "type": "needs"}).content.decode()
    assert result_titles(html) == ["Moxico survey", "Physical rehabilitation"]


def test_search_covers_every_kind_and_filters_by_country(client, zimbabwe):
    NeedFactory(title="Zambezi clearance")
    NeedFactory(title="Zambezi survey", state=zimbabwe)
    PartnershipFactory(title="Zambezi partnership", state=zimbabwe)
    PartnerFactory(name="Zambezi Trust")
    html = client.get(URL, {"q": "Zambezi"}).content.decode()
    assert counts(html) == {"needs": 2, "partnerships": 1, "partners": 1}
    html = client.get(URL, {"q": "Zambezi", "country": "ZWE"}).content.decode()
    assert counts(html) == {"needs": 1, "partnerships": 1}
    assert "Zambezi clearance" not in html
    html = client.get(URL, {"q": "Zimbabwe", "type": "countries"}).content.decode()
    assert result_titles(html) == ["Zimbabwe"]


@pytest.mark.parametrize(
    "params, message",
    [
        ({"q": "x" * 201}, "at most 200 characters"),
        ({"q": "++ --"}, "Type a word to search for."),
        ({"q": "Moxico", "type": "donors"}, "Select a valid choice"),
        ({"q": "Moxico", "country": "ZZZ"}, "Select a valid choice"),
    ],
)
def test_bad_input_is_said_on_the_form_and_nothing_is_searched(client, params, message):
    NeedFactory(title="Moxico clearance")
    html = assert_shows(client.get(URL, params), message)
    assert "Moxico clearance" not in html


def test_a_page_out_of_range_shows_the_last_page(client):
    NeedFactory(title="Moxico clearance")
    html = client.get(URL, {"q": "Moxico", "type": "needs", "page": "99"}).content
    assert result_titles(html.decode()) == ["Moxico clearance"]


def test_the_search_box_is_in_every_page_header(client):
    html = assert_shows(client.get("/"), 'role="search"', 'action="/search/"')
    assert 'name="q"' in html
    french = client.get("/fr/needs/").content.decode()
    assert 'action="/fr/search/"' in french


def test_search_has_a_query_ceiling(
    client_for, focal_point, django_assert_max_num_queries, zimbabwe
):
    for n in range(30):
        NeedFactory(title=f"Moxico need {n}")
        MeetingFactory(title=f"Moxico meeting {n}")
        PartnershipFactory(title=f"Moxico partnership {n}")
    client = client_for(focal_point)
    with django_assert_max_num_queries(18):
        assert client.get(URL, {"q": "Moxico"}).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(URL, {"q": "Moxico", "type": "needs"}).status_code == 200
