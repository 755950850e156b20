"""The one permission decorator the portal's views use.

Anonymous visitors are sent to sign in; a signed-in person without the
permission gets 403 (rules' own decorator would send them to sign in again).
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def permission_required(perm: str, fn=None):
    """Check `perm` on the object that `fn(request, *args, **kwargs)` returns."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            obj = fn(request, *args, **kwargs) if callable(fn) else None
            if request.user.has_perm(perm, obj):
                return view(request, *args, **kwargs)
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied

        return wrapped

    return decorator
