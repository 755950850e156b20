"""Hand the report versions that are waiting for the broker to the workers.

Versions asked for while the broker was down stay queued (nothing is lost);
run this once it is back (or from cron) instead of waiting for someone to ask
again on the report page.
"""

from django.core.management.base import BaseCommand

from meeting_reports.services import report_requeue_waiting


class Command(BaseCommand):
    help = "Enqueue the report versions that could not reach the broker."

    def handle(self, *args, **options):
        handed, waiting = report_requeue_waiting()
        self.stdout.write(
            f"Report versions handed to the workers: {handed} of {waiting}."
        )
