"""Due dates, the dashboards' panels and the e-mail reminders."""

import datetime as dt

import pytest

from article7 import reminders, services
from article7.due import DueStatus, obligations
from article7.models import ReminderSent
from country_pages.models import StateParty
from portal.models import OutboxEmail

pytestmark = pytest.mark.django_db


def test_the_annual_report_is_due_on_30_april_and_the_initial_180_days_after_eif(
    angola,
):
    items = obligations(states=[angola], today=dt.date(2026, 3, 15))
    assert [(i.kind, i.year, i.due_date, i.status) for i in items] == [
        ("annual", 2025, dt.date(2026, 4, 30), DueStatus.DUE)
    ]
    newcomer = StateParty.objects.get(iso3="AGO")
    newcomer.entry_into_force = dt.date(2025, 10, 1)
    (initial,) = [
        i
        for i in obligations(states=[newcomer], today=dt.date(2026, 5, 1))
        if i.kind == "initial"
    ]
    assert initial.due_date == dt.date(2026, 3, 30) and initial.status == "late"


def test_a_submitted_report_counts_and_a_draft_does_not(angola, isu):
    draft = services.report_start(
        state=angola, year=2025, user=isu, today=dt.date(2026, 3, 1)
    )
    (item,) = obligations(states=[angola], today=dt.date(2026, 5, 2))
    assert item.status == DueStatus.LATE
    draft.contact_organisation = "CNIDAH"
    draft.save()
    services.report_submit(report=draft, user=isu)
    (item,) = obligations(states=[angola], today=dt.date(2026, 5, 2))
    assert item.status == DueStatus.SUBMITTED and item.report == draft


def test_reminders_go_to_the_focal_points_once_per_stage(focal_point):
    sent = reminders.reminders_send(today=dt.date(2026, 4, 1))
    assert sent >= 1
    mails = OutboxEmail.objects.filter(to=["focal.angola@example.org"])
    assert mails.count() == 1
    assert "Due 30 April 2026" in mails.get().subject or "Due" in mails.get().subject
    assert reminders.reminders_send(today=dt.date(2026, 4, 2)) == 0
    assert mails.count() == 1
    reminders.reminders_send(today=dt.date(2026, 5, 1))
    assert mails.count() == 2 and mails.last().subject.startswith("Late")
    assert ReminderSent.objects.filter(state__iso3="AGO").count() == 2


@pytest.mark.parametrize("role", ["focal_point", "isu", "donor", "committee"])
def test_the_dashboard_shows_what_is_due_to_the_state_and_the_isu(
    role, make_user, client_for
):
    user = make_user(role)
    html = client_for(user).get("/dashboard/").content.decode()
    if role == "focal_point":
        assert "Article 7 reports" in html and "Angola" in html
    elif role == "isu":
        assert "Article 7 reports this cycle" in html
    else:
        assert "Article 7 reports this cycle" not in html
