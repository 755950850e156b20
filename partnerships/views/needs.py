"""The donors' needs browser: every published need across countries, filtered
in the URL, sorted and paged, and its exports (`?format=csv`, `?format=json`)."""

import hashlib

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from country_pages.models import Need
from country_pages.selectors import need_list_cache_generation
from country_pages.translation.texts import (
    need_each_in_language,
    needs_each_in_language,
    needs_with_languages,
)
from portal.caching import (
    anonymous_cacheable,
    anonymous_page,
    cache_page_content,
    cached_page,
)
from portal.exports import export_requested, list_export
from portal.permissions import permission_required

from .. import selectors
from ..filters import NeedFilter
from .common import PAGE_SIZE, filter_fields

EXPORT_COLUMNS = [
    "id",
    "country_iso3",
    "country",
    "region",
    "theme",
    "theme_label",
    "title",
    "description",
    "estimated_cost",
    "currency",
    "funding_secured",
    "funding_gap",
    "start_year",
    "end_year",
    "status",
    "status_label",
    "age_gender_considerations",
    # The language of title, description and age and gender considerations
    # (the reader's where the State translated them, else the page's
    # original), the page's original language, and the language of the labels.
    "text_language",
    "original_language",
    "labels_language",
    "published_at",
    "url",
]


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
    language = get_language()
    needs = NeedFilter(
        request.GET,
        queryset=selectors.need_browser_list(user=request.user, language=language),
    )
    exported = list_export(
        request,
        rows=lambda: (
            _export_row(request, need_each_in_language(need, language=language))
            for need in needs.qs.iterator(chunk_size=500)
        ),
        columns=EXPORT_COLUMNS,
        filename="needs",
    )
    if exported is not None:
        return exported
    interested = selectors.interest_ids_for_donor(user=request.user)
    # Worked out with the list, only when its fragment is not cached.
    totals = SimpleLazyObject(lambda: selectors.need_totals(needs=needs.qs))
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
            "page": SimpleLazyObject(lambda: _page_in_language(request, needs.qs)),
            "totals": totals,
            "totals_uncosted": SimpleLazyObject(
                lambda: sum(total["uncosted"] for total in totals)
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


def _page_in_language(request, needs):
    page = Paginator(needs, PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = needs_each_in_language(page.object_list, language=get_language())
    return page


def _export_row(request, need: Need) -> dict:
    return {
        "id": need.pk,
        "country_iso3": need.state.iso3,
        "country": need.state.name,
        "region": need.state.region,
        "theme": need.theme,
        "theme_label": need.get_theme_display(),
        "title": need.title,
        "description": need.description,
        "estimated_cost": need.estimated_cost,
        "currency": need.currency,
        "funding_secured": need.funding_secured,
        "funding_gap": need.funding_gap,
        "start_year": need.start_year,
        "end_year": need.end_year,
        "status": need.status,
        "status_label": need.get_status_display(),
        "age_gender_considerations": need.age_gender_considerations,
        "text_language": need.text_language.lang,
        "original_language": need.original_language,
        "labels_language": get_language(),
        "published_at": need.published_at,
        "url": request.build_absolute_uri(need.get_absolute_url()),
    }


def need_from_url(request, pk, *args, **kwargs) -> Need:
    """The need of the address, loaded once for the permission and the view."""
    need = getattr(request, "_need", None)
    if need is None or need.pk != pk:
        need = request._need = get_object_or_404(
            needs_with_languages(
                Need.objects.select_related("state"), language=get_language()
            ),
            pk=pk,
        )
    return need


@anonymous_page
@permission_required("country_pages.read_need", fn=need_from_url)
def need_detail(request, pk):
    """A need's own page: its facts, its funding, interest registered in it,
    the partnerships that took it up and its history. Public once published;
    a draft to those who read the State's drafts. In the reader's language
    where the State translated it."""
    need = need_each_in_language(need_from_url(request, pk), language=get_language())
    interested = selectors.interest_ids_for_donor(user=request.user)
    return render(
        request,
        "partnerships/need_detail.html",
        {
            "need": need,
            "state": need.state,
            "page": selectors.need_page(need=need, user=request.user),
            "can_register": request.user.has_perm("partnerships.register_interest")
            and need.is_published,
            "registered": need.pk in interested,
        },
    )
