"""The sync of the reference file: what it applies, what it keeps of the ISU's work.

The database starts as an install would have it before the 2026-12-02 update:
every State as the 2026-11-23 file had it, that file remembered as the last
applied. The shipped file is the 2026-12-02 one.
"""

from datetime import date
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from country_pages import services
from country_pages.forms import StateStatusForm
from country_pages.models import StateParty
from country_pages.reference.file import reference_file_read
from country_pages.reference.sync import reference_sync_apply, reference_sync_plan
from portal.models import AuditEntry

NEW = reference_file_read()
# The States the 2026-12-02 update changes (the source note at least).
UPDATED = {
    "AFG",
    "BIH",
    "TCD",
    "GNB",
    "IRQ",
    "MRT",
    "NER",
    "OMN",
    "PER",
    "SOM",
    "LKA",
    "PSE",
    "SDN",
    "THA",
    "UKR",
    "YEM",
}


def status_edit(iso3, isu, **changes):
    """The ISU corrects a State on its status page, as a person would."""
    state = StateParty.objects.get(iso3=iso3)
    form = StateStatusForm(instance=state)
    data = {}
    for name in form.fields:
        value = changes.get(name, form[name].value())
        if value is True:
            data[name] = "on"
        elif value not in (None, False):
            data[name] = value.isoformat() if isinstance(value, date) else value
    client = Client()
    client.force_login(isu)
    response = client.post(reverse("country_pages:status_edit", args=[iso3]), data)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_the_update_on_a_database_nobody_corrected(old_install, isu):
    plan = reference_sync_plan(reference=NEW)
    assert {s.iso3 for s in plan.states} == UPDATED
    assert plan.correction_count == 0
    peru = next(s for s in plan.states if s.iso3 == "PER")
    deadline = next(d for d in peru.fields if d.field == "article5_deadline")
    assert (deadline.database, deadline.file) == ("", "2029-12-31")

    result = reference_sync_apply(reference=NEW, actor=isu)

    assert {s.iso3 for s, _ in result.applied} == UPDATED
    assert not result.kept and not result.blocked
    for row in NEW.rows:
        state = StateParty.objects.get(iso3=row.iso3)
        assert {f: getattr(state, f) for f in row.values()} == row.values()
        assert state.file_values == row.file_values()
    obligations = StateParty.objects.filter(article5_obligations_remaining=True)
    assert obligations.count() == 31
    assert obligations.exclude(article5_deadline=None).count() == 16
    assert reference_sync_plan(reference=NEW).states == []


def test_every_applied_change_is_audited_with_the_files_source_note(old_install, isu):
    reference_sync_apply(reference=NEW, actor=isu)
    peru = StateParty.objects.get(iso3="PER")
    entry = AuditEntry.objects.get(action="state.reference_sync", object_id=peru.pk)
    assert entry.actor == isu
    assert entry.summary.startswith("Peru updated from the reference file")
    assert "current Article 5 deadline: — → 2029-12-31" in entry.summary
    assert entry.data["changes"]["article5_deadline"] == {
        "from": "",
        "to": "2029-12-31",
        "over_isu_correction": False,
    }
    assert "5RC (2024) granted third extension" in entry.data["source_note"]
    assert AuditEntry.objects.filter(action="state.reference_sync").count() == len(
        UPDATED
    )
    run = AuditEntry.objects.get(action="reference.sync")
    assert run.data["digest"] == NEW.digest


def test_what_the_isu_corrected_is_shown_beside_the_file_and_kept(old_install, isu):
    # The ISU typed Peru's new deadline before the file had it, one month off,
    # and corrected Albania, which the update does not touch.
    status_edit("PER", isu, article5_deadline=date(2029, 11, 30))
    status_edit("ALB", isu, survivors_responsibility=False)

    plan = reference_sync_plan(reference=NEW)
    by_state = {s.iso3: s for s in plan.states}
    corrected = {(s, d.field): d for s in by_state for d in by_state[s].corrections}
    assert set(corrected) == {
        ("PER", "article5_deadline"),
        ("ALB", "survivors_responsibility"),
    }
    peru = corrected["PER", "article5_deadline"]
    assert (peru.database, peru.file, peru.previous_file) == (
        "2029-11-30",
        "2029-12-31",
        "",
    )
    # Peru's source note was not corrected: the file's applies.
    assert [d.field for d in by_state["PER"].updates] == ["source_note"]

    result = reference_sync_apply(reference=NEW, actor=isu)

    peru = StateParty.objects.get(iso3="PER")
    assert peru.article5_deadline == date(2029, 11, 30)
    assert peru.source_note == NEW.by_iso3()["PER"].cells["source_note"]
    assert StateParty.objects.get(iso3="ALB").survivors_responsibility is False
    assert {(s.iso3, d.field) for s, d in result.kept} == set(corrected)
    # Still shown next time, until the ISU decides.
    again = reference_sync_plan(reference=NEW)
    assert set(again.conflicts()) == set(corrected)
    assert again.update_count == 0


def test_the_isu_may_take_the_files_value_instead(old_install, isu):
    status_edit("PER", isu, article5_deadline=date(2029, 11, 30))
    plan = reference_sync_plan(reference=NEW)

    reference_sync_apply(reference=NEW, actor=isu, take_file=plan.conflicts())

    assert StateParty.objects.get(iso3="PER").article5_deadline == date(2029, 12, 31)
    entry = AuditEntry.objects.get(
        action="state.reference_sync", summary__startswith="Peru"
    )
    assert entry.data["changes"]["article5_deadline"]["over_isu_correction"] is True
    assert reference_sync_plan(reference=NEW).states == []


