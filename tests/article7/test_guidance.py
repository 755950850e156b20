"""Guidance question by question: everyone reads it beside the forms; only the
ISU edits it, with the shared optimistic edit, and starts new editions."""

import pytest
from django.urls import reverse

from article7.models import GuideEdition, GuideQuestion, GuideSection
from tests.conftest import ROLES
from tests.roles import assert_refused, assert_shows

pytestmark = pytest.mark.django_db


def test_the_seeded_guidance_covers_the_cover_page_and_every_form_with_a_source():
    edition = GuideEdition.objects.get(is_current=True)
    sections = list(edition.sections.all())
    assert [s.form for s in sections] == ["cover", *"ABCDEFGHIJ"]
    assert all(s.source and not s.verified for s in sections)
    assert GuideQuestion.objects.filter(section__edition=edition).count() >= 14


@pytest.mark.parametrize("role", ROLES)
def test_everyone_reads_the_guidance_and_only_the_isu_edits_it(
    role, make_user, client_for
):
    user = make_user(role)
    client = client_for(user)
    section = GuideSection.objects.get(form="C")
    html = assert_shows(
        client.get(reverse("article7:guidance")),
        "Location of mined areas",
        "not yet checked against the official Guide to Reporting",
    )
    url = reverse("article7:guidance_section", args=[section.pk])
    assert (url in html) == (role == "isu")
    data = {
        "heading": "Location of mined areas",
        "body": "Checked against APLC/MSP.14/2015/WP.7.",
        "source": "Guide to Reporting (14MSP)",
        "verified": "on",
        "version": section.version,
    }
    response = client.post(url, data)
    section.refresh_from_db()
    if role == "isu":
        assert response.status_code == 302 and section.verified
        stale = client.post(url, data | {"body": "Older text"})
        assert_shows(stale, "Someone else saved this while you were editing")
        section.refresh_from_db()
        assert section.body == "Checked against APLC/MSP.14/2015/WP.7."
    else:
        assert_refused(response, user)
        assert not section.verified


def test_a_new_edition_starts_from_the_current_one_and_becomes_current(
    make_user, client_for
):
    client = client_for(make_user("isu"))
    current = GuideEdition.objects.get(is_current=True)
    client.post(
        reverse("article7:guidance_copy", args=[current.pk]),
        {"code": "sraap-2025", "title": "Guidance keyed to the Siem Reap-Angkor plan"},
    )
    new = GuideEdition.objects.get(code="sraap-2025")
    assert not new.is_current and new.sections.count() == current.sections.count()
    client.post(reverse("article7:guidance_current", args=[new.pk]))
    assert GuideEdition.objects.get(is_current=True) == new
    response = client.post(
        reverse("article7:guidance_copy", args=[current.pk]),
        {"code": "sraap-2025", "title": "Again"},
        follow=True,
    )
    assert_shows(response, "An edition with this code exists already.")
