"""What a reader of a country page is told about each reference value, and the
Article 5 deadlines flagged as close or passed."""

import re
from datetime import date, timedelta

import pytest

from country_pages.models import StateParty
from country_pages.reference.deadlines import (
    DUE,
    PASSED,
    article5_deadline_flag,
    article5_deadline_flags,
)
from country_pages.reference.words import meeting_name, state_facts

# What only the file's compiler reads: never on a page.
INTERNAL = re.compile(r"\bA5\b|\d+(MSP|RC)\b|knowledge|trb-|\bEIF\b|\bext\.|Art\.\d")


def facts(iso3):
    return state_facts(state=StateParty.objects.get(iso3=iso3))


def test_meetings_are_named_in_full():
    assert meeting_name(5, "RC", "2024") == "the Fifth Review Conference (2024)"
    assert meeting_name(22, "MSP", None) == (
        "the Twenty-Second Meeting of the States Parties (2025)"
    )
    assert meeting_name(18, "MSP", None).endswith("(2020)")
    assert meeting_name(16, "MSP", None).endswith("(2017)")


@pytest.mark.django_db
def test_a_deadline_says_which_decision_set_it_and_how_sure_it_is():
    peru = facts("PER").article5
    assert peru.text == (
        "Obligations remain; deadline 31 December 2029, extended by the Fifth "
        "Review Conference (2024)"
    )
    assert "Mine Action Review, Clearing the Mines (2025)" in peru.source
    assert peru.certainty_text == "Confirmed by a published source."
    afghanistan = facts("AFG").article5
    assert afghanistan.text.endswith(
        "deadline 1 March 2030, extended by the Fifth Review Conference (2024)"
    )
    assert "the official record was not read" in afghanistan.certainty_text
    assert facts("KHM").article5.text.endswith(
        "extended by the Twenty-Second Meeting of the States Parties (2025)"
    )
    assert facts("PSE").article5.text.endswith("the original ten-year deadline")
    assert facts("SOM").article5.certainty_text == (
        "Not confirmed by a published source."
    )


@pytest.mark.django_db
def test_an_unknown_deadline_says_not_confirmed_and_the_last_known():
    angola = facts("AGO").article5
    assert angola.text == (
        "Obligations remain; current deadline not confirmed; last known 31 "
        "December 2025; an extension to 2030 was requested"
    )
    assert facts("CYP").article5.text == (
        "Obligations remain; current deadline not confirmed"
    )
    assert facts("OMN").article5.text == (
        "No remaining obligations: clearance completed"
    )


@pytest.mark.django_db
def test_no_internal_source_code_reaches_a_reader_for_any_state():
    for state in StateParty.objects.all():
        told = state_facts(state=state)
        for fact in (told.dates, told.article5, told.article4, told.survivors):
            for text in (fact.text, fact.source, fact.certainty_text):
                assert not INTERNAL.search(text), (state.iso3, text)


@pytest.mark.django_db
def test_a_value_the_isu_corrected_is_said_to_be_the_isus():
    StateParty.objects.filter(iso3="PER").update(article5_deadline=date(2030, 6, 30))
    peru = facts("PER").article5
    assert peru.text == "Obligations remain; deadline 30 June 2030"
    assert peru.source.startswith("Recorded by the Implementation Support Unit")
    assert "Review Conference" not in peru.text


@pytest.mark.django_db
def test_the_isus_own_note_names_the_decision_behind_its_deadline():
    StateParty.objects.filter(iso3="AGO").update(
        article5_deadline=date(2030, 12, 31),
        source_note="A5: 22MSP (2025) granted extension to 2030-12-31 (ISU)",
    )
    angola = facts("AGO").article5
    assert angola.text == (
        "Obligations remain; deadline 31 December 2030, extended by the "
        "Twenty-Second Meeting of the States Parties (2025)"
    )
    assert angola.source.startswith("Recorded by the Implementation Support Unit")


def flag(iso3, today, **values):
    StateParty.objects.filter(iso3=iso3).update(**values)
    return article5_deadline_flag(state=StateParty.objects.get(iso3=iso3), today=today)


@pytest.mark.django_db
def test_a_deadline_within_12_months_is_flagged_due():
    today = date(2026, 12, 2)
    assert flag("THA", today).kind == DUE  # 31 December 2026
    assert flag("THA", today, article5_deadline=date(2027, 12, 2)).kind == DUE
    assert flag("THA", today, article5_deadline=date(2027, 12, 3)) is None
    assert flag("THA", today, article5_deadline=today).kind == DUE


@pytest.mark.django_db
def test_a_deadline_passed_without_an_extension_is_flagged():
    today = date(2027, 1, 5)
    thailand = flag("THA", today)
    assert (thailand.kind, thailand.current) == (PASSED, True)
    assert thailand.text == (
        "Article 5 deadline 31 December 2026 has passed; no extension is recorded"
    )
    # Angola's current deadline is not confirmed: its last known one passed.
    angola = flag("AGO", today)
    assert (angola.kind, angola.current, angola.deadline) == (
        PASSED,
        False,
        date(2025, 12, 31),
    )
    assert angola.text.startswith("Last known Article 5 deadline 31 December 2025")
    # Recording the extension clears the flag.
    assert flag("AGO", today, article5_deadline=date(2030, 12, 31)) is None


@pytest.mark.django_db
def test_no_flag_without_obligations_or_any_known_deadline():
    today = date(2026, 12, 2)
    assert flag("OMN", today) is None
    assert flag("CYP", today) is None
    assert flag("AFG", today) is None  # 2030


@pytest.mark.django_db
def test_the_flags_across_states_put_the_passed_first_in_one_query(
    django_assert_num_queries,
):
    with django_assert_num_queries(1):
        flags = article5_deadline_flags(today=date(2026, 12, 2))
    kinds = [f.kind for f in flags]
    assert kinds == sorted(kinds, key=lambda k: k != PASSED)
    due = {f.state.iso3 for f in flags if f.kind == DUE}
    # Thailand and Mauritania by the end of 2026; Bosnia and Herzegovina, Sudan
    # and Somalia in 2027 before December.
    assert due == {"MRT", "THA", "BIH", "SDN", "SOM"}
    passed = {f.state.iso3 for f in flags if f.kind == PASSED}
    # Last known deadlines before 2 December 2026, none recorded since.
    assert passed == {
        "AGO",
        "COL",
        "ECU",
        "ETH",
        "NGA",
        "SEN",
        "SRB",
        "TJK",
        "TUR",
        "ZWE",
        "ARG",
        "SSD",
    }
    later = date(2026, 12, 2) + timedelta(days=400)
    assert "THA" in {f.state.iso3 for f in article5_deadline_flags(today=later)}
