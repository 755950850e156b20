"""The suite runs on the stack the environment names (CI's second run: PostgreSQL
through psycopg 3, Redis as cache and Celery broker)."""

import os

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.db import connection


@pytest.mark.django_db
def test_database_is_the_one_database_url_names():
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres", "pgsql")) else "sqlite"
    assert connection.vendor == expected
    if expected == "postgresql":
        import psycopg

        assert connection.connection.__class__.__module__.startswith("psycopg")
        assert psycopg.__version__.split(".")[0] == "3"


def test_cache_and_broker_follow_redis_url():
    if os.environ.get("REDIS_URL"):
        assert settings.CELERY_BROKER_URL.startswith("redis://")
        cache.set("stack-check", "redis", 10)
        assert cache.get("stack-check") == "redis"
        # Redis first, the database while Redis is down (portal.cache).
        assert "Redis" in type(caches["redis"]).__name__
        assert type(caches["default"]).__name__ == "FailoverCache"
    else:
        assert settings.CELERY_BROKER_URL == "memory://"
