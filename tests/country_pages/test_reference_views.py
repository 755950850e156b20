"""The ISU's reference-data page, the country page's reference values, and the
Article 5 deadline flags, tried by every role."""

from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from country_pages.models import StateParty
from country_pages.reference import file as reference_file
from country_pages.reference.file import reference_file_read
from portal.models import AuditEntry
from tests.roles import assert_refused, assert_shows

URL = reverse("country_pages:reference_data")
NEW = reference_file_read()
HEADING = "<h1>Reference data of the States Parties</h1>"


def post(client, *, take=(), digest=None, seen=None):
    data = {"digest": digest or NEW.digest, "take": list(take)}
    for item in take:
        data[f"seen:{item}"] = (seen or {}).get(item, "")
    return client.post(URL, data)


def test_only_the_isu_opens_the_reference_data_page(role, make_user, client_for):
    user = make_user(role)
    response = client_for(user).get(URL)
    if role == "isu":
        assert_shows(response, HEADING, "The database agrees with the file: 166")
    else:
        assert_refused(response, user, hidden=(HEADING,))


def test_the_isu_sees_the_comparison_state_by_state(old_install, isu, client_for):
    StateParty.objects.filter(iso3="PER").update(article5_deadline=date(2029, 11, 30))
    html = assert_shows(
        client_for(isu).get(URL),
        "<dt>States that differ</dt><dd>16</dd>",
        "<dt>Values to apply</dt><dd>21</dd>",
        "<dt>Values corrected by the ISU</dt><dd>1</dd>",
        'id="state-AFG"',
        "Corrected by the ISU: kept",
        'name="take" value="PER:article5_deadline"',
        'name="seen:PER:article5_deadline" value="2029-11-30"',
        "The file's value is applied",
    )
    assert "2029-11-30" in html and "2029-12-31" in html


def test_only_the_isu_applies_the_file(old_install, role, make_user, client_for):
    user = make_user(role)
    response = post(client_for(user))
    peru = StateParty.objects.get(iso3="PER")
    if role == "isu":
        assert response.status_code == 302
        assert peru.article5_deadline == date(2029, 12, 31)
        follow = client_for(user).get(URL)
        assert_shows(follow, "The database agrees with the file")
        assert AuditEntry.objects.filter(action="state.reference_sync").count() == 16
    else:
        assert_refused(response, user)
        assert peru.article5_deadline is None
        assert not AuditEntry.objects.filter(action__startswith="state.reference")


def test_the_isus_corrections_are_kept_unless_ticked(old_install, isu, client_for):
    StateParty.objects.filter(iso3="PER").update(article5_deadline=date(2029, 11, 30))
    StateParty.objects.filter(iso3="ALB").update(survivors_responsibility=False)
    client = client_for(isu)

    response = post(
        client,
        take=["PER:article5_deadline"],
        seen={"PER:article5_deadline": "2029-11-30"},
    )

    assert response.status_code == 302
    assert StateParty.objects.get(iso3="PER").article5_deadline == date(2029, 12, 31)
    assert StateParty.objects.get(iso3="ALB").survivors_responsibility is False
    html = assert_shows(client.get(URL), "Applied 22 values", "1 ISU correction kept.")
    assert 'name="take" value="ALB:survivors_responsibility"' in html


def test_a_tick_on_a_value_changed_since_the_preview_is_not_applied(
    old_install, isu, client_for
):
    StateParty.objects.filter(iso3="PER").update(article5_deadline=date(2030, 1, 31))
    client = client_for(isu)
    post(
        client,
        take=["PER:article5_deadline"],
        seen={"PER:article5_deadline": "2029-11-30"},
    )
    assert StateParty.objects.get(iso3="PER").article5_deadline == date(2030, 1, 31)
    assert_shows(client.get(URL), "changed since you opened the page")


