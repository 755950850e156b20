"""The one optimistic-edit mechanism: versioned_update, EditForm, conflict_context."""

import pytest
from django import forms

from country_pages.models import Need
from portal.editing import conflict_context
from portal.forms import EditForm
from portal.services import EditConflict, ServiceError, versioned_update
from tests.factories import NeedFactory, UserFactory

pytestmark = pytest.mark.django_db


class NeedTitleForm(EditForm):
    class Meta:
        model = Need
        fields = ["title", "status"]


def test_a_save_with_the_current_version_writes_and_counts_up():
    need = NeedFactory(title="Old")
    editor = UserFactory()
    saved = versioned_update(
        need, expected_version=need.version, values={"title": "New"}, actor=editor
    )
    assert saved.title == "New"
    assert saved.version == need.version + 1
    assert saved.updated_by == editor
    assert Need.objects.get(pk=need.pk).title == "New"


def test_a_save_with_an_old_version_changes_nothing_and_names_who_saved():
    need = NeedFactory(title="Old")
    first = UserFactory(full_name="Amal First")
    versioned_update(
        need, expected_version=need.version, values={"title": "Theirs"}, actor=first
    )
    with pytest.raises(EditConflict) as caught:
        versioned_update(need, expected_version=need.version, values={"title": "Mine"})
    assert Need.objects.get(pk=need.pk).title == "Theirs"
    assert caught.value.current.title == "Theirs"
    assert "Amal First" in str(caught.value) or first.email in str(caught.value)


def test_a_record_deleted_meanwhile_is_a_clear_refusal():
    need = NeedFactory()
    Need.objects.filter(pk=need.pk).delete()
    with pytest.raises(ServiceError, match="deleted"):
        versioned_update(need, expected_version=need.version, values={"title": "x"})


def test_an_edit_form_never_changes_the_record_it_edits():
    need = NeedFactory(title="As read")
    form = NeedTitleForm(
        {"title": "Typed", "status": need.status, "version": need.version},
        instance=need,
    )
    assert form.is_valid(), form.errors
    assert need.title == "As read"
    assert form.values() == {"title": "Typed", "status": need.status}
    assert form.expected_version == need.version


def test_a_conflict_keeps_what_was_typed_and_shows_theirs_with_labels():
    need = NeedFactory(title="As read")
    form = NeedTitleForm(
        {"title": "Typed", "status": need.status, "version": need.version},
        instance=need,
    )
    assert form.is_valid()
    theirs = versioned_update(
        need, expected_version=need.version, values={"title": "Theirs"}
    )
    try:
        versioned_update(
            need, expected_version=form.expected_version, values=form.values()
        )
    except EditConflict as exc:
        context = conflict_context(form, exc)
    assert form["title"].value() == "Typed"
    assert int(form.data["version"]) == theirs.version
    assert ("Title", "Theirs") in [
        (str(label), value) for label, value in context["conflict_fields"]
    ]
    assert form.non_field_errors()


def test_the_conflict_box_renders_their_version(client):
    from django.template.loader import render_to_string

    need = NeedFactory(title="Theirs")
    html = render_to_string(
        "portal/_edit_conflict.html",
        {"conflict": need, "conflict_fields": [("Title", "Theirs")]},
    )
    assert "your version is still in the form below" in html
    assert "<dt>Title</dt>" in html and "Theirs" in html


def test_forms_are_plain_validation_when_no_record_is_given():
    form = NeedTitleForm({"title": "New", "status": "open"})
    assert isinstance(form.fields["version"].widget, forms.HiddenInput)
    form.is_valid()
    assert form.record is None
