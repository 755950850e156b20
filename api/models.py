"""Personal API tokens: a signed-in person reads through the API what their
role may read in the portal's pages.

Only a digest of each key is stored (SHA-256: the keys are 256 random bits, so
a slow hash would add nothing); the key is shown once, when it is made.
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

KEY_PREFIX = "iap_"


def token_digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def token_key_new() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


class PersonalToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("person"),
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_("What the token is for.")
    )
    # The first characters of the key, to tell tokens apart in a list.
    hint = models.CharField(_("starts with"), max_length=12, editable=False)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("personal API token")
        verbose_name_plural = _("personal API tokens")

    def __str__(self):
        return f"{self.user} · {self.name} ({self.hint}…)"
