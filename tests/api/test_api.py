"""The open data API as each role reads it: the same records as the pages
(the same rules), clear 400s for bad input, tokens, caching headers, rate
limits, CORS, and a query ceiling on every list."""

import importlib
import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import CommandError, call_command
from django.test import Client

from api.models import PersonalToken, token_digest, token_key_new
from country_pages.models import Need
from ia_meetings.models import Meeting, MeetingStatus, Visibility
from meeting_reports.models import ReportAudience, ReportSharing
from portal.models import AuditEntry
from portal.models import DocumentStatus as ReportStatus
from tests.factories import NeedFactory
from tests.ia_meetings.factories import AgendaItemFactory, MeetingFactory
from tests.meeting_reports.factories import version_in
from tests.partnerships.factories import CommitmentFactory, PartnershipFactory

pytestmark = pytest.mark.django_db


def api_get(client, url, **headers):
    response = client.get(url, **headers)
    assert response["Content-Type"].startswith("application/json"), response.content
    return response


def ids(response) -> set:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def make_token(user) -> str:
    key = token_key_new()
    PersonalToken.objects.create(
        user=user, name="test", hint=key[:8], digest=token_digest(key)
    )
    return key


# --- Every list agrees with its read rule, for every role -----------------------


def test_needs_list_holds_exactly_the_needs_the_reader_may_read(
    role, make_user, client_for, zimbabwe
):
    """Published needs for everyone; drafts only for those who read the
    State's drafts (country_pages.read_need), as on the pages."""
    user = make_user(role)
    NeedFactory(title="Clearance of the north")
    NeedFactory(title="Draft: survey of the south", is_published=False)
    NeedFactory(state=zimbabwe, title="Sango border post")
    NeedFactory(state=zimbabwe, title="Draft: prosthetics", is_published=False)
    listed = ids(api_get(client_for(user), "/api/v1/needs/"))
    reader = user or AnonymousUser()
    for need in Need.objects.all():
        assert (need.pk in listed) == reader.has_perm("country_pages.read_need", need)
        detail = client_for(user).get(f"/api/v1/needs/{need.pk}/")
        assert detail.status_code == (200 if need.pk in listed else 404)


def test_meetings_list_holds_exactly_the_meetings_the_reader_may_read(
    role, make_user, client_for, zimbabwe
):
    user = make_user(role)
    MeetingFactory(title="Public launch")
    MeetingFactory(title="Restricted", visibility=Visibility.COMMITTEE)
    MeetingFactory(title="Proposed", status=MeetingStatus.PROPOSED)
    MeetingFactory(
        title="Zimbabwe participants",
        state=zimbabwe,
        visibility=Visibility.PARTICIPANTS,
    )
    listed = ids(api_get(client_for(user), "/api/v1/meetings/"))
    reader = user or AnonymousUser()
    for meeting in Meeting.objects.all():
        may = reader.has_perm("ia_meetings.read_meeting", meeting)
        assert (meeting.pk in listed) == may, meeting.title
        detail = client_for(user).get(f"/api/v1/meetings/{meeting.pk}/")
        assert detail.status_code == (200 if may else 404)


def test_a_meeting_shows_draft_minutes_and_reports_only_to_who_may_read_them(
    role, make_user, client_for
):
    user = make_user(role)
    meeting = MeetingFactory(title="Held launch", status=MeetingStatus.HELD)
    AgendaItemFactory(meeting=meeting, minutes="Draft minutes text")
    version_in(ReportStatus.READY, meeting=meeting)
    ReportSharing.objects.create(meeting=meeting, audience=ReportAudience.COMMITTEE)
    data = api_get(client_for(user), f"/api/v1/meetings/{meeting.pk}/").json()
    reader = user or AnonymousUser()
    insider = reader.has_perm("ia_meetings.view_restricted", meeting)
    assert (data["agenda"][0]["minutes"] == "Draft minutes text") == insider
    reads_reports = reader.has_perm("meeting_reports.view_reports", meeting)
    assert (len(data["reports"]) == 1) == reads_reports
    if reads_reports:
        assert data["reports"][0]["url"].endswith(
            f"/meetings/{meeting.pk}/report/1.pdf"
        )


def test_states_list_every_state_with_its_status(client):
    data = api_get(client, "/api/v1/states/?page_size=200").json()
    assert data["count"] == 166
    angola = next(row for row in data["results"] if row["id"] == "AGO")
    assert angola["name"] == "Angola"
    assert angola["url"] == "http://testserver/countries/AGO/"
    assert "article5_deadline" in angola
    regional = api_get(client, "/api/v1/states/?region=Africa&obligations=article5")
    assert regional.status_code == 200


