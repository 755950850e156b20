"""The one permission decorator the portal's views use.

Anonymous visitors are sent to sign in, with the reason shown on the sign-in
page; a signed-in person without the permission gets the 403 page, which says
why and what to do (rules' own decorator would send them to sign in again).

Apps say why a permission may be refused, in their reader's words, with
`refusal_reason(perm)` in their rules.py; the reason sees the object checked.
"""

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

_REASONS: dict[str, Callable] = {}


def refusal_reason(perm: str):
    """Register `fn(user, obj) -> str`: why `perm` is refused (or "")."""

    def decorator(fn):
        _REASONS[perm] = fn
        return fn

    return decorator


def reason_for(perm: str, user, obj) -> str:
    explain = _REASONS.get(perm)
    return (explain(user, obj) if explain else "") or ""


def permission_required(perm: str, fn=None):
    """Check `perm` on the object that `fn(request, *args, **kwargs)` returns."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            obj = fn(request, *args, **kwargs) if callable(fn) else None
            if request.user.has_perm(perm, obj):
                return view(request, *args, **kwargs)
            reason = reason_for(perm, request.user, obj)
            if not request.user.is_authenticated:
                messages.info(
                    request,
                    reason
                    or _(
                        "The page you asked for is open to signed-in members "
                        "of the portal only. Sign in and you will be taken there."
                    ),
                )
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied(reason)

        return wrapped

    return decorator
