"""Bringing the database in step with the reference file, without losing the ISU's work.

Each State remembers the file's cells as they were when last applied
(`StateParty.file_values`). A value that still equals them was never touched in
the portal, so a new file may replace it; a value that differs was corrected by
hand (on the status page, in the admin, anywhere), so the ISU's value stays and
both are shown until the ISU chooses the file's. Comparing with the last file
needs no help from the edit paths, and it reads the same on a database that
was loaded before this existed (the data migration fills `file_values` from the
file it loaded then).

`reference_sync_plan` is the dry run; `reference_sync_apply` applies it in one
transaction and audits every change with the file's source note.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.effects import on_commit
from portal.services import audit_record

from ..models import Membership, StateParty
from ..services import country_page_cache_drop
from .file import FIELDS, ReferenceFile, ReferenceRow, value_text

# The choices of the ISU: (ISO3, field) -> the database value the ISU saw when
# choosing the file's (None: whatever it is now, as the command does).
Choices = Mapping[tuple[str, str], str | None]


def field_label(name: str) -> str:
    return str(StateParty._meta.get_field(name).verbose_name)


@dataclass(frozen=True)
class FieldDiff:
    """One field where the file and the database differ."""

    field: str
    database: str
    file: str
    # The ISU changed it since the file was last applied: kept unless chosen.
    corrected: bool
    # The file's value when last applied ("" if none was ever applied).
    previous_file: str = ""

    @property
    def label(self) -> str:
        return field_label(self.field)


@dataclass
class StateDiff:
    iso3: str
    name: str
    row: ReferenceRow
    state: StateParty | None
    fields: list[FieldDiff] = field(default_factory=list)
    # Why the file's values cannot be applied to this State as they are.
    problem: str = ""

    @property
    def is_new(self) -> bool:
        return self.state is None

    @property
    def updates(self) -> list[FieldDiff]:
        return [diff for diff in self.fields if not diff.corrected]

    @property
    def corrections(self) -> list[FieldDiff]:
        return [diff for diff in self.fields if diff.corrected]

    @property
    def source_note(self) -> str:
        return self.row.cells["source_note"]


@dataclass
class SyncPlan:
    reference: ReferenceFile
    states: list[StateDiff]
    # States in the database that the file does not list: left as they are.
    not_in_file: list[StateParty]
    # States whose values all agree with the file.
    unchanged: int

    @property
    def new_states(self) -> list[StateDiff]:
        return [s for s in self.states if s.is_new]

    @property
    def update_count(self) -> int:
        return sum(len(s.updates) for s in self.states if not s.is_new)

    @property
    def correction_count(self) -> int:
        return sum(len(s.corrections) for s in self.states)

    def conflicts(self) -> dict[tuple[str, str], str]:
        """Every field the ISU corrected, with its database value: what the
        ISU may choose to replace with the file's."""
        return {
            (s.iso3, diff.field): diff.database
            for s in self.states
            for diff in s.corrections
        }


def reference_sync_plan(*, reference: ReferenceFile, states=None) -> SyncPlan:
    """State by State and field by field, how the file differs from the database."""
    if states is None:
        states = StateParty.objects.all()
    existing = {state.iso3: state for state in states}
    diffs, unchanged = [], 0
    for row in reference.rows:
        state = existing.pop(row.iso3, None)
        if state is None:
            diffs.append(
                StateDiff(
                    iso3=row.iso3,
                    name=row.cells["name"],
                    row=row,
                    state=None,
                    fields=[
                        FieldDiff(name, "", row.cells[name], corrected=False)
                        for name in FIELDS
                        if row.cells[name]
                    ],
                )
            )
            continue
        diff = StateDiff(iso3=row.iso3, name=state.name, row=row, state=state)
        last = state.file_values or {}
        for name in FIELDS:
            database = value_text(name, getattr(state, name))
            if database == row.cells[name]:
                continue
            previous = last.get(name)
            diff.fields.append(
                FieldDiff(
                    name,
                    database,
                    row.cells[name],
                    # Never applied from a file (added by hand): assume typed.
                    corrected=previous is None or database != previous,
                    previous_file=previous or "",
                )
            )
        if diff.fields:
            diff.problem = _result_problem(diff, take={})
            diffs.append(diff)
        else:
            unchanged += 1
    return SyncPlan(
        reference=reference,
        states=diffs,
        not_in_file=sorted(existing.values(), key=lambda s: s.name),
        unchanged=unchanged,
    )


def _result(diff: StateDiff, take: set[str]) -> dict[str, str]:
    """The State's cells once the file's updates and the chosen values apply."""
    cells = {
        name: value_text(name, getattr(diff.state, name)) if diff.state else ""
        for name in FIELDS
    }
    for change in diff.fields:
        if not change.corrected or change.field in take:
            cells[change.field] = change.file
    return cells


