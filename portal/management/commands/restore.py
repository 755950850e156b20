from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into the configured "
        "database (new and empty: createdb, no migrate) and file storage (empty), "
        "then check every table's row count and every file's SHA-256."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)

    def handle(self, *args, directory, **options):
        try:
            manifest = restore(directory)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored and checked {len(manifest['tables'])} tables and "
                f"{len(manifest['files']):,} files from {directory}."
            )
        )
