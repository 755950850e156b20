"""Run by bench/http_load.py with the server's settings: prints, as JSON, a
signed-in session cookie for each role's account and the meeting and
partnership the benchmarked pages show.

Sessions are made here, as a sign-in would make them, so the ISU and committee
accounts need no TOTP code: the bench measures pages, not the sign-in.
"""

import json
import sys

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.test import Client  # noqa: E402

from ia_meetings.models import Meeting  # noqa: E402
from partnerships.models import Partnership  # noqa: E402
from portal.models import User  # noqa: E402

accounts = json.loads(sys.argv[1])
name = settings.SESSION_COOKIE_NAME
cookies = {}
for role, email in accounts.items():
    client = Client()
    client.force_login(User.objects.get(email=email))
    cookies[role] = f"{name}={client.cookies[name].value}"
meeting = (
    Meeting.objects.filter(state__iso3="SDN", status="held", visibility="public")
    .order_by("-starts_at")
    .first()
)
partnership = Partnership.objects.filter(state__iso3="SDN").order_by("pk").first()
samples = {"meeting": meeting.pk, "partnership": partnership.pk}
print(json.dumps({"cookies": cookies, "samples": samples}))
