"""Settings for the benchmark scripts: production-like (DEBUG off), local database.

The trivial view the pages are compared with is served by the same process,
through the same middleware, in the same run.
"""

from portal.settings.local import *  # noqa: F403

DEBUG = False
PORTAL_DEMO = False
ROOT_URLCONF = "bench.urls"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
LOGGING = {"version": 1, "disable_existing_loggers": True}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
