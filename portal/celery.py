"""The Celery app: tasks are discovered in each app's tasks.py.

With REDIS_URL unset, settings make tasks eager so the demo needs no worker.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.local")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
