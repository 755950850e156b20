"""manage.py sync_states_parties: the reference file against the database.

A dry run by default: State by State and field by field, what the file would
change, and where the ISU corrected a value (both shown, the ISU's kept).
--apply writes the changes; --take-file ISO3:field (or ISO3 for all of a State's
corrections) replaces an ISU correction by the file's value.
"""

from django.core.management.base import BaseCommand, CommandError

from country_pages.reference.file import (
    DATA_FILE,
    ReferenceFileError,
    reference_file_read,
)
from country_pages.reference.report import plan_report_lines, result_report_lines
from country_pages.reference.sync import reference_sync_apply, reference_sync_plan


class Command(BaseCommand):
    help = (
        "Compare country_pages/data/states_parties.csv with the database (a dry "
        "run unless --apply); values the ISU corrected are kept unless --take-file."
    )

    def add_arguments(self, parser):
        parser.add_argument("--file", default=str(DATA_FILE))
        parser.add_argument(
            "--apply", action="store_true", help="write the changes (audited)"
        )
        parser.add_argument(
            "--take-file",
            action="append",
            default=[],
            metavar="ISO3[:FIELD]",
            help="take the file's value over the ISU's correction (repeatable)",
        )

    def handle(self, *args, file, apply, take_file, **options):
        try:
            reference = reference_file_read(path=file)
        except ReferenceFileError as exc:
            raise CommandError(
                f"{file} is refused; nothing was changed:\n{exc}"
            ) from exc
        plan = reference_sync_plan(reference=reference)
        take = _choices(plan, take_file)
        if not apply:
            for line in plan_report_lines(plan, take=take):
                self.stdout.write(line)
            if plan.states:
                self.stdout.write("Dry run: nothing was changed (--apply writes).")
            return
        result = reference_sync_apply(reference=reference, take_file=take)
        for line in result_report_lines(result):
            self.stdout.write(line)


def _choices(plan, requested: list[str]) -> dict[tuple[str, str], None]:
    """--take-file values as sync choices; an unknown one is an error."""
    conflicts = plan.conflicts()
    take = {}
    for item in requested:
        iso3, _, field = item.upper().partition(":")
        field = field.lower()
        keys = [k for k in conflicts if k[0] == iso3 and (not field or k[1] == field)]
        if not keys:
            raise CommandError(
                f"--take-file {item}: the ISU corrected no such value, so there "
                "is nothing to take from the file."
            )
        take.update(dict.fromkeys(keys))
    return take