def test_a_state_without_a_published_page_has_no_page(client):
    response = api_get(client, "/api/v1/states/AGO/page/")
    assert response.status_code == 404
    assert "not published" in response.json()["detail"]


def test_partnerships_come_with_partners_and_commitments(client):
    commitment = CommitmentFactory(amount=750_000, year_from=2024, year_to=2025)
    data = api_get(client, "/api/v1/partnerships/").json()
    (row,) = data["results"]
    assert row["id"] == commitment.partnership_id
    assert row["commitments"][0]["amount"] == "750000.00"
    assert row["partners"][0]["name"] == commitment.partner.name


def test_funding_adds_up_by_donor_and_year(client, zimbabwe):
    commitment = CommitmentFactory(amount=100, year_from=2024, year_to=2025)
    CommitmentFactory(
        partner=commitment.partner,
        partnership=PartnershipFactory(state=zimbabwe),
        amount=50,
        year_from=2025,
        year_to=2025,
    )
    rows = api_get(client, "/api/v1/funding/").json()["results"]
    amounts = {(r["year"], r["donor"]): r["amount"] for r in rows}
    name = commitment.partner.name
    assert amounts == {(2024, name): "100.00", (2025, name): "150.00"}
    angola = api_get(client, "/api/v1/funding/?country=AGO&year_from=2025").json()
    assert [(r["year"], r["amount"]) for r in angola["results"]] == [(2025, "100.00")]


# --- Bad input: a clear 400 with a JSON body ---------------------------------------


@pytest.mark.parametrize(
    "url, parameter",
    [
        ("/api/v1/needs/?colour=red", "colour"),
        ("/api/v1/needs/?sort=price", "sort"),
        ("/api/v1/needs/?theme=gardening", "theme"),
        ("/api/v1/needs/?country=ZZZ", "country"),
        ("/api/v1/needs/?format=csv", "format"),
        ("/api/v1/needs/?page=2", "page"),
        ("/api/v1/needs/?page=0", "page"),
        ("/api/v1/needs/?page=two", "page"),
        ("/api/v1/needs/?page_size=5000", "page_size"),
        ("/api/v1/meetings/?year=1200", "year"),
        ("/api/v1/funding/?donor=999999", "donor"),
        ("/api/v1/needs/1/?theme=clearance", "theme"),
    ],
)
def test_bad_parameters_get_a_400_naming_them(client, url, parameter):
    NeedFactory()
    response = api_get(client, url)
    assert response.status_code == 400
    body = response.json()
    assert body["detail"] == "The request's parameters are not valid."
    assert parameter in body["errors"]
    assert body["errors"][parameter][0]


def test_page_out_of_range_says_how_many_pages_there_are(client):
    NeedFactory()
    body = api_get(client, "/api/v1/needs/?page=3").json()
    assert body["errors"]["page"] == ["Page 3 does not exist: the list has 1 page."]


def test_unknown_addresses_under_the_api_are_json_404s(client):
    response = api_get(client, "/api/v1/donors/")
    assert response.status_code == 404
    assert "detail" in response.json()


# --- Tokens -------------------------------------------------------------------------


