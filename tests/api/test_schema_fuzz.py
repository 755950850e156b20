"""The published schema is valid OpenAPI 3, and the API keeps to it.

schemathesis generates requests from the schema for every operation and runs
them against the demo data (as a signed-in focal point, so drafts, restricted
parts and reports show too, and anonymously); any server error, or an answer
that the schema does not describe, fails the test.
"""

import importlib
import io

import hypothesis
import pytest
import schemathesis
import yaml
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, Phase
from openapi_spec_validator import validate
from schemathesis.specs.openapi.checks import positive_data_acceptance

from portal.models import User

# A schema-valid parameter may still name nothing (page 99, country "ZZZ"):
# the API answers those with a 400 that says so, as it must. Every other check
# (server errors, status codes, content types, headers, response bodies, bad
# data rejected) runs.

# Bounded, so the whole run takes well under a minute on the demo data.
EXAMPLES_PER_OPERATION = 15
# Demo data of every app but the report PDFs, which take half a minute to
# render: a ready version row stands in for them.
DEMO_APPS = ["portal", "country_pages", "article7", "ia_meetings", "partnerships"]


def test_the_schema_is_valid_openapi_3(client, db):
    """/api/v1/schema/ passes the OpenAPI validator and documents every list
    and record of the open data."""
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    validate(schema)
    operations = {
        operation["operationId"]
        for path in schema["paths"].values()
        for operation in path.values()
    }
    assert {
        "states_list",
        "states_retrieve",
        "states_page_retrieve",
        "needs_list",
        "needs_retrieve",
        "meetings_list",
        "meetings_retrieve",
        "partnerships_list",
        "partnerships_retrieve",
        "funding_list",
        "article7_reports_list",
        "article7_reports_retrieve",
    } <= operations
    json_schema = client.get("/api/v1/schema/?format=json")
    assert json_schema.status_code == 200
    assert json_schema.json()["openapi"].startswith("3.")


def test_the_documentation_page_shows_the_api(client, db):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "IA Portal open data API" in html
    assert "swagger-ui" in html


def _load_demo():
    for app in DEMO_APPS:
        importlib.import_module(f"{app}.demo").load(io.StringIO())
    from ia_meetings.models import Meeting, MeetingStatus
    from meeting_reports.models import ReportAudience, ReportSharing
    from portal.models import DocumentStatus as ReportStatus
    from tests.meeting_reports.factories import version_in

    meeting = Meeting.objects.filter(status=MeetingStatus.HELD).first()
    version_in(ReportStatus.READY, meeting=meeting)
    ReportSharing.objects.update_or_create(
        meeting=meeting, defaults={"audience": ReportAudience.PUBLIC}
    )


@pytest.mark.django_db
def test_schemathesis_finds_no_server_error_nor_schema_mismatch(settings):
    """Every operation, generated from the schema, answers as documented."""
    settings.API_ANON_RATE = "100000/minute"
    settings.API_USER_RATE = "100000/minute"
    _load_demo()
    focal = User.objects.get(email="focal.sudan@demo.example")
    from api.models import PersonalToken, token_digest, token_key_new

    key = token_key_new()
    PersonalToken.objects.create(
        user=focal, name="fuzz", hint=key[:8], digest=token_digest(key)
    )

    schema = schemathesis.openapi.from_wsgi(
        "/api/v1/schema/?format=json", get_wsgi_application()
    )
    calls = {"operations": 0, "requests": 0, "statuses": {}}
    for result in schema.get_all_operations():
        operation = result.ok()
        calls["operations"] += 1
        for headers in ({}, {"Authorization": f"Token {key}"}):
            _fuzz(operation, headers, calls)
    print(f"schemathesis: {calls}")
    assert calls["operations"] >= 10
    assert calls["statuses"].get(200, 0) > calls["operations"]


def _fuzz(operation, headers: dict, calls: dict) -> None:
    @hypothesis.given(case=operation.as_strategy())
    @hypothesis.settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        response = case.call_and_validate(
            headers=headers, excluded_checks=[positive_data_acceptance]
        )
        calls["requests"] += 1
        calls["statuses"][response.status_code] = (
            calls["statuses"].get(response.status_code, 0) + 1
        )

    run()
