from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.demo import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Print the current TOTP code of the demo ISU and committee accounts."

    def handle(self, *args, **options):
        if not settings.PORTAL_DEMO:
            raise CommandError("Only for the demo (PORTAL_DEMO is off).")
        import time

        counter = int(time.time()) // 30
        self.stdout.write(format_hotp_value(hotp_value(DEMO_TOTP_SECRET, counter)))
