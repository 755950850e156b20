"""gunicorn's settings for the portal's web processes (gunicorn reads this file
from the working directory; docker-compose.yml and bench/http_load.py use it).

Sync workers, two per core by default: the portal's pages are rendered in
Python, and a second worker keeps a core busy while the other waits on the
database. Scale out by adding replicas behind the proxy, not threads.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
# Access lines go through the JSON formatter like the application's logs (an
# empty GUNICORN_ACCESS_LOG turns them off, as the benchmark does).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = '%(m)s %(U)s%(q)s %(s)s %(B)s bytes %(M)s ms "%(a)s"'
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {
                "asctime": "time",
                "levelname": "level",
                "name": "logger",
            },
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stdout",
        }
    },
    "loggers": {
        "gunicorn.error": {
            "handlers": ["console"],
            "level": "INFO",
            "propagate": False,
        },
        "gunicorn.access": {
            "handlers": ["console"],
            "level": "INFO" if accesslog else "CRITICAL",
            "propagate": False,
        },
    },
}
