"""Whole-page caching for anonymous readers (DESIGN.md speed targets).

Pages that look the same to every anonymous reader (a published country page,
the needs browser) are rendered once and served from the cache until what they
show changes; the app that owns the data drops or outdates the entry.

One entry holds the page in every language it was asked for, so dropping the
entry drops them all.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import get_language


def anonymous_cacheable(request) -> bool:
    """A plain GET by someone not signed in, with no one-off messages to show."""
    return (
        request.method == "GET"
        and not request.user.is_authenticated
        and "messages" not in request.COOKIES
    )


def _pages(key: str) -> dict:
    entry = cache.get(key)
    return entry if isinstance(entry, dict) else {}


def cached_page(key: str) -> HttpResponse | None:
    content = _pages(key).get(get_language())
    if content is None:
        return None
    response = HttpResponse(content)
    response.headers["Content-Language"] = get_language()
    return response


def cache_page_content(key: str, response, *, seconds: int | None = None) -> None:
    """Keep the page for `seconds` (PORTAL_PAGE_CACHE_SECONDS by default)."""
    if response.status_code == 200 and not response.streaming:
        pages = _pages(key)
        pages[get_language()] = response.content
        cache.set(
            key,
            pages,
            settings.PORTAL_PAGE_CACHE_SECONDS if seconds is None else seconds,
        )
