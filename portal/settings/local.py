"""Local development and the demo: SQLite, Celery eager, console e-mail."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
PORTAL_DEMO = env_bool("PORTAL_DEMO", True)

# runserver (DEBUG) and the test client find static files without collectstatic.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
