"""Whole-page caching for anonymous readers (DESIGN.md speed targets).

Pages that look the same to every anonymous reader (a published country page,
the needs browser) are rendered once and served from the cache until what they
show changes; the app that owns the data drops or outdates the entry.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse


def anonymous_cacheable(request) -> bool:
    """A plain GET by someone not signed in, with no one-off messages to show."""
    return (
        request.method == "GET"
        and not request.user.is_authenticated
        and "messages" not in request.COOKIES
    )


def cached_page(key: str) -> HttpResponse | None:
    content = cache.get(key)
    return None if content is None else HttpResponse(content)


def cache_page_content(key: str, response) -> None:
    if response.status_code == 200 and not response.streaming:
        cache.set(key, response.content, settings.PORTAL_PAGE_CACHE_SECONDS)
