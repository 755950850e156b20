"""Every article7 view, tried by every role.

Angola's focal point and the ISU act for Angola; the committee (and chair)
read drafts and submitted versions; a published version is public. A refused
role reads that the page is not open to it and none of its content; a refused
POST changes nothing.
"""

import pytest
from django.urls import reverse

from article7 import services
from article7.models import Article7Report, ReportForm, ReportStatus
from tests.conftest import ROLES
from tests.roles import assert_refused, assert_shows

pytestmark = pytest.mark.django_db

STATE = {"focal_point", "isu"}
READERS = STATE | {"committee", "chair"}
ORG = "National Inter-Sectoral Commission for Demining"


@pytest.mark.parametrize("role", ROLES)
def test_a_draft_is_read_by_the_state_the_isu_and_the_committees(
    role, make_user, client_for, draft
):
    user = make_user(role)
    response = client_for(user).get(draft.get_absolute_url())
    if role in READERS:
        assert_shows(response, "Article 7 report for 2025", ORG, "Draft")
    else:
        assert_refused(response, user, hidden=(ORG,))


@pytest.mark.parametrize("role", ROLES)
def test_a_published_report_is_public_and_read_only(
    role, make_user, client_for, published
):
    user = make_user(role)
    html = assert_shows(client_for(user).get(published.get_absolute_url()), ORG)
    assert reverse("article7:cover", args=[published.pk]) not in html
    assert ("Correct this report" in html) == (role in STATE)


@pytest.mark.parametrize("role", ROLES)
def test_only_the_state_edits_the_cover_page_of_a_draft(
    role, make_user, client_for, draft
):
    user = make_user(role)
    client = client_for(user)
    url = reverse("article7:cover", args=[draft.pk])
    data = {
        "contact_organisation": "Changed",
        "period_start": "2025-01-01",
        "period_end": "2025-12-31",
        "version": draft.version,
    }
    if role in STATE:
        assert_shows(client.get(url), "Cover page of the 2025 report")
        response = client.post(url, data)
        assert response.status_code == 302
        draft.refresh_from_db()
        assert draft.contact_organisation == "Changed"
    else:
        assert_refused(client.get(url), user)
        assert_refused(client.post(url, data), user)
        draft.refresh_from_db()
        assert draft.contact_organisation == ORG


@pytest.mark.parametrize("role", ROLES)
def test_no_one_edits_a_submitted_version(role, make_user, client_for, submitted):
    user = make_user(role)
    client = client_for(user)
    for url in (
        reverse("article7:cover", args=[submitted.pk]),
        reverse("article7:form", args=[submitted.pk, "C"]),
    ):
        assert_refused(client.get(url), user)


@pytest.mark.parametrize("role", ROLES)
def test_only_the_state_saves_a_form(role, make_user, client_for, draft):
    user = make_user(role)
    client = client_for(user)
    url = reverse("article7:form", args=[draft.pk, "C"])
    form = ReportForm.objects.get(report=draft, code="C")
    data = {
        "status": "changed",
        "narrative": "Two provinces remain.",
        "version": form.version,
        "areas-TOTAL_FORMS": "1",
        "areas-INITIAL_FORMS": "0",
        "areas-0-region": "Moxico",
        "areas-0-category": "cha",
        "areas-0-number_of_areas": "3",
        "areas-0-area_m2": "1000000",
    }
    if role in STATE:
        assert_shows(client.get(url), "Form C: Location of mined areas", "Guidance")
        assert client.post(url, data).status_code == 302
        assert draft.hazardous_areas.get().area_m2 == 1_000_000
        assert_shows(client.get(draft.get_absolute_url()), "Two provinces remain.")
    else:
        assert_refused(client.get(url), user)
        assert_refused(client.post(url, data), user)
        assert not draft.hazardous_areas.exists()


@pytest.mark.parametrize("role", ROLES)
def test_only_the_state_submits_and_only_the_isu_publishes(
    role, make_user, client_for, draft
):
    user = make_user(role)
    client = client_for(user)
    response = client.post(reverse("article7:submit", args=[draft.pk]))
    draft.refresh_from_db()
    if role in STATE:
        assert draft.status == ReportStatus.SUBMITTED
    else:
        assert_refused(response, user)
        assert draft.status == ReportStatus.DRAFT
        draft.status = ReportStatus.SUBMITTED
        draft.submitted_at = draft.updated_at
        draft.save()
    response = client.post(
        reverse("article7:review", args=[draft.pk]), {"target": "published"}
    )
    draft.refresh_from_db()
    if role == "isu":
        assert draft.status == ReportStatus.PUBLISHED
    else:
        assert_refused(response, user)
        assert draft.status == ReportStatus.SUBMITTED


@pytest.mark.parametrize("role", ROLES)
def test_only_the_state_starts_or_corrects_a_report(
    role, make_user, client_for, submitted, angola
):
    user = make_user(role)
    client = client_for(user)
    before = Article7Report.objects.count()
    start = client.post(reverse("article7:start", args=["AGO"]), {"year": "2024"})
    correct = client.post(reverse("article7:correct", args=[submitted.pk]))
    if role in STATE:
        assert Article7Report.objects.count() == before + 2
        assert Article7Report.objects.filter(year=2024, state=angola).exists()
        assert Article7Report.objects.filter(supersedes=submitted).exists()
    else:
        assert_refused(start, user)
        assert_refused(correct, user)
        assert Article7Report.objects.count() == before


@pytest.mark.parametrize("role", ROLES)
def test_the_states_list_shows_what_the_reader_may_open(
    role, make_user, client_for, published, angola, author
):
    draft = services.report_start(state=angola, year=2024, user=author)
    user = make_user(role)
    html = assert_shows(
        client_for(user).get(reverse("article7:state_reports", args=["AGO"]))
    )
    assert published.get_absolute_url() in html
    assert (draft.get_absolute_url() in html) == (role in READERS)
    assert ("Start the draft" in html) == (role in STATE)
