from django.core.management.base import BaseCommand

from country_pages.models import StateParty
from country_pages.reference import DATA_FILE, load_states_parties


class Command(BaseCommand):
    help = (
        "Load the States Parties from country_pages/data/states_parties.csv. "
        "Adds missing States; --overwrite also resets rows the ISU has corrected."
    )

    def add_arguments(self, parser):
        parser.add_argument("--overwrite", action="store_true")
        parser.add_argument("--file", default=str(DATA_FILE))

    def handle(self, *args, overwrite=False, file=None, **options):
        created, updated = load_states_parties(
            model=StateParty, path=file, overwrite=overwrite
        )
        self.stdout.write(
            f"States Parties: {created} added, {updated} updated, "
            f"{StateParty.objects.count()} in all."
        )
