"""Drafts, publishing, revisions and conflicts of a country page."""

from datetime import date

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.urls import reverse

from country_pages import services
from country_pages.forms import section_field_labels
from country_pages.models import (
    CountryFollow,
    CountryPage,
    Need,
    PageRevision,
    PageSection,
    StateParty,
)
from country_pages.selectors import country_page_public, page_revision_diff
from portal.models import AuditEntry
from portal.services import EditConflict, ServiceError
from tests.factories import NeedFactory, need_values


def diff(old, new):
    return dict(page_revision_diff(old=old, new=new, labels=section_field_labels()))


def save(state, user, key="national_context", version=0, visible=True, **content):
    return services.page_section_save(
        state=state,
        key=key,
        user=user,
        is_visible=visible,
        content=content,
        expected_version=version,
    )


def test_a_saved_section_is_a_draft_the_public_does_not_see(angola, focal_point):
    save(angola, focal_point, background="Draft background")
    public = country_page_public(state=angola, user=focal_point)
    assert public["revision"] is None
    assert "national_context" not in [s.key for s in public["sections"]]


def test_publishing_makes_the_draft_public_and_records_who(angola, focal_point):
    save(angola, focal_point, background="Mine action in Angola")
    revision = services.country_page_publish(
        state=angola, user=focal_point, note="First page"
    )
    assert (revision.number, revision.created_by, revision.note) == (
        1,
        focal_point,
        "First page",
    )
    public = country_page_public(state=angola, user=None)
    context = next(s for s in public["sections"] if s.key == "national_context")
    assert context.content["background"] == "Mine action in Angola"
    assert AuditEntry.objects.filter(action="country_page.publish").exists()


def test_every_publish_is_a_new_numbered_revision(angola, focal_point):
    save(angola, focal_point, background="One")
    services.country_page_publish(state=angola, user=focal_point)
    save(angola, focal_point, version=1, background="Two")
    services.country_page_publish(state=angola, user=focal_point)
    assert list(angola.page_revisions.values_list("number", flat=True)) == [2, 1]


def test_publishing_nothing_new_is_refused(angola, focal_point):
    save(angola, focal_point, background="One")
    services.country_page_publish(state=angola, user=focal_point)
    with pytest.raises(ServiceError, match="Nothing has changed"):
        services.country_page_publish(state=angola, user=focal_point)


def test_the_later_of_two_saves_is_refused_and_shows_the_saved_one(
    angola, focal_point, isu
):
    save(angola, focal_point, background="Focal point's text")
    with pytest.raises(EditConflict) as conflict:
        save(angola, isu, version=0, background="ISU's text")
    assert conflict.value.current.content["background"] == "Focal point's text"
    assert "while you were editing" in str(conflict.value)
    section = PageSection.objects.get(state=angola, key="national_context")
    assert section.content["background"] == "Focal point's text"


def test_hidden_and_empty_sections_do_not_appear(angola, focal_point):
    save(angola, focal_point, background="Shown")
    save(angola, focal_point, key="contacts", visible=False, national_authority="X")
    save(angola, focal_point, key="status", visible=False)
    save(angola, focal_point, key="maps", introduction="")
    services.country_page_publish(state=angola, user=focal_point)
    keys = [s.key for s in country_page_public(state=angola, user=None)["sections"]]
    assert keys == ["national_context", "ia", "partnerships"]


def test_sections_follow_the_placemat_order(angola, focal_point):
    link = {
        "kind": "article7",
        "title": "Article 7 report 2025",
        "url": "https://example.org/a7",
    }
    save(angola, focal_point, key="resources", links=[link])
    save(angola, focal_point, key="contacts", national_authority="CNIDAH")
    save(angola, focal_point, background="Context")
    NeedFactory(state=angola)
    services.country_page_publish(state=angola, user=focal_point)
    keys = [s.key for s in country_page_public(state=angola, user=None)["sections"]]
    assert keys == [
        "national_context",
        "status",
        "needs",
        "ia",
        "partnerships",
        "contacts",
        "resources",
    ]


