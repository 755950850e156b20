"""Rate limits of the API, counted in the default cache (shared by every web
process; the database while Redis is down). Rates are read from the settings
at each request, so a deployment changes them without code."""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class AnonymousThrottle(AnonRateThrottle):
    scope = "api_anon"

    def get_rate(self):
        return settings.API_ANON_RATE


class SignedInThrottle(UserRateThrottle):
    scope = "api_user"

    def get_rate(self):
        return settings.API_USER_RATE

    def allow_request(self, request, view):
        # Anonymous readers are AnonymousThrottle's.
        if not request.user or not request.user.is_authenticated:
            return True
        return super().allow_request(request, view)
