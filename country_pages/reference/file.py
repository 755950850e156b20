"""The States Parties reference file: its columns, and reading it whole or not at all.

`country_pages/data/states_parties.csv` (described by the README.md beside it) is
compiled outside the portal and updated after each Meeting of the States Parties
and Review Conference. A file with an unknown State code, a malformed date, a
duplicated row, an unknown column or a value the Convention's rules exclude is
refused as a whole, each problem named with its line, so that a bad file changes
nothing.
"""

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from ..models import Membership, Region, StockpileStatus

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DATA_FILE = DATA_DIR / "states_parties.csv"
ISO_CODES_FILE = DATA_DIR / "iso3166_alpha3.txt"

KEY = "iso3"
# The file's columns, in order; each is the StateParty field of the same name.
COLUMNS = (
    "iso3",
    "name",
    "region",
    "date_signed",
    "date_ratified_or_acceded",
    "entry_into_force",
    "membership",
    "withdrawal_effective",
    "article5_obligations_remaining",
    "article5_deadline",
    "article4_stockpile_status",
    "survivors_responsibility",
    "source_note",
)
# What the file says about a State, beside the code that names it.
FIELDS = COLUMNS[1:]
DATE_FIELDS = frozenset(
    {
        "date_signed",
        "date_ratified_or_acceded",
        "entry_into_force",
        "withdrawal_effective",
        "article5_deadline",
    }
)
BOOL_FIELDS = frozenset({"article5_obligations_remaining", "survivors_responsibility"})
CHOICE_FIELDS = {
    "region": Region.values,
    "membership": Membership.values,
    "article4_stockpile_status": StockpileStatus.values,
}
REQUIRED_FIELDS = frozenset(
    {
        "iso3",
        "name",
        "region",
        "date_ratified_or_acceded",
        "entry_into_force",
        "membership",
        "article5_obligations_remaining",
        "article4_stockpile_status",
        "survivors_responsibility",
    }
)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@cache
def iso3_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3: a State code outside it is a typing error."""
    lines = ISO_CODES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def value_text(field: str, value: Any) -> str:
    """A StateParty value written as the file writes it ("yes", "2030-03-01", "")."""
    if value is None:
        return ""
    if field in BOOL_FIELDS:
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def text_value(field: str, text: str) -> Any:
    """The StateParty value of a checked cell of the file."""
    if field in DATE_FIELDS:
        return date.fromisoformat(text) if text else None
    if field in BOOL_FIELDS:
        return text == "yes"
    return text


@dataclass(frozen=True)
class FileProblem:
    line: int
    reason: str

    def __str__(self):
        return _("line %(line)s: %(reason)s") % {
            "line": self.line,
            "reason": self.reason,
        }


class ReferenceFileError(ValueError):
    """The file is refused as a whole; `problems` says where and why."""

    def __init__(self, problems: list[FileProblem]):
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


@dataclass(frozen=True)
class ReferenceRow:
    """One State as the file gives it: its cells as written, and its line."""

    line: int
    cells: dict[str, str]

    @property
    def iso3(self) -> str:
        return self.cells[KEY]

    def value(self, field: str) -> Any:
        return text_value(field, self.cells[field])

    def values(self) -> dict[str, Any]:
        return {field: self.value(field) for field in COLUMNS}

    def file_values(self) -> dict[str, str]:
        """What a State remembers of the file (StateParty.file_values)."""
        return {field: self.cells[field] for field in FIELDS}


@dataclass(frozen=True)
class ReferenceFile:
    name: str
    # The preview and the apply must be about the same file.
    digest: str
    rows: tuple[ReferenceRow, ...]

    def by_iso3(self) -> dict[str, ReferenceRow]:
        return {row.iso3: row for row in self.rows}


def reference_file_read(*, path: Path | str | None = None) -> ReferenceFile:
    """Read and check a reference file (by default the shipped one);
    ReferenceFileError if any line is wrong."""
    path = Path(path) if path else DATA_FILE
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ReferenceFileError(
            [FileProblem(0, _("the file cannot be read (%(error)s)") % {"error": exc})]
        ) from exc
    return reference_file_parse(content=content, name=path.name)


def reference_file_parse(*, content: bytes, name: str) -> ReferenceFile:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = content[: exc.start].count(b"\n") + 1
        raise ReferenceFileError(
            [FileProblem(line, _("the file is not UTF-8 text"))]
        ) from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    problems: list[FileProblem] = []
    try:
        header = next(reader, None)
        if not header:
            raise ReferenceFileError([FileProblem(1, _("the file is empty"))])
        header = [column.strip() for column in header]
        problems += _header_problems(header)
        if problems:
            raise ReferenceFileError(problems)
        rows = []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            line = reader.line_num
            if len(cells) != len(header):
                problems.append(
                    FileProblem(
                        line,
                        _("%(found)s values where the header has %(expected)s")
                        % {"found": len(cells), "expected": len(header)},
                    )
                )
                continue
            row = ReferenceRow(
                line,
                {col: cell.strip() for col, cell in zip(header, cells, strict=True)},
            )
            problems += _row_problems(row)
            rows.append(row)
    except csv.Error as exc:
        problems.append(FileProblem(reader.line_num, str(exc)))
    problems += _duplicate_problems(rows)
    if problems:
        raise ReferenceFileError(sorted(problems, key=lambda p: p.line))
    if not rows:
        raise ReferenceFileError([FileProblem(2, _("the file has no States"))])
    return ReferenceFile(
        name=name,
        digest=hashlib.sha256(content).hexdigest(),
        rows=tuple(rows),
    )


def _header_problems(header: list[str]) -> list[FileProblem]:
    problems = []
    seen = set()
    for column in header:
        if column not in COLUMNS:
            problems.append(FileProblem(1, _("unknown column “%(c)s”") % {"c": column}))
        elif column in seen:
            problems.append(
                FileProblem(1, _("the column “%(c)s” is repeated") % {"c": column})
            )
        seen.add(column)
    for column in COLUMNS:
        if column not in seen:
            problems.append(
                FileProblem(1, _("the column “%(c)s” is missing") % {"c": column})
            )
    return problems


def _row_problems(row: ReferenceRow) -> list[FileProblem]:
    cells = row.cells
    problems = []

    def problem(reason: str) -> None:
        problems.append(FileProblem(row.line, reason))

    for field in REQUIRED_FIELDS:
        if not cells[field]:
            problem(_("%(column)s is empty") % {"column": field})
    code = cells[KEY]
    if code and code not in iso3_codes():
        problem(_("unknown State code “%(code)s”") % {"code": code})
    for field in DATE_FIELDS:
        raw = cells[field]
        if raw and not _is_date(raw):
            problem(
                _("%(column)s: “%(value)s” is not a date (YYYY-MM-DD)")
                % {"column": field, "value": raw}
            )
    for field in BOOL_FIELDS:
        if cells[field] and cells[field] not in ("yes", "no"):
            problem(
                _("%(column)s: “%(value)s” must be yes or no")
                % {"column": field, "value": cells[field]}
            )
    for field, allowed in CHOICE_FIELDS.items():
        if cells[field] and cells[field] not in allowed:
            problem(
                _("%(column)s: “%(value)s” is not one of %(allowed)s")
                % {
                    "column": field,
                    "value": cells[field],
                    "allowed": ", ".join(allowed),
                }
            )
    if cells["article5_deadline"] and cells["article5_obligations_remaining"] == "no":
        problem(_("an Article 5 deadline is given without Article 5 obligations"))
    withdrawn = cells["membership"] == Membership.WITHDRAWN
    if withdrawn and not cells["withdrawal_effective"]:
        problem(_("a withdrawn State needs the date its withdrawal took effect"))
    if cells["membership"] == Membership.PARTY and cells["withdrawal_effective"]:
        problem(_("a State Party has no withdrawal date"))
    return problems


def _is_date(raw: str) -> bool:
    if not ISO_DATE.match(raw):
        return False
    try:
        date.fromisoformat(raw)
    except ValueError:
        return False
    return True


def _duplicate_problems(rows: list[ReferenceRow]) -> list[FileProblem]:
    problems = []
    for column in (KEY, "name"):
        first_line: dict[str, int] = {}
        for row in rows:
            value = row.cells[column]
            if not value:
                continue
            if value in first_line:
                problems.append(
                    FileProblem(
                        row.line,
                        _("%(column)s “%(value)s” duplicates line %(first)s")
                        % {
                            "column": column,
                            "value": value,
                            "first": first_line[value],
                        },
                    )
                )
            else:
                first_line[value] = row.line
    return problems
