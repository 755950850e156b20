from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .adapters import mfa_required

SESSION_KEY = "portal.mfa_ok"


class RequireTwoFactorMiddleware:
    """ISU staff and committee members must set up TOTP before using the portal.

    They can still reach the account pages (to set it up or sign out) and static
    files; every other page sends them to the TOTP activation page. The check is
    remembered in the session so it costs one query per sign-in, not per page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and mfa_required(user)
            and not request.session.get(SESSION_KEY)
        ):
            if Authenticator.objects.filter(
                user=user, type=Authenticator.Type.TOTP
            ).exists():
                request.session[SESSION_KEY] = True
            elif not self._exempt(request.path):
                messages.warning(
                    request,
                    _(
                        "Your role requires two-factor authentication. Set up an "
                        "authenticator app to continue."
                    ),
                )
                return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _exempt(path):
        return path.startswith(("/accounts/", settings.STATIC_URL))


class RefuseUnusableInputMiddleware:
    """A NUL byte in the address, a parameter, a form field or a file name is
    refused with a clear 400 page before any view, form or query sees it.

    No one types a NUL byte; PostgreSQL refuses text that holds one, so it
    reached the database as a server error (`/countries/%00/`,
    `?country=%00`, a form field). A cookie holding one is ignored (the
    session's starts afresh). After the messages middleware: the page is a
    normal page, in the reader's language.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session_cookie = request.COOKIES.get(settings.SESSION_COOKIE_NAME, "")
        if "\x00" in session_cookie and hasattr(request, "session"):
            request.session = type(request.session)(None)
        for name in [n for n, v in request.COOKIES.items() if "\x00" in n + v]:
            del request.COOKIES[name]
        if self._has_nul(request):
            return render(
                request,
                "400.html",
                {
                    "reason": _(
                        "The address or the form contained a character that "
                        "cannot be stored (a NUL byte). Remove it and try again; "
                        "nothing was changed."
                    )
                },
                status=400,
            )
        return self.get_response(request)

    @staticmethod
    def _has_nul(request) -> bool:
        if "\x00" in request.path:
            return True
        sources = [request.GET]
        if request.method == "POST":
            sources.append(request.POST)
        for source in sources:
            for key, values in source.lists():
                if "\x00" in key or any("\x00" in value for value in values):
                    return True
        if request.method == "POST":
            return any("\x00" in (f.name or "") for f in request.FILES.values())
        return False
