"""A State's public country page, and following it."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.caching import anonymous_cacheable, cache_page_content, cached_page
from portal.permissions import permission_required

from .. import selectors, services
from .lookups import state_from_iso3


@permission_required("country_pages.read_state")
def detail(request, iso3):
    """A State's country page: its published revision, needs and maps. Public.

    Anonymous readers get a cached rendering, dropped when the State publishes.
    """
    cacheable = anonymous_cacheable(request)
    # Only an existing State's page is ever stored, so the address alone finds
    # it: a cached page costs no query.
    key = services.country_page_cache_key(iso3)
    if cacheable and (cached := cached_page(key)) is not None:
        return cached
    state = state_from_iso3(request, iso3)
    response = render(
        request,
        "country_pages/stateparty_detail.html",
        {
            "state": state,
            "following": selectors.is_following(user=request.user, state=state),
            **selectors.country_page_public(state=state, user=request.user),
        },
    )
    if cacheable:
        cache_page_content(key, response)
    return response


@require_POST
@permission_required("country_pages.follow_country")
def follow(request, iso3):
    """Follow or stop following a State. Any signed-in person."""
    state = state_from_iso3(request, iso3)
    if request.POST.get("action") == "unfollow":
        services.country_unfollow(user=request.user, state=state)
        messages.success(
            request, _("You no longer follow %(state)s.") % {"state": state.local_name}
        )
    else:
        services.country_follow(user=request.user, state=state)
        messages.success(
            request,
            _(
                "You follow %(state)s: you will be e-mailed about new needs and "
                "meetings."
            )
            % {"state": state.local_name},
        )
    return redirect(state)
