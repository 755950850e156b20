"""Whole-page caching for anonymous readers (DESIGN.md speed targets).

Pages that look the same to every anonymous reader (a published country page,
the needs browser, the lists, a meeting, the charts) are rendered once and
served from the cache until what they show changes. `anonymous_page` keys them
by the content version (portal.content), so any change to the content outdates
them with nothing to drop; the country page and the needs browser, older, are
dropped by the app that owns the data.

One entry holds the page in every language it was asked for, so dropping the
entry drops them all.
"""

from functools import wraps
from hashlib import sha256

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import get_language

from .content import content_key

# The headers a cached page is served with, besides its content.
KEPT_HEADERS = ("Content-Type", "Content-Disposition")


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
    page = _pages(key).get(get_language())
    if page is None:
        return None
    headers, content = page if isinstance(page, tuple) else ({}, page)
    response = HttpResponse(content, headers=headers)
    response.headers["Content-Language"] = get_language()
    return response


def cache_page_content(key: str, response) -> None:
    if response.status_code == 200 and not response.streaming:
        pages = _pages(key)
        headers = {h: response[h] for h in KEPT_HEADERS if response.has_header(h)}
        pages[get_language()] = (headers, response.content)
        cache.set(key, pages, settings.PORTAL_PAGE_CACHE_SECONDS)


def anonymous_page(view):
    """Serve anonymous readers one rendering of the address per language, until
    the content changes (portal.content: any write to it changes the key).

    Put it outermost: a cached page skips the view, its permission check and
    its queries, which is right because every anonymous reader has the same
    rights and those rights follow the content. A page whose rendering used a
    CSRF token (a form that posts) is never stored.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not anonymous_cacheable(request):
            return view(request, *args, **kwargs)
        path = sha256(request.get_full_path().encode()).hexdigest()
        key = content_key("page", path, language=False)
        if (cached := cached_page(key)) is not None:
            return cached
        response = view(request, *args, **kwargs)
        if not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            cache_page_content(key, response)
        return response

    return wrapped
