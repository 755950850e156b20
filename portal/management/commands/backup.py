from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database and every stored file its rows point at, from one "
        "consistent snapshot, into DIR (new or empty): database.dump, files/, "
        "manifest.json. The portal keeps running meanwhile. PostgreSQL only."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)

    def handle(self, *args, directory, **options):
        try:
            manifest = backup(directory)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["tables"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {len(manifest['tables'])} tables ({rows:,} rows) and "
                f"{len(manifest['files']):,} files into {directory}."
            )
        )
        if manifest["missing_files"]:
            self.stderr.write(
                "Rows point at files the storage does not have: "
                + ", ".join(manifest["missing_files"])
            )
