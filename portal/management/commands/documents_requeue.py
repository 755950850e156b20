"""Hand the rendered documents' versions that are waiting for the broker to
the workers (meeting reports, dossiers, Article 7 reports).

Versions asked for while the broker was down stay queued (nothing is lost);
the beat service runs the same every minute (portal.documents_sweep); run this
to do it at once.
"""

from django.core.management.base import BaseCommand

from portal.documents import documents_requeue_waiting


class Command(BaseCommand):
    help = "Enqueue the document versions that could not reach the broker."

    def handle(self, *args, **options):
        handed, waiting = documents_requeue_waiting()
        self.stdout.write(
            f"Document versions handed to the workers: {handed} of {waiting}."
        )
