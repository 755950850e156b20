"""The objects an address names, looked up once per request."""

from django.shortcuts import get_object_or_404

from ..models import Need, PageMap, StateParty


def state_from_iso3(request, iso3, **kwargs):
    """The State of the address; looked up once per request (permission and view)."""
    state = getattr(request, "_country_state", None)
    if state is None or state.iso3 != iso3.upper():
        state = get_object_or_404(StateParty, iso3=iso3.upper())
        request._country_state = state
    return state


def need_for_state(request, iso3, pk, **kwargs):
    """The need of the address, only if it belongs to the State in it."""
    return get_object_or_404(
        Need.objects.select_related("state", "updated_by"),
        pk=pk,
        state__iso3=iso3.upper(),
    )


def map_for_state(request, iso3, pk):
    """The map of the address, only if it belongs to the State in it."""
    return get_object_or_404(
        PageMap.objects.select_related("state"), pk=pk, state__iso3=iso3.upper()
    )
