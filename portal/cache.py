"""A cache that stays up when Redis is down.

The default cache holds the anonymous page cache and allauth's sign-in rate
limits. With Redis alone, Redis going down made sign-in and public pages answer
500. FailoverCache uses Redis while it answers and the database cache while it
does not (trying Redis again after `RETRY_SECONDS`), so pages are served and
rate limits keep counting, shared by every process, from a store that is up.
"""

import logging
import time

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

log = logging.getLogger(__name__)

try:
    from redis.exceptions import RedisError

    DOWN_ERRORS: tuple[type[Exception], ...] = (RedisError, OSError)
except ImportError:  # pragma: no cover - redis is a dependency
    DOWN_ERRORS = (OSError,)


class FailoverCache(BaseCache):
    """OPTIONS: PRIMARY and FALLBACK name two other entries of CACHES."""

    RETRY_SECONDS = 15

    def __init__(self, location, params):
        options = dict(params.get("OPTIONS", {}))
        self._primary = options.pop("PRIMARY")
        self._fallback = options.pop("FALLBACK")
        super().__init__({**params, "OPTIONS": options})
        self._down_until = 0.0

    def _call(self, method: str, *args, **kwargs):
        if time.monotonic() >= self._down_until:
            try:
                return getattr(caches[self._primary], method)(*args, **kwargs)
            except DOWN_ERRORS as exc:
                self._down_until = time.monotonic() + self.RETRY_SECONDS
                log.warning(
                    "Cache %s is down (%s); using %s",
                    self._primary,
                    exc,
                    self._fallback,
                )
        return getattr(caches[self._fallback], method)(*args, **kwargs)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, version)

    def decr(self, key, delta=1, version=None):
        return self._call("decr", key, delta, version)

    def clear(self):
        return self._call("clear")

    def close(self, **kwargs):
        for alias in (self._primary, self._fallback):
            caches[alias].close(**kwargs)
