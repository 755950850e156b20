"""Settings for the test suite: fast hashing, in-memory e-mail, isolated media."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="ia-portal-test-media-"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}
PORTAL_DEMO = False
# Rate limits are exercised by their own test with a fresh cache; elsewhere they
# would make repeated sign-ins flaky.
ACCOUNT_RATE_LIMITS = {"login_failed": "1000/m/ip"}

# runserver (DEBUG) and the test client find static files without collectstatic.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405

# Tasks run in the test process so each test sees their effects; the tests that
# need a real worker (through REDIS_URL) turn eager mode off and start one.
CELERY_TASK_ALWAYS_EAGER = True
