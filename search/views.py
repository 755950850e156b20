"""Search across the portal: countries, needs, meetings, partnerships,
partners and reports. Everyone; each reader finds only what they may open."""

from django.core.paginator import Paginator
from django.shortcuts import render

from portal.caching import anonymous_page

from .forms import SearchForm
from .selectors import hits_of, search_everything, search_source, source_for

PAGE_SIZE = 20


@anonymous_page
def search(request):
    """`?q=` words, `type=` one kind of record, `country=` an ISO3 code.

    Anonymous readers share one rendering of a search until the content
    changes (portal.caching); everyone else's runs each time.

    Every kind at once shows each kind's count and best results; one kind
    shows all its results, paged. Bad input is said on the form and nothing
    is searched.
    """
    form = SearchForm(request.GET or None)
    context = {"form": form, "groups": [], "page": None, "searched": False}
    if form.is_bound and "q" not in request.GET:
        form = SearchForm()
        context["form"] = form
    elif form.is_bound and form.is_valid():
        query = form.cleaned_data["q"]
        kind = form.cleaned_data["type"]
        country = form.cleaned_data["country"]
        context["searched"] = True
        if kind:
            source = source_for(kind)
            matches = search_source(
                source=source, user=request.user, query=query, country=country
            )
            page = Paginator(matches, PAGE_SIZE).get_page(request.GET.get("page"))
            page.hits = hits_of(source, page.object_list)
            context.update(page=page, source=source)
        else:
            context["groups"] = search_everything(
                user=request.user, query=query, country=country
            )
        query_string = request.GET.copy()
        query_string.pop("page", None)
        query_string.pop("type", None)
        context["base_query"] = query_string.urlencode()
    return render(request, "search/results.html", context)
