from django.core.management.base import BaseCommand
from django.db import transaction

from portal.demo import DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS


class Command(BaseCommand):
    help = (
        "Load the demo data of every app (each app's demo.py, in INSTALLED_APPS "
        "order). Running it again adds nothing twice and changes nothing edited."
    )

    def handle(self, *args, **options):
        import importlib

        from django.apps import apps

        with transaction.atomic():
            for config in apps.get_app_configs():
                try:
                    module = importlib.import_module(f"{config.name}.demo")
                except ModuleNotFoundError:
                    continue
                module.load(self.stdout)
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(f"Demo accounts (password: {DEMO_PASSWORD})")
        )
        for spec in DEMO_USERS:
            label = spec["role"].label
            if spec.get("is_committee_chair"):
                label = "Committee chair"
            elif spec.get("donor_status") == "pending":
                label = "Donor (pending ISU approval)"
            self.stdout.write(f"  {label:<34} {spec['email']}")
        self.stdout.write(
            "ISU staff and committee accounts need a TOTP code: add the secret "
            f"{DEMO_TOTP_SECRET} to an authenticator app, or run "
            "`python manage.py totp_code`."
        )
