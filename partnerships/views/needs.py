"""The donors' needs browser: every published need across countries, filtered
in the URL, sorted and paged, and its exports (`?format=csv`, `?format=json`)."""

import hashlib

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from country_pages.selectors import need_list_cache_generation
from portal.caching import anonymous_cacheable, cache_page_content, cached_page
from portal.exports import export_requested, list_export, url_maker
from portal.permissions import permission_required

from .. import selectors
from ..filters import NeedFilter
from .common import PAGE_SIZE, filter_fields


@permission_required("partnerships.view")
def need_list(request):
    """Every published need across countries, filtered, sorted and paged. Public.

    `?format=csv` and `?format=json` export the whole filtered list.
    """
    export = export_requested(request)
    # Anonymous readers share one rendering per query string until a page or a
    # need changes anywhere (country_pages bumps the generation).
    cacheable = export is None and anonymous_cacheable(request)
    query = hashlib.sha256(request.GET.urlencode().encode()).hexdigest()
    key = f"partnerships:needs:{need_list_cache_generation()}:{query}"
    if cacheable and (cached := cached_page(key)) is not None:
        return cached
    needs = NeedFilter(
        request.GET, queryset=selectors.need_browser_list(user=request.user)
    )
    exported = list_export(
        request,
        rows=lambda: selectors.need_export_rows(
            needs=needs.qs,
            url=url_maker(request, "country_pages:detail", iso3="ZZZ"),
        ),
        columns=selectors.NEED_EXPORT_COLUMNS,
        filename="needs",
    )
    if exported is not None:
        return exported
    interested = selectors.interest_ids_for_donor(user=request.user)
    # Signed-in readers share the rendered filters and rows with everyone who
    # sees the same list in the same language: same query, same right to
    # register interest, same needs already marked. The page and the filter
    # options are only worked out when that fragment is not in the cache (they
    # are lazy).
    can_register = request.user.has_perm("partnerships.register_interest")
    marks = ",".join(str(pk) for pk in sorted(interested))
    fragment_key = (
        f"{key}:{get_language()}:{int(can_register)}:"
        f"{hashlib.sha256(marks.encode()).hexdigest()}"
    )
    response = render(
        request,
        "partnerships/need_list.html",
        {
            "filter": needs,
            "fields": SimpleLazyObject(lambda: filter_fields(needs.form)),
            "page": SimpleLazyObject(
                lambda: Paginator(needs.qs, PAGE_SIZE).get_page(request.GET.get("page"))
            ),
            "interested": interested,
            "can_register": can_register,
            "fragment_key": fragment_key,
            "fragment_seconds": settings.PORTAL_PAGE_CACHE_SECONDS,
        },
    )
    if cacheable:
        cache_page_content(key, response)
    return response
