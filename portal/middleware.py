from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
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