def test_new_needs_are_drafts_until_the_page_is_published(angola, focal_point):
    need = services.need_create(
        state=angola,
        user=focal_point,
        theme="clearance",
        title="Survey in Moxico",
        description="x",
    )
    assert not need.is_published
    assert (need.currency, need.funding_secured, need.status) == ("USD", 0, "open")
    services.country_page_publish(state=angola, user=focal_point)
    need.refresh_from_db()
    assert need.is_published and need.published_at


@pytest.mark.django_db(transaction=True)
def test_followers_hear_of_newly_published_needs(make_user, angola):
    focal_point, donor = make_user("focal_point"), make_user("donor")
    CountryFollow.objects.create(user=donor, state=angola)
    services.need_create(
        state=angola,
        user=focal_point,
        theme="victim_assistance",
        title="Prosthetics in Huambo",
        description="x",
    )
    services.country_page_publish(state=angola, user=focal_point)
    assert [m.to for m in mail.outbox] == [[donor.email]]
    assert mail.outbox[0].subject.endswith("Angola published new needs")
    assert mail.outbox[0].body == (
        "Angola published on its country page:\n\n- Prosthetics in Huambo\n"
    )
    # Publishing again tells no one: the need is not new any more.
    save(angola, focal_point, background="Something else")
    services.country_page_publish(state=angola, user=focal_point)
    assert len(mail.outbox) == 1


def test_a_need_saved_by_someone_else_meanwhile_is_not_overwritten(
    angola, focal_point, isu
):
    need = NeedFactory(state=angola, title="Original")
    services.need_update(
        need=need,
        user=focal_point,
        expected_version=1,
        **need_values(need, title="Focal point's title"),
    )
    with pytest.raises(EditConflict) as conflict:
        services.need_update(
            need=need,
            user=isu,
            expected_version=1,
            **need_values(need, title="ISU's title"),
        )
    assert conflict.value.current.title == "Focal point's title"
    assert Need.objects.get(pk=need.pk).title == "Focal point's title"


def test_restoring_a_revision_makes_it_the_draft_without_publishing(
    angola, focal_point
):
    save(angola, focal_point, background="First")
    first = services.country_page_publish(state=angola, user=focal_point)
    save(angola, focal_point, version=1, background="Second")
    services.country_page_publish(state=angola, user=focal_point)
    services.page_revision_restore(revision=first, user=focal_point)
    draft = PageSection.objects.get(state=angola, key="national_context")
    assert draft.content["background"] == "First"
    assert draft.version == 3  # anyone editing the old draft gets a conflict
    public = country_page_public(state=angola, user=None)
    assert public["revision"].number == 2
    assert CountryPage.objects.get(state=angola).has_unpublished_changes
    restored = services.country_page_publish(state=angola, user=focal_point)
    assert restored.number == 3
    assert restored.snapshot["sections"] == first.snapshot["sections"]


def test_the_difference_between_two_revisions_names_fields_and_lines(
    angola, focal_point
):
    save(angola, focal_point, background="Line one\nLine two")
    first = services.country_page_publish(state=angola, user=focal_point)
    save(angola, focal_point, version=1, background="Line one\nLine 2")
    NeedFactory(state=angola, title="New need")
    second = services.country_page_publish(state=angola, user=focal_point)
    changes = diff(first.snapshot, second.snapshot)
    background = changes["National context"][0]
    assert background.label == "Background"
    assert ("-", "Line two") in background.lines
    assert ("+", "Line 2") in background.lines
    assert (" ", "Line one") in background.lines
    needs = changes["Priorities: needs and challenges"]
    assert needs[0].label == "Added: New need"


def test_revision_numbers_are_unique_per_state(angola, focal_point):
    PageRevision.objects.create(state=angola, number=1, created_by=focal_point)
    with pytest.raises(IntegrityError), transaction.atomic():
        PageRevision.objects.create(state=angola, number=1, created_by=focal_point)


def test_the_anonymous_cache_is_dropped_when_the_state_publishes(
    angola, focal_point, client, django_capture_on_commit_callbacks
):
    url = reverse("country_pages:detail", args=["AGO"])
    assert "Cached text" not in client.get(url).content.decode()
    save(angola, focal_point, background="Cached text")
    with django_capture_on_commit_callbacks(execute=True):
        services.country_page_publish(state=angola, user=focal_point)
    assert "Cached text" in client.get(url).content.decode()


