"""`Authorization: Token <key>` (or `Bearer <key>`) with a personal token.

A header that is not a well-formed key is bad input (400, it can never work);
a well-formed key that matches no token, or a person who can no longer sign
in, is refused (401). Without the header, the session decides.
"""

import re

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions

from .models import KEY_PREFIX, PersonalToken, token_digest

KEY_PATTERN = re.compile(rf"^{KEY_PREFIX}[A-Za-z0-9_-]{{43}}$")
SCHEMES = {"token", "bearer"}
# Writing last_used_at on every request would turn each read into a write.
LAST_USED_PRECISION = timezone.timedelta(minutes=5)


class MalformedToken(exceptions.ParseError):
    default_detail = _(
        "The Authorization header is not a personal API token: "
        "expected 'Token iap_' followed by 43 letters, digits, '-' or '_'."
    )
    default_code = "malformed_token"


class PersonalTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Token"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode(
            "latin-1", errors="replace"
        )
        if not header:
            return None
        scheme, _sep, key = header.strip().partition(" ")
        if scheme.lower() not in SCHEMES:
            return None
        key = key.strip()
        if not KEY_PATTERN.match(key):
            raise MalformedToken()
        token = (
            PersonalToken.objects.select_related("user")
            .filter(digest=token_digest(key))
            .first()
        )
        if token is None or not token.user.is_active:
            raise exceptions.AuthenticationFailed(
                _("This API token is unknown or was revoked.")
            )
        now = timezone.now()
        if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
            PersonalToken.objects.filter(pk=token.pk).update(last_used_at=now)
        return token.user, token

    def authenticate_header(self, request):
        return self.keyword
