"""The content version: cache keys that change the moment the content does.

Everything the portal publishes (country pages, needs, meetings, partnerships,
reports, and whatever app is added beside them) lives in the tables of the
project's apps other than `portal` itself. Every INSERT, UPDATE or DELETE on one
of those tables bumps one number in the cache, once at once and once more when
the transaction commits. A value cached under a key that includes the number
(`content_key`) is therefore never served after a change, whichever way the
change was written: a service, a queryset `update()`, a `bulk_create`, the
admin, a data migration. No app has to remember to drop anything, and a
rolled-back change leaves nothing stale either (the first bump only makes the
cache miss once).

Why not per-app numbers: writes are rare next to reads (a publish, a meeting
scheduled), and a page drawn from several apps (the country page, a meeting
with its report) would have to name each; one number cannot be named wrong.

`portal`'s own tables (accounts, roles, the audit trail, the outbox) are not
content: a sign-in writes `last_login` and must not empty every cache.
"""

import inspect
import re
import time
from functools import wraps
from hashlib import sha256
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language

VERSION_KEY = "portal:content-version"
_WRITE = re.compile(r'\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([\w.]+)"?', re.I)
_content_tables: frozenset[str] | None = None


def content_tables() -> frozenset[str]:
    """The tables of the project's own apps, `portal` excepted."""
    global _content_tables
    if _content_tables is None:
        root = Path(settings.BASE_DIR).resolve()
        _content_tables = frozenset(
            model._meta.db_table
            for config in apps.get_app_configs()
            if Path(config.path).resolve().parent == root and config.label != "portal"
            for model in config.get_models(include_auto_created=True)
        )
    return _content_tables


def content_version() -> int:
    """The current content version (one cache read)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        # Start from the clock, not from 1: if the number is ever evicted, the
        # new one is still above every number used before it.
        cache.add(VERSION_KEY, time.time_ns() // 1_000_000, None)
        version = cache.get(VERSION_KEY)
    return version


def content_changed() -> None:
    """Bump the content version: every key made by `content_key` changes."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no number yet (or evicted)
        content_version()
        cache.incr(VERSION_KEY)


def content_key(name: str, *parts, language: bool = True) -> str:
    """A cache key for something built from the content: `name`, the content
    version, the active language (unless `language=False`) and `parts`
    (hashed when long)."""
    tail = ":".join(str(part) for part in parts)
    if len(tail) > 120:
        tail = sha256(tail.encode()).hexdigest()
    lang = get_language() if language else "-"
    return f"content:{name}:{content_version()}:{lang}:{tail}"


def content_cached(name: str, *parts, compute, language: bool = True, timeout=None):
    """`compute()` once per content version (and language and `parts`)."""
    key = content_key(name, *parts, language=language)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout or settings.PORTAL_PAGE_CACHE_SECONDS)
    return value


def content_memoize(name: str, *, language: bool = True):
    """Decorate a function of keyword arguments whose result depends only on
    the content (and the language unless `language=False`): computed once per
    content version and arguments. Model instances are keyed by primary key."""

    def decorator(func):
        signature = inspect.signature(func)

        @wraps(func)
        def wrapper(**kwargs):
            # Defaults filled in: f() and f(state=None) share one entry.
            bound = signature.bind(**kwargs)
            bound.apply_defaults()
            parts = [
                f"{arg}={getattr(value, 'pk', value)}"
                for arg, value in sorted(bound.arguments.items())
            ]
            return content_cached(
                name, *parts, compute=lambda: func(**kwargs), language=language
            )

        return wrapper

    return decorator


class _BumpOnCommit:
    """The commit-time bump: one waits per transaction, however many writes."""

    def __call__(self):
        content_changed()


def _watch_writes(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    if sql[:6].upper() in ("INSERT", "UPDATE", "DELETE"):
        match = _WRITE.match(sql)
        if match and match.group(1) in content_tables():
            content_changed()
            connection = context["connection"]
            if connection.in_atomic_block and not any(
                isinstance(func, _BumpOnCommit)
                for _sids, func, _robust in connection.run_on_commit
            ):
                transaction.on_commit(_BumpOnCommit(), using=connection.alias)
    return result


def watch_connection(sender, connection, **kwargs) -> None:
    """`connection_created` receiver: watch this connection's writes."""
    if _watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(_watch_writes)
