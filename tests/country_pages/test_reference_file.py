"""A reference file is taken whole or refused whole, with the line and the reason."""

import pytest
from django.core.management import CommandError, call_command

from country_pages.models import StateParty
from country_pages.reference.file import (
    DATA_FILE,
    ReferenceFileError,
    reference_file_read,
)

SHIPPED = DATA_FILE.read_text(encoding="utf-8")


def edited(tmp_path, edit) -> str:
    """The shipped file with one edit, written to a temporary file."""
    lines = SHIPPED.splitlines(keepends=True)
    lines = edit(lines)
    path = tmp_path / "states_parties.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return str(path)


def line_of(lines, iso3) -> int:
    """The 0-based index of a State's line."""
    return next(i for i, line in enumerate(lines) if line.startswith(f"{iso3},"))


def replace_in(iso3, old, new):
    def edit(lines):
        i = line_of(lines, iso3)
        assert old in lines[i]
        lines[i] = lines[i].replace(old, new, 1)
        return lines

    return edit


def problems_of(path) -> list[str]:
    with pytest.raises(ReferenceFileError) as caught:
        reference_file_read(path=path)
    return [str(problem) for problem in caught.value.problems]


def test_the_shipped_file_is_accepted():
    reference = reference_file_read()
    assert len(reference.rows) == 166
    assert len(reference.digest) == 64


def test_an_unknown_state_code_is_refused_with_its_line(tmp_path):
    path = edited(tmp_path, replace_in("PER", "PER,", "PRU,"))
    line = line_of(SHIPPED.splitlines(), "PER") + 1
    assert problems_of(path) == [f"line {line}: unknown State code “PRU”"]


def test_a_malformed_date_is_refused_with_its_line(tmp_path):
    path = edited(tmp_path, replace_in("NER", "2029-12-31", "2029-13-31"))
    line = line_of(SHIPPED.splitlines(), "NER") + 1
    assert problems_of(path) == [
        f"line {line}: article5_deadline: “2029-13-31” is not a date (YYYY-MM-DD)"
    ]


def test_a_date_in_another_format_is_refused(tmp_path):
    path = edited(tmp_path, replace_in("NER", "2029-12-31", "31/12/2029"))
    assert "“31/12/2029” is not a date" in problems_of(path)[0]


def test_a_duplicated_row_is_refused_naming_both_lines(tmp_path):
    def duplicate(lines):
        i = line_of(lines, "AFG")
        return [*lines, lines[i]]

    path = edited(tmp_path, duplicate)
    problems = problems_of(path)
    assert any("iso3 “AFG” duplicates line 2" in p for p in problems)
    assert problems[0].startswith("line 168:")


def test_an_unknown_column_is_refused_on_the_header(tmp_path):
    def add_column(lines):
        return [lines[0].rstrip("\n") + ",confidence\n"] + [
            line.rstrip("\n") + ",high\n" for line in lines[1:]
        ]

    path = edited(tmp_path, add_column)
    assert problems_of(path) == ["line 1: unknown column “confidence”"]


def test_a_missing_column_is_refused(tmp_path):
    def drop_last(lines):
        return [line.rsplit(",", 1)[0] + "\n" for line in lines[:1]] + lines[1:]

    assert "line 1: the column “source_note” is missing" in problems_of(
        edited(tmp_path, drop_last)
    )


def test_a_deadline_without_obligations_is_refused(tmp_path):
    path = edited(tmp_path, replace_in("AND", "party,,no,,", "party,,no,2030-01-01,"))
    assert problems_of(path)[0].endswith(
        "an Article 5 deadline is given without Article 5 obligations"
    )


def test_values_outside_the_lists_are_refused(tmp_path):
    path = edited(tmp_path, replace_in("AND", ",Europe,", ",Eurasia,"))
    assert "region: “Eurasia” is not one of" in problems_of(path)[0]
    path = edited(tmp_path, replace_in("AND", "party,,no,", "party,,maybe,"))
    assert "must be yes or no" in problems_of(path)[0]


def test_a_short_row_is_refused(tmp_path):
    path = edited(tmp_path, replace_in("AND", ",none,no,", ",none,"))
    assert "12 values where the header has 13" in problems_of(path)[0]


def test_every_problem_is_listed_not_only_the_first(tmp_path):
    def two_errors(lines):
        lines = replace_in("PER", "PER,", "PRU,")(lines)
        return replace_in("NER", "2029-12-31", "2029-02-30")(lines)

    assert len(problems_of(edited(tmp_path, two_errors))) == 2


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(SHIPPED.replace("Türkiye", "T\xfcrkiye").encode("latin-1"))
    problems = problems_of(path)
    assert "not UTF-8" in problems[0]


@pytest.mark.django_db
def test_a_refused_file_changes_nothing_by_either_command(tmp_path):
    """Peru's row is good and differs; a bad row elsewhere keeps it out too."""

    def edits(lines):
        lines = replace_in("PER", "2029-12-31", "2031-12-31")(lines)
        return replace_in("NER", "2029-12-31", "2029-12-32")(lines)

    path = edited(tmp_path, edits)
    before = list(StateParty.objects.values().order_by("pk"))
    for command, args in (
        ("sync_states_parties", ["--apply"]),
        ("load_states_parties", ["--overwrite"]),
    ):
        with pytest.raises(CommandError) as caught:
            call_command(command, *args, "--file", path, verbosity=0)
        assert "refused; nothing was changed" in str(caught.value)
        assert "2029-12-32" in str(caught.value)
    assert list(StateParty.objects.values().order_by("pk")) == before
