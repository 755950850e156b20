"""The audit trail: every change with who, when, before and after; the ISU
filters it by person, State, kind and date and downloads it (issue 16, item 9)."""

import csv
import io
from datetime import timedelta

import pytest
from django.utils import timezone

from portal.models import AuditEntry
from portal.services import audit_record, field_changes
from tests.factories import NeedFactory
from tests.roles import assert_refused, assert_shows

pytestmark = pytest.mark.django_db


@pytest.fixture
def trail(make_user, angola, zimbabwe):
    focal = make_user("focal_point")
    need = NeedFactory(state=angola, title="Clearance of Cuando Cubango")
    audit_record(
        actor=focal,
        action="need.update",
        summary="Angola: Clearance of Cuando Cubango",
        target=need,
        changes=field_changes(
            need, {"title": "Clearance of Moxico", "status": need.status}
        ),
    )
    audit_record(actor=None, action="role.set", summary="someone: member → donor")
    audit_record(actor=None, action="state.update", summary="Zimbabwe", target=zimbabwe)
    return focal


def test_a_change_records_its_state_and_only_the_fields_that_changed(trail):
    entry = AuditEntry.objects.get(action="need.update")
    assert entry.state_code == "AGO"
    assert entry.changes == [
        ("title", "Clearance of Cuando Cubango", "Clearance of Moxico")
    ]
    assert AuditEntry.objects.get(action="state.update").state_code == "ZWE"


def test_the_isu_reads_before_and_after(trail, make_user, client_for):
    html = assert_shows(
        client_for(make_user("isu")).get("/manage/audit/"),
        "<del>Clearance of Cuando Cubango</del>",
        "<ins>Clearance of Moxico</ins>",
        "4 entries",  # and the ISU's own two-factor set-up
    )
    assert "AGO" in html


@pytest.mark.parametrize(
    "query,expected",
    [
        ({"person": "focal.angola"}, {"need.update"}),
        ({"state": "zwe"}, {"state.update"}),
        ({"kind": "role"}, {"role.set"}),
        ({"kind": "need"}, {"need.update"}),
        ({"since": (timezone.now() + timedelta(days=1)).date().isoformat()}, set()),
        (
            {"until": timezone.now().date().isoformat()},
            {"need.update", "role.set", "state.update", "mfa.added"},
        ),
    ],
)
def test_the_isu_filters_the_trail(trail, make_user, client_for, query, expected):
    response = client_for(make_user("isu")).get("/manage/audit/", query)
    assert {e.action for e in response.context["page"]} == expected


def test_the_export_holds_the_filtered_entries_with_one_row_per_changed_field(
    trail, make_user, client_for
):
    response = client_for(make_user("isu")).get(
        "/manage/audit/", {"state": "AGO", "format": "csv"}
    )
    today = timezone.localdate().isoformat()
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="audit-trail-{today}.csv"'
    )
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    assert [
        (r["action"], r["state"], r["field"], r["before"], r["after"]) for r in rows
    ] == [
        (
            "need.update",
            "AGO",
            "title",
            "Clearance of Cuando Cubango",
            "Clearance of Moxico",
        )
    ]
    assert rows[0]["who"] == "focal.angola@example.org"


def test_a_malformed_date_is_a_message_not_an_error(trail, make_user, client_for):
    response = client_for(make_user("isu")).get(
        "/manage/audit/", {"since": "31/02/2026"}
    )
    assert_shows(response, "Enter a valid date.")


def test_only_the_isu_reads_or_downloads_the_trail(role, make_user, client_for, angola):
    need = NeedFactory(state=angola, title="Clearance of Cuando Cubango")
    audit_record(actor=None, action="need.update", summary=need.title, target=need)
    user = make_user(role)
    for query in ({}, {"format": "csv"}):
        response = client_for(user).get("/manage/audit/", query)
        if role == "isu":
            assert (
                "need.update"
                in b"".join(
                    response.streaming_content
                    if response.streaming
                    else [response.content]
                ).decode()
            )
        else:
            assert_refused(response, user, hidden=("Cuando Cubango",))


def test_writing_minutes_is_recorded_with_before_and_after(make_user):
    from ia_meetings.services.agenda import agenda_item_update
    from tests.ia_meetings.factories import AgendaItemFactory

    item = AgendaItemFactory(minutes="Draft minutes.")
    focal = make_user("isu")
    agenda_item_update(
        item=item,
        user=focal,
        expected_version=item.version,
        code=item.code,
        title=item.title,
        by_state=item.by_state,
        presenter=item.presenter,
        start_time=item.start_time,
        content=item.content,
        minutes="Agreed: a survey.",
    )
    entry = AuditEntry.objects.get(action="agenda.update")
    assert entry.changes == [("minutes", "Draft minutes.", "Agreed: a survey.")]
    assert entry.actor == focal
    assert entry.state_code == item.meeting.state.iso3
