"""The sync's report as lines of text, for manage.py and its logs."""

from collections.abc import Iterator

from .sync import FieldDiff, SyncPlan, SyncResult


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _value(text: str) -> str:
    return f"“{text}”" if text else "(empty)"


def _field_lines(diff: FieldDiff, *, iso3: str, take: bool) -> Iterator[str]:
    if not diff.corrected:
        yield f"    {diff.label}: {_value(diff.database)} → {_value(diff.file)}"
        return
    yield f"    {diff.label}: corrected by the ISU"
    yield f"        ISU's value:  {_value(diff.database)}"
    yield f"        file's value: {_value(diff.file)}"
    if diff.previous_file and diff.previous_file != diff.file:
        yield f"        (the file said {_value(diff.previous_file)} when last applied)"
    if take:
        yield "        → the file's value will replace the ISU's (chosen)"
    else:
        yield (
            "        → the ISU's value is kept "
            f"(--take-file {iso3}:{diff.field} takes the file's)"
        )


def plan_report_lines(plan: SyncPlan, *, take: dict | None = None) -> Iterator[str]:
    take = take or {}
    reference = plan.reference
    yield (
        f"Reference file {reference.name} (sha256 {reference.digest[:12]}): "
        f"{len(reference.rows)} States."
    )
    if not plan.states:
        yield f"The database agrees with the file: {plan.unchanged} States, no change."
    else:
        yield (
            f"{_n(len(plan.states), 'State')} differ: "
            f"{_n(plan.update_count, 'value')} to apply, "
            f"{_n(len(plan.new_states), 'State')} to add, "
            f"{_n(plan.correction_count, 'value')} corrected by the ISU (kept "
            f"unless chosen); {_n(plan.unchanged, 'State')} agree."
        )
    for state in plan.states:
        yield ""
        label = "new State" if state.is_new else ""
        yield f"{state.name} ({state.iso3}){' — ' + label if label else ''}"
        if state.is_new:
            yield "    added with every value of the file"
            continue
        for diff in state.fields:
            yield from _field_lines(
                diff, iso3=state.iso3, take=(state.iso3, diff.field) in take
            )
        if state.problem:
            yield f"    ! not applied: {state.problem}"
    if plan.not_in_file:
        yield ""
        yield "In the database but not in the file (left as they are): " + ", ".join(
            f"{s.name} ({s.iso3})" for s in plan.not_in_file
        )


def result_report_lines(result: SyncResult) -> Iterator[str]:
    if not (result.plan.states or result.stale_choices):
        yield (
            f"The database agrees with {result.plan.reference.name}: "
            f"{_n(result.plan.unchanged, 'State')}, nothing to apply."
        )
        return
    yield (
        f"Applied {result.plan.reference.name}: {_n(result.field_count, 'value')} "
        f"in {_n(len(result.applied), 'State')} (audited); "
        f"{_n(len(result.kept), 'ISU correction')} kept."
    )
    for state, fields in result.applied:
        names = ", ".join(diff.label for diff in fields)
        yield f"  {state.name} ({state.iso3}): {names}"
    for state, diff in result.kept:
        yield (
            f"  kept the ISU's {diff.label} of {state.name}: "
            f"{_value(diff.database)} (file: {_value(diff.file)})"
        )
    for state in result.blocked:
        yield f"  ! {state.name} ({state.iso3}) not changed: {state.problem}"
    for iso3, field in result.stale_choices:
        yield (
            f"  ! {iso3} {field}: not taken from the file, the value changed "
            "since the preview or was not corrected"
        )
