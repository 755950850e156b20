from django.core.management.base import BaseCommand, CommandError

from portal.models import User

from ...services import personal_token_create


class Command(BaseCommand):
    help = "Make a personal API token for a person and print its key (shown once)."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("name", help="What the token is for.")

    def handle(self, *args, email, name, **options):
        user = User.objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise CommandError(f"No active account has the e-mail {email}.")
        _token, key = personal_token_create(user=user, name=name)
        self.stdout.write(key)
