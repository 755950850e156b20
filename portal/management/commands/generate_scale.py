import datetime as dt
import importlib
import time

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from portal.models import User
from portal.scale import SCALE_PASSWORD, ScaleContext


class Command(BaseCommand):
    help = (
        "Fill a freshly migrated database with every entity at the Convention's "
        "size times --factor (each app's scale.py, in INSTALLED_APPS order). "
        "The same --seed, --factor and --today make the same rows."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--factor",
            type=float,
            required=True,
            help="10 for ten times the Convention's size (2,000 needs, 1,000 "
            "meetings of 30 participants, 5,000 partnerships).",
        )
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--today",
            type=dt.date.fromisoformat,
            default=None,
            help="The day dates are drawn around (YYYY-MM-DD); default today.",
        )

    def handle(self, *args, factor, seed, today, **options):
        if factor <= 0:
            raise CommandError("--factor must be above zero.")
        if User.objects.exists():
            raise CommandError(
                "The database already has accounts: run generate_scale on a "
                "freshly migrated database (a new one, or `manage.py flush`)."
            )
        ctx = ScaleContext(
            factor=factor,
            seed=seed,
            today=today or dt.date.today(),
            stdout=self.stdout,
        )
        started = time.perf_counter()
        with transaction.atomic():
            for config in apps.get_app_configs():
                try:
                    module = importlib.import_module(f"{config.name}.scale")
                except ModuleNotFoundError as exc:
                    if exc.name != f"{config.name}.scale":
                        raise
                    continue
                before = time.perf_counter()
                module.generate(ctx)
                self.stdout.write(
                    f"{config.label}: {time.perf_counter() - before:.1f} s"
                )
        for label, count in ctx.counts.items():
            self.stdout.write(f"  {label:<28} {count:>9,}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Factor {factor:g}, seed {seed}: done in "
                f"{time.perf_counter() - started:.1f} s. Every account's password: "
                f"{SCALE_PASSWORD}."
            )
        )