def test_a_changed_need_reads_with_labels_in_the_difference(angola, focal_point):
    need = NeedFactory(state=angola, title="Clearance of Moxico", status="open")
    first = services.country_page_publish(state=angola, user=focal_point)
    services.need_update(
        need=need,
        user=focal_point,
        expected_version=1,
        **need_values(need, status="funded"),
    )
    second = services.country_page_publish(state=angola, user=focal_point)
    changes = diff(first.snapshot, second.snapshot)
    (need_diff,) = changes["Priorities: needs and challenges"]
    assert need_diff.label == "Clearance of Moxico"
    assert ("-", "Status: Open") in need_diff.lines
    assert ("+", "Status: Funded") in need_diff.lines


def test_a_need_other_records_point_at_is_not_removed(angola, focal_point, monkeypatch):
    need = NeedFactory(state=angola, title="Clearance with donor interest")

    def protected(self, *args, **kwargs):
        raise ProtectedError("interest registered", {self})

    monkeypatch.setattr(Need, "delete", protected)
    with pytest.raises(ServiceError, match="set its status to completed"):
        services.need_delete(need=need, user=focal_point)
    assert Need.objects.filter(pk=need.pk).exists()


def test_a_page_that_fails_to_publish_keeps_its_cached_rendering(
    angola, focal_point, client, django_capture_on_commit_callbacks
):
    """The cache drop waits for the commit: a publish that rolls back leaves
    readers the page they had."""
    url = reverse("country_pages:detail", args=["AGO"])
    save(angola, focal_point, background="Published text")
    with django_capture_on_commit_callbacks(execute=True):
        services.country_page_publish(state=angola, user=focal_point)
    assert "Published text" in client.get(url).content.decode()
    save(angola, focal_point, version=1, background="Rolled back text")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            services.country_page_publish(state=angola, user=focal_point)
            raise RuntimeError("the request failed after publishing")
    assert callbacks == []
    assert "Published text" in client.get(url).content.decode()
    assert angola.page_revisions.count() == 1


def test_a_removed_map_file_goes_only_once_the_removal_is_committed(
    angola, focal_point, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    page_map = services.page_map_add(
        state=angola,
        user=focal_point,
        title="Contamination",
        upload=ContentFile(b"\x89PNG data", name="map.png"),
        kind="image",
        content_type="image/png",
        extension="png",
    )
    stored = tmp_path / page_map.file.name
    assert stored.exists()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.page_map_delete(page_map=page_map, user=focal_point)
    assert stored.exists(), "the file went before the commit"
    for callback in callbacks:
        callback()
    assert not stored.exists()


def test_the_isu_status_update_records_what_changed(angola, isu):
    saved = services.state_status_update(
        state=angola,
        actor=isu,
        article5_obligations_remaining=True,
        article5_deadline=date(2030, 12, 31),
        article4_stockpile_status=angola.article4_stockpile_status,
        survivors_responsibility=angola.survivors_responsibility,
        remaining_contamination=angola.remaining_contamination,
        latest_article7_report_year=angola.latest_article7_report_year,
        latest_article7_report_url=angola.latest_article7_report_url,
        source_note=angola.source_note,
    )
    assert StateParty.objects.get(pk=angola.pk).article5_deadline == date(2030, 12, 31)
    assert saved.status_updated_by == isu
    entry = AuditEntry.objects.get(action="state.status")
    assert list(entry.data["changes"]) == ["article5_deadline"]
    assert entry.data["changes"]["article5_deadline"][1] == "2030-12-31"


def test_a_deadline_without_obligations_is_refused_by_the_service(angola, isu):
    with pytest.raises(ServiceError, match="has no deadline"):
        services.state_status_update(
            state=angola,
            actor=isu,
            article5_obligations_remaining=False,
            article5_deadline=date(2030, 12, 31),
            article4_stockpile_status="none",
            survivors_responsibility=False,
        )
    assert StateParty.objects.get(pk=angola.pk).status_updated_at is None