def test_a_preview_of_another_file_applies_nothing(old_install, isu, client_for):
    client = client_for(isu)
    response = post(client, digest="0" * 64)
    html = assert_shows(response, "The reference file changed since you opened")
    assert "<dt>States that differ</dt><dd>16</dd>" in html
    assert StateParty.objects.get(iso3="PER").article5_deadline is None


def test_applying_needs_the_csrf_token(old_install, isu):
    client = Client(enforce_csrf_checks=True)
    client.force_login(isu)
    response = client.post(URL, {"digest": NEW.digest})
    assert response.status_code == 403
    assert StateParty.objects.get(iso3="PER").article5_deadline is None


def test_a_bad_shipped_file_is_shown_with_its_lines_and_nothing_applies(
    old_install, isu, client_for, tmp_path, monkeypatch
):
    bad = tmp_path / "states_parties.csv"
    bad.write_text(
        reference_file.DATA_FILE.read_text(encoding="utf-8").replace(
            "PER,Peru", "PRU,Peru"
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(reference_file, "DATA_FILE", bad)
    client = client_for(isu)
    html = assert_shows(
        client.get(URL),
        "The shipped reference file is refused",
        "unknown State code “PRU”",
    )
    assert 'name="take"' not in html and "Apply the file" not in html
    post(client)
    assert StateParty.objects.get(iso3="PER").article5_deadline is None


# --- The country page -------------------------------------------------------


def test_the_country_page_says_where_a_deadline_came_from(db, client):
    html = assert_shows(
        client.get(reverse("country_pages:detail", args=["PER"])),
        "deadline 31 December 2029, extended by the Fifth Review Conference (2024)",
        "Source: Mine Action Review, Clearing the Mines (2025)",
        "Confirmed by a published source.",
    )
    assert "5RC" not in html and "A5:" not in html and "knowledge" not in html


def test_an_unknown_deadline_says_not_confirmed_and_the_last_known(db, client):
    assert_shows(
        client.get(reverse("country_pages:detail", args=["AGO"])),
        "current deadline not confirmed; last known 31 December 2025",
    )


def soon(iso3="AGO", days=90):
    StateParty.objects.filter(iso3=iso3).update(
        article5_deadline=timezone.localdate() + timedelta(days=days)
    )


FLAG = "within the next 12 months"


def test_a_close_deadline_is_flagged_for_the_states_focal_points_only(
    role, make_user, client_for
):
    soon()
    user = make_user(role)
    html = assert_shows(
        client_for(user).get(reverse("country_pages:detail", args=["AGO"]))
    )
    assert (FLAG in html) is (role in {"focal_point", "isu"})


def test_a_passed_deadline_is_flagged_on_the_states_page(focal_point, client_for):
    StateParty.objects.filter(iso3="AGO").update(
        article5_deadline=timezone.localdate() - timedelta(days=3)
    )
    assert_shows(
        client_for(focal_point).get(reverse("country_pages:detail", args=["AGO"])),
        "has passed; no extension is recorded",
        "ask the ISU to record it",
    )


DASHBOARD = reverse("portal:dashboard")


def test_the_isu_dashboard_lists_the_deadlines_to_watch(role, make_user, client_for):
    soon("ZWE", days=30)
    user = make_user(role)
    response = client_for(user).get(DASHBOARD)
    if user is None:
        assert_refused(response, user, hidden=("Article 5 deadlines",))
        return
    html = assert_shows(response)
    shown = "Article 5 deadlines to watch" in html
    assert shown is (role == "isu")
    if shown:
        assert "Zimbabwe" in html and FLAG in html


@pytest.mark.parametrize("role", ["committee", "chair", "isu"])
def test_the_committees_cross_country_view_flags_deadlines(role, make_user, client_for):
    soon("ZWE", days=30)
    assert_shows(
        client_for(make_user(role)).get(reverse("partnerships:dashboard")),
        "Article 5 deadlines to watch",
        "Zimbabwe</a>",
        FLAG,
    )
