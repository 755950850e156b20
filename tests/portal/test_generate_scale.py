"""`manage.py generate_scale`: every entity at N times the Convention's size,
the same rows from the same seed, and data the pages can show."""

import datetime as dt
import hashlib
import io

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.test import Client

from article7.models import (
    Article7Report,
    HazardousArea,
    LandRelease,
    ReportForm,
)
from country_pages.models import (
    CountryPage,
    FocalPointAssignment,
    Need,
    PageMap,
    PageRevision,
    PageSection,
    StateParty,
)
from ia_meetings.models import ActionPoint, AgendaItem, Material, Meeting, Participant
from meeting_reports.models import ReportSharing, ReportVersion
from partnerships.models import (
    Commitment,
    DialogueEntry,
    Interest,
    Partner,
    Partnership,
    Platform,
)
from portal.models import Role, User

FACTOR = 0.1


def generate(seed=7, factor=FACTOR):
    call_command(
        "generate_scale",
        factor=factor,
        seed=seed,
        today=dt.date(2026, 3, 2),
        stdout=io.StringIO(),
    )


def fingerprint() -> str:
    """What the generated rows say, without primary keys or auto_now times."""
    queries = [
        (Need, ["state__iso3", "title", "estimated_cost"]),
        (Meeting, ["state__iso3", "title", "starts_at", "status"]),
        (AgendaItem, ["code", "content", "minutes"]),
        (Participant, ["name", "response"]),
        (Partnership, ["title", "description"]),
        (Commitment, ["kind", "year_from", "amount"]),
        (PageSection, ["state__iso3", "key", "content"]),
        (Article7Report, ["state__iso3", "year", "status", "submitted_at"]),
        (HazardousArea, ["region", "area_m2"]),
    ]
    rows = [list(m.objects.order_by("pk").values_list(*f)) for m, f in queries]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def wipe():
    models = [Partnership, Meeting, Need, PageRevision, CountryPage, PageSection]
    Article7Report.objects.all().delete()
    for model in [*models, PageMap, User]:
        model.objects.all().delete()
    Platform.objects.all().delete()
    Partner.objects.all().delete()


@pytest.mark.django_db
def test_every_entity_is_made_at_the_factor_with_pages_of_about_2200_words():
    generate()
    assert Need.objects.count() == 20
    # Article 7: every State Party reports on the last year at least, ten
    # forms each; States with Article 5 obligations have areas and releases.
    parties = StateParty.objects.filter(membership="party").count()
    assert Article7Report.objects.filter(year=2025).count() == parties
    assert ReportForm.objects.count() == 10 * Article7Report.objects.count()
    assert (
        HazardousArea.objects.exclude(
            report__state__article5_obligations_remaining=True
        ).count()
        == 0
    )
    assert LandRelease.objects.exists()
    assert Meeting.objects.count() == 10
    assert Partnership.objects.count() == 50
    assert set(Participant.objects.values_list("meeting", flat=True)) == set(
        Meeting.objects.values_list("pk", flat=True)
    )
    assert Participant.objects.filter(meeting=Meeting.objects.first()).count() == 30
    assert AgendaItem.objects.count() == 10 * 10
    assert ActionPoint.objects.exists() and Interest.objects.exists()
    assert Commitment.objects.count() == 150 and DialogueEntry.objects.count() == 100
    held = Meeting.objects.filter(status="held").count()
    assert 0 < ReportSharing.objects.count() <= held
    version = ReportVersion.objects.filter(status="ready").first()
    assert version.snapshot["state"]["iso3"] == version.meeting.state.iso3
    page = CountryPage.objects.get(state__iso3="SDN")
    words = sum(
        len(str(value).split())
        for section in page.published_revision.snapshot["sections"].values()
        for value in section["content"].values()
        if isinstance(value, str)
    )
    assert 2000 <= words <= 2600
    assert (
        page.published_revision.number
        == PageRevision.objects.filter(state__iso3="SDN").count()
    )
    # The benchmark's accounts, one per role; ISU and committee have TOTP.
    assert FocalPointAssignment.objects.filter(
        user__email="focal.sdn.1@scale.example", state__iso3="SDN"
    ).exists()
    assert User.objects.get(email="donor.1@scale.example").donor_status == "approved"
    for email in ("isu.1@scale.example", "committee.1@scale.example"):
        assert User.objects.get(email=email).authenticator_set.exists()
    assert (
        User.objects.filter(role=Role.COMMITTEE, is_committee_chair=True).count() == 1
    )
    # Maps and presentations are real files in the storage.
    stored_files = [*PageMap.objects.all(), *Material.objects.all()]
    for stored in [*stored_files, *ReportVersion.objects.all()]:
        assert default_storage.exists(stored.file.name)


@pytest.mark.django_db
def test_the_same_seed_makes_the_same_data_and_another_seed_other_data():
    generate(seed=7)
    first = fingerprint()
    wipe()
    generate(seed=7)
    assert fingerprint() == first
    wipe()
    generate(seed=8, factor=0.02)
    assert fingerprint() != first


@pytest.mark.django_db
def test_it_refuses_a_database_that_already_has_accounts():
    User.objects.create_user(email="someone@example.org")
    with pytest.raises(CommandError, match="freshly migrated"):
        generate()
    assert not Need.objects.exists()


@pytest.mark.django_db
def test_the_pages_show_the_generated_data_to_each_role():
    generate()
    meeting = Meeting.objects.filter(status="held", visibility="public").first()
    partnership = Partnership.objects.first()
    anonymous = Client()
    for url, text in [
        ("/countries/SDN/", "Sudan"),
        ("/countries/", "Zimbabwe"),
        ("/needs/", Need.objects.filter(is_published=True).first().title),
        (f"/meetings/{meeting.pk}/", meeting.title),
        ("/partnerships/", partnership.state.name),
    ]:
        response = anonymous.get(url)
        assert text in response.content.decode(), url
    held = Meeting.objects.filter(visibility="public", status="held")
    listed = anonymous.get("/meetings/?when=past").content.decode()
    assert any(m.title in listed for m in held)
    for email in (
        "focal.sdn.1@scale.example",
        "donor.1@scale.example",
        "committee.1@scale.example",
        "isu.1@scale.example",
    ):
        client = Client()
        client.force_login(User.objects.get(email=email))
        response = client.get("/dashboard/")
        assert User.objects.get(email=email).full_name in response.content.decode()
