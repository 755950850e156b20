"""Absolute links for e-mails: built from the address the portal is served at.

An e-mail is read outside the portal, so every link in it carries scheme and
host. Where they come from, in order:

1. `PORTAL_BASE_URL`, when set: what a deployment configures (behind a reverse
   proxy the request's own host may be an internal name).
2. The request being served, in development: `make run` on another port or
   host gets links that work there (BaseUrlMiddleware remembers it for the
   e-mails rendered while the request runs).
3. `http://127.0.0.1:8000`: a worker with neither (a reminder sent by Celery
   beat on a developer's machine).
"""

from contextvars import ContextVar

from django.conf import settings

DEVELOPMENT_BASE_URL = "http://127.0.0.1:8000"

_request_base_url: ContextVar[str] = ContextVar("portal_request_base_url", default="")


def site_url(path: str = "", *, request=None) -> str:
    """`path` (e.g. "/dashboard/") as an absolute address; "" gives the base."""
    base = settings.PORTAL_BASE_URL
    if not base and request is not None:
        base = request.build_absolute_uri("/")
    base = (base or _request_base_url.get() or DEVELOPMENT_BASE_URL).rstrip("/")
    return base + path


class BaseUrlMiddleware:
    """Remember the request's scheme and host while it is served, for the
    links of the e-mails it sends (site_url)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_base_url.set(request.build_absolute_uri("/"))
        try:
            return self.get_response(request)
        finally:
            _request_base_url.reset(token)