def test_a_personal_token_reads_what_its_owner_may(focal_point, angola):
    NeedFactory(title="Draft need", is_published=False)
    key = make_token(focal_point)
    anonymous = api_get(Client(), "/api/v1/needs/").json()
    assert anonymous["count"] == 0
    signed_in = api_get(
        Client(), "/api/v1/needs/", HTTP_AUTHORIZATION=f"Token {key}"
    ).json()
    assert [row["title"] for row in signed_in["results"]] == ["Draft need"]
    bearer = api_get(Client(), "/api/v1/needs/", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert bearer.json()["count"] == 1
    assert PersonalToken.objects.get().last_used_at is not None


@pytest.mark.parametrize(
    "header", ["Token", "Token abc", "Token iap_short", "Bearer " + "x" * 47]
)
def test_a_malformed_token_gets_a_400(client, header):
    response = api_get(client, "/api/v1/needs/", HTTP_AUTHORIZATION=header)
    assert response.status_code == 400
    assert "not a personal API token" in response.json()["detail"]


def test_an_unknown_or_revoked_token_gets_a_401(focal_point):
    key = make_token(focal_point)
    PersonalToken.objects.all().delete()
    response = api_get(Client(), "/api/v1/needs/", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert "revoked" in response.json()["detail"]


def test_a_token_of_a_deactivated_person_is_refused(focal_point):
    key = make_token(focal_point)
    focal_point.is_active = False
    focal_point.save()
    response = Client().get("/api/v1/needs/", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 401


def test_only_the_digest_of_a_key_is_stored(focal_point):
    key = make_token(focal_point)
    token = PersonalToken.objects.get()
    assert key not in (token.digest, token.hint)
    assert token.digest == token_digest(key)


# --- Caching, rate limits, CORS, addresses -------------------------------------------


def test_etag_gives_304_and_changes_with_the_data(client):
    need = NeedFactory()
    first = api_get(client, "/api/v1/needs/")
    assert first["ETag"] and first["Last-Modified"]
    again = client.get("/api/v1/needs/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    need.title = "Renamed"
    need.save()
    changed = client.get("/api/v1/needs/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]
    assert "Cookie" in changed["Vary"] and "Authorization" in changed["Vary"]


def test_anonymous_readers_are_rate_limited(client, settings):
    settings.API_ANON_RATE = "3/minute"
    for _ in range(3):
        assert client.get("/api/v1/states/AGO/").status_code == 200
    response = api_get(client, "/api/v1/states/AGO/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "throttled" in response.json()["detail"]


def test_other_sites_may_read_the_api_but_not_the_pages(client):
    origin = {"HTTP_ORIGIN": "https://data.example.org"}
    api = client.get("/api/v1/states/AGO/", **origin)
    assert api["Access-Control-Allow-Origin"] == "*"
    page = client.get("/countries/AGO/", **origin)
    assert "Access-Control-Allow-Origin" not in page
    preflight = client.options(
        "/api/v1/needs/", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET", **origin
    )
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]


def test_the_api_is_read_only(isu, client_for):
    response = client_for(isu).post(
        "/api/v1/needs/", {}, content_type="application/json"
    )
    assert response.status_code in (403, 405)
    assert Need.objects.count() == 0


def test_the_api_has_no_language_prefix(client):
    assert client.get("/fr/api/v1/states/").status_code == 404
    assert client.get("/api/v1/states/AGO/").status_code == 200
    assert client.get("/api/").status_code == 302


# --- Query ceilings ---------------------------------------------------------------


@pytest.fixture
def many(angola, zimbabwe):
    for n in range(30):
        NeedFactory(title=f"Need {n}", state=angola if n % 2 else zimbabwe)
        MeetingFactory(title=f"Meeting {n}")
        CommitmentFactory(year_from=2020, year_to=2024)


@pytest.mark.parametrize(
    "url, ceiling",
    [
        ("/api/v1/states/", 3),
        ("/api/v1/needs/", 3),
        ("/api/v1/meetings/", 3),
        ("/api/v1/partnerships/", 6),
        ("/api/v1/funding/", 2),
    ],
)
def test_lists_have_a_query_ceiling(
    many, client, url, ceiling, django_assert_max_num_queries
):
    with django_assert_max_num_queries(ceiling):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "url, ceiling",
    [("/api/v1/needs/", 7), ("/api/v1/meetings/", 7), ("/api/v1/partnerships/", 10)],
)
def test_signed_in_lists_have_a_query_ceiling(
    many, focal_point, url, ceiling, django_assert_max_num_queries
):
    key = make_token(focal_point)
    client = Client(HTTP_AUTHORIZATION=f"Token {key}")
    with django_assert_max_num_queries(ceiling):
        assert client.get(url).status_code == 200


def test_a_meeting_has_a_query_ceiling(
    many, committee, client_for, django_assert_max_num_queries
):
    meeting = MeetingFactory(status=MeetingStatus.HELD)
    for _ in range(5):
        AgendaItemFactory(meeting=meeting)
    version_in(ReportStatus.READY, meeting=meeting)
    client = client_for(committee)
    with django_assert_max_num_queries(12):
        assert client.get(f"/api/v1/meetings/{meeting.pk}/").status_code == 200


def test_demo_loads_into_the_api(db, client):
    """The demo's country pages are published and read through the API."""
    for app in ("portal", "country_pages"):
        importlib.import_module(f"{app}.demo").load(io.StringIO())
    page = api_get(client, "/api/v1/states/SDN/page/").json()
    assert page["state"] == "SDN"
    assert page["sections"][0]["key"] == "national_context"


def test_the_api_token_command_prints_a_working_key(focal_point):
    out = io.StringIO()
    call_command("api_token", focal_point.email, "My scripts", stdout=out)
    key = out.getvalue().strip()
    response = Client().get("/api/v1/needs/", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 200
    token = PersonalToken.objects.get()
    assert (token.user, token.name) == (focal_point, "My scripts")
    assert AuditEntry.objects.filter(action="api_token.create").count() == 1
    with pytest.raises(CommandError):
        call_command("api_token", "nobody@example.org", "x")
