"""The objects an address names, looked up once per request: the permission
check and the view share them, as they were when the request came in."""

from django.shortcuts import get_object_or_404

from country_pages.models import StateParty
from portal.links import site_url

from ..models import AgendaItem, Material, Meeting


def _once(request, key, read):
    """Read an object once per request: the permission check and the view
    share it, as it was when the request came in."""
    cache = request.__dict__.setdefault("_ia_meetings_objects", {})
    if key not in cache:
        cache[key] = read()
    return cache[key]


def meeting_from_pk(request, pk, **kwargs):
    return _once(
        request,
        ("meeting", pk),
        lambda: get_object_or_404(Meeting.objects.select_related("state"), pk=pk),
    )


def item_from_pk(request, pk, item_pk, **kwargs):
    return _once(
        request,
        ("item", pk, item_pk),
        lambda: get_object_or_404(
            AgendaItem.objects.select_related("meeting__state"),
            pk=item_pk,
            meeting_id=pk,
        ),
    )


def material_from_pk(request, pk):
    return _once(
        request,
        ("material", pk),
        lambda: get_object_or_404(
            Material.objects.select_related("meeting__state"), pk=pk
        ),
    )


def state_from_iso3(request, iso3):
    return _once(
        request,
        ("state", iso3.upper()),
        lambda: get_object_or_404(StateParty, iso3=iso3.upper()),
    )


def base_url(request) -> str:
    """Where links in this request's e-mails and calendar entries point."""
    return site_url(request=request)