def _result_problem(diff: StateDiff, take: set[str]) -> str:
    """The rules the database enforces, checked before writing a State."""
    cells = _result(diff, take)
    if cells["article5_deadline"] and cells["article5_obligations_remaining"] != "yes":
        return _(
            "The file's Article 5 values and the ISU's cannot stand together "
            "(a deadline without obligations): choose the file's values for both "
            "or correct the State by hand."
        )
    withdrawn = cells["membership"] == Membership.WITHDRAWN
    if withdrawn != bool(cells["withdrawal_effective"]):
        return _(
            "The file's membership values and the ISU's cannot stand together "
            "(a withdrawal date only for a withdrawn State): choose the file's "
            "values for both or correct the State by hand."
        )
    return ""


@dataclass
class SyncResult:
    plan: SyncPlan
    # (State, the fields written) for every State created or changed.
    applied: list[tuple[StateDiff, list[FieldDiff]]] = field(default_factory=list)
    # The ISU's values left in place.
    kept: list[tuple[StateDiff, FieldDiff]] = field(default_factory=list)
    # Choices not applied: the value changed since the preview, or nothing to choose.
    stale_choices: list[tuple[str, str]] = field(default_factory=list)
    # States left as they were, with the reason.
    blocked: list[StateDiff] = field(default_factory=list)

    @property
    def field_count(self) -> int:
        return sum(len(fields) for _, fields in self.applied)


@transaction.atomic
def reference_sync_apply(
    *, reference: ReferenceFile, actor=None, take_file: Choices | None = None
) -> SyncResult:
    """Apply the file: every value the ISU did not correct, and the corrected
    ones the ISU chose to replace (if still as the ISU saw them).

    Each State changed gets an audit entry with the file's source note; its
    cached country page is dropped once the change is committed.
    """
    take_file = dict(take_file or {})
    states = StateParty.objects.select_for_update().order_by("pk")
    plan = reference_sync_plan(reference=reference, states=states)
    result = SyncResult(plan=plan)
    now = timezone.now()
    planned = set()
    for diff in plan.states:
        take = set()
        for change in diff.corrections:
            key = (diff.iso3, change.field)
            planned.add(key)
            if key not in take_file:
                continue
            seen = take_file[key]
            if seen is None or seen == change.database:
                take.add(change.field)
            else:
                result.stale_choices.append(key)
        problem = _result_problem(diff, take)
        if problem:
            diff.problem = problem
            result.blocked.append(diff)
            continue
        written = [c for c in diff.fields if not c.corrected or c.field in take]
        result.kept += [(diff, c) for c in diff.corrections if c.field not in take]
        if diff.is_new:
            state = StateParty.objects.create(
                **diff.row.values(), file_values=diff.row.file_values()
            )
            _audit_applied(
                diff,
                state=state,
                written=written,
                actor=actor,
                new=True,
                file=reference,
            )
        else:
            state = diff.state
            values = {c.field: diff.row.value(c.field) for c in written}
            if written:
                values.update(status_updated_at=now, status_updated_by=actor)
            StateParty.objects.filter(pk=state.pk).update(
                **values, file_values=diff.row.file_values()
            )
            if written:
                _audit_applied(
                    diff, state=state, written=written, actor=actor, file=reference
                )
        if written:
            result.applied.append((diff, written))
            on_commit(country_page_cache_drop, state=state)
    result.stale_choices += sorted(set(take_file) - planned)
    # Values that agree with the file: remember this file as the last applied,
    # so a later correction is told from a later file.
    in_plan = {diff.iso3 for diff in plan.states}
    for row in reference.rows:
        if row.iso3 not in in_plan:
            StateParty.objects.filter(iso3=row.iso3).exclude(
                file_values=row.file_values()
            ).update(file_values=row.file_values())
    if result.applied:
        audit_record(
            actor=actor,
            action="reference.sync",
            summary=(
                f"Reference file {reference.name} applied: {result.field_count} "
                f"values in {len(result.applied)} States; {len(result.kept)} "
                "ISU corrections kept"
            ),
            data={"file": reference.name, "digest": reference.digest},
        )
    return result


def _audit_applied(diff, *, state, written, actor, file, new=False) -> None:
    changes = {
        c.field: {"from": c.database, "to": c.file, "over_isu_correction": c.corrected}
        for c in written
    }
    shown = "; ".join(
        f"{c.label}: {c.database or '—'} → {c.file or '—'}"
        for c in written
        if c.field != "source_note"
    )
    if any(c.field == "source_note" for c in written):
        shown = f"{shown}; source note" if shown else "source note"
    verb = "added from" if new else "updated from"
    audit_record(
        actor=actor,
        action="state.reference_add" if new else "state.reference_sync",
        summary=f"{state.name} {verb} the reference file: {shown}",
        target=state,
        data={
            "changes": changes,
            "source_note": diff.source_note,
            "file": file.name,
            "line": diff.row.line,
        },
    )


def states_parties_load(*, reference: ReferenceFile) -> int:
    """Add the States the database does not have yet (a fresh install); the
    others are left to the sync. Returns how many were added."""
    existing = set(StateParty.objects.values_list("iso3", flat=True))
    new = [
        StateParty(**row.values(), file_values=row.file_values())
        for row in reference.rows
        if row.iso3 not in existing
    ]
    StateParty.objects.bulk_create(new)
    return len(new)