def test_a_choice_made_on_an_older_preview_does_not_overwrite_a_newer_edit(
    old_install, isu
):
    status_edit("PER", isu, article5_deadline=date(2029, 11, 30))
    seen = reference_sync_plan(reference=NEW).conflicts()
    # Someone corrects Peru again after the preview was opened.
    status_edit("PER", isu, article5_deadline=date(2030, 1, 31))

    result = reference_sync_apply(reference=NEW, actor=isu, take_file=seen)

    assert StateParty.objects.get(iso3="PER").article5_deadline == date(2030, 1, 31)
    assert result.stale_choices == [("PER", "article5_deadline")]


def test_a_correction_the_file_makes_impossible_leaves_the_state_whole(
    old_install, isu
):
    """The ISU gave Oman a deadline; the file says Oman has completed clearance."""
    status_edit("OMN", isu, article5_deadline=date(2026, 6, 30))
    plan = reference_sync_plan(reference=NEW)
    oman = next(s for s in plan.states if s.iso3 == "OMN")
    assert "a deadline without obligations" in oman.problem

    result = reference_sync_apply(reference=NEW, actor=isu)

    assert [s.iso3 for s in result.blocked] == ["OMN"]
    oman = StateParty.objects.get(iso3="OMN")
    assert oman.article5_obligations_remaining is True
    assert oman.article5_deadline == date(2026, 6, 30)
    # Taking the file's deadline too lets the whole update through.
    reference_sync_apply(
        reference=NEW, actor=isu, take_file={("OMN", "article5_deadline"): None}
    )
    oman.refresh_from_db()
    assert (oman.article5_obligations_remaining, oman.article5_deadline) == (
        False,
        None,
    )


def test_a_state_new_to_the_file_is_added_and_one_missing_is_left(db, isu):
    StateParty.objects.filter(iso3="TON").delete()
    StateParty.objects.create(
        iso3="XKX",
        name="Kosovo (test)",
        region="Europe",
        date_ratified_or_acceded=date(2020, 1, 1),
        entry_into_force=date(2020, 7, 1),
    )
    plan = reference_sync_plan(reference=NEW)
    assert [s.iso3 for s in plan.new_states] == ["TON"]
    assert [s.iso3 for s in plan.not_in_file] == ["XKX"]

    reference_sync_apply(reference=NEW, actor=isu)

    tonga = StateParty.objects.get(iso3="TON")
    assert tonga.entry_into_force == date(2025, 12, 1)
    assert tonga.file_values["name"] == "Tonga"
    assert StateParty.objects.filter(iso3="XKX").exists()
    assert AuditEntry.objects.filter(action="state.reference_add").count() == 1


def test_a_state_added_by_hand_is_never_overwritten_by_the_file(db, isu):
    """No file was ever applied to it: every difference counts as the ISU's."""
    StateParty.objects.filter(iso3="TON").update(
        file_values={}, name="Kingdom of Tonga"
    )
    plan = reference_sync_plan(reference=NEW)
    (tonga,) = plan.states
    assert [(d.field, d.corrected) for d in tonga.fields] == [("name", True)]
    reference_sync_apply(reference=NEW, actor=isu)
    assert StateParty.objects.get(iso3="TON").name == "Kingdom of Tonga"


def test_applying_twice_changes_nothing_the_second_time(old_install, isu):
    reference_sync_apply(reference=NEW, actor=isu)
    count = AuditEntry.objects.count()
    result = reference_sync_apply(reference=NEW, actor=isu)
    assert result.applied == []
    assert AuditEntry.objects.count() == count


def test_a_changed_state_drops_its_cached_page_once_committed(
    old_install, isu, django_capture_on_commit_callbacks
):
    cache.set(services.country_page_cache_key("PER"), b"old page")
    cache.set(services.country_page_cache_key("ALB"), b"untouched page")
    with django_capture_on_commit_callbacks(execute=True):
        reference_sync_apply(reference=NEW, actor=isu)
    assert cache.get(services.country_page_cache_key("PER")) is None
    assert cache.get(services.country_page_cache_key("ALB")) == b"untouched page"


def run(*args) -> str:
    out = StringIO()
    call_command("sync_states_parties", *args, stdout=out)
    return out.getvalue()


def test_the_command_is_a_dry_run_by_default(old_install, isu):
    status_edit("PER", isu, article5_deadline=date(2029, 11, 30))
    before = list(StateParty.objects.values().order_by("pk"))

    report = run()

    assert list(StateParty.objects.values().order_by("pk")) == before
    assert "16 States differ" in report
    assert "Afghanistan (AFG)" in report
    assert "current Article 5 deadline: (empty) → “2030-03-01”" in report
    assert "ISU's value:  “2029-11-30”" in report
    assert "file's value: “2029-12-31”" in report
    assert "--take-file PER:article5_deadline" in report
    assert "Dry run: nothing was changed" in report


def test_the_command_applies_and_takes_the_files_value_when_told(old_install, isu):
    status_edit("PER", isu, article5_deadline=date(2029, 11, 30))
    status_edit("ALB", isu, survivors_responsibility=False)

    report = run("--apply", "--take-file", "PER:article5_deadline")

    assert "kept the ISU's responsible for significant numbers" in report
    assert StateParty.objects.get(iso3="PER").article5_deadline == date(2029, 12, 31)
    assert StateParty.objects.get(iso3="ALB").survivors_responsibility is False
    assert "The database agrees" not in run()
    assert "1 value corrected by the ISU" in run()


def test_the_command_refuses_a_choice_that_is_not_a_correction(old_install):
    with pytest.raises(Exception, match="corrected no such value"):
        run("--apply", "--take-file", "AFG:article5_deadline")
    assert StateParty.objects.get(iso3="AFG").article5_deadline is None
