"""The maps on a country page: upload, removal and the file itself."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.permissions import permission_required

from .. import services
from ..forms import PageMapForm
from .lookups import map_for_state, state_from_iso3


@permission_required("country_pages.edit_page", fn=state_from_iso3)
def map_add(request, iso3):
    """Upload a map (PNG, JPEG or GeoJSON). Focal points of the State and the ISU."""
    state = state_from_iso3(request, iso3)
    form = PageMapForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        page_map = services.page_map_add(
            state=state, user=request.user, **form.map_values()
        )
        messages.success(
            request,
            _("Map “%(title)s” added. It becomes public when you publish the page.")
            % {"title": page_map.title},
        )
        return redirect("country_pages:edit", iso3=state.iso3)
    return render(
        request, "country_pages/pagemap_form.html", {"state": state, "form": form}
    )


@require_POST
@permission_required("country_pages.edit_page", fn=map_for_state)
def map_delete(request, iso3, pk):
    """Remove a map from the page. Focal points of the State and the ISU."""
    page_map = map_for_state(request, iso3, pk)
    services.page_map_delete(page_map=page_map, user=request.user)
    messages.success(request, _("Map “%(title)s” removed.") % {"title": page_map.title})
    return redirect("country_pages:edit", iso3=page_map.state.iso3)


def map_file(request, iso3, pk):
    """A map's file: public once published; before that, for those who see drafts."""
    page_map = map_for_state(request, iso3, pk)
    if not request.user.has_perm("country_pages.read_map", page_map):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise Http404("No such map.")
    try:
        handle = page_map.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404("The map file is missing.") from exc
    response = FileResponse(handle, content_type=page_map.content_type)
    response["Content-Disposition"] = (
        f'inline; filename="{page_map.state.iso3}-map-{page_map.pk}.'
        f'{page_map.extension}"'
    )
    return response
