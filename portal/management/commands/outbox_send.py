from django.core.management.base import BaseCommand

from portal.emails import outbox_sweep


class Command(BaseCommand):
    help = (
        "Send the e-mails waiting in the outbox (those that waited for the "
        "broker or the mail server). Celery beat runs the same sweep every minute."
    )

    def handle(self, *args, **options):
        sent = outbox_sweep()
        self.stdout.write(f"{sent} e-mail(s) sent.")
