from django.core.management.base import BaseCommand, CommandError

from country_pages.models import StateParty
from country_pages.reference.file import (
    DATA_FILE,
    ReferenceFileError,
    reference_file_read,
)
from country_pages.reference.sync import (
    reference_sync_apply,
    reference_sync_plan,
    states_parties_load,
)


class Command(BaseCommand):
    help = (
        "Load the States Parties from country_pages/data/states_parties.csv. "
        "Adds missing States; --overwrite also resets rows the ISU has corrected "
        "(audited). To take an update while keeping corrections, use "
        "sync_states_parties."
    )

    def add_arguments(self, parser):
        parser.add_argument("--overwrite", action="store_true")
        parser.add_argument("--file", default=str(DATA_FILE))

    def handle(self, *args, overwrite=False, file=None, **options):
        try:
            reference = reference_file_read(path=file)
        except ReferenceFileError as exc:
            raise CommandError(
                f"{file} is refused; nothing was changed:\n{exc}"
            ) from exc
        if overwrite:
            plan = reference_sync_plan(reference=reference)
            result = reference_sync_apply(
                reference=reference, take_file=plan.conflicts()
            )
            created = len(plan.new_states)
            updated = len(result.applied) - created
        else:
            created, updated = states_parties_load(reference=reference), 0
        self.stdout.write(
            f"States Parties: {created} added, {updated} updated, "
            f"{StateParty.objects.count()} in all."
        )
