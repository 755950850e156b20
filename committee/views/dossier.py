"""A State's dossier for a committee chair: one click, a PDF made by a worker."""

from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.views.decorators.http import require_POST

from country_pages.models import StateParty
from portal.document_views import document_download, document_requested_message
from portal.permissions import permission_required

from .. import services
from ..models import DossierVersion


def dossier_state(request, iso3, **kwargs):
    state = getattr(request, "_dossier_state", None)
    if state is None:
        state = get_object_or_404(StateParty, iso3=iso3.upper())
        request._dossier_state = state
    return state


def dossier_version(request, iso3, number):
    return get_object_or_404(
        DossierVersion.objects.select_related("state"),
        state__iso3=iso3.upper(),
        number=number,
    )


@permission_required("committee.view_dossier", fn=dossier_state)
def dossier(request, iso3):
    """A State's dossier versions, their status and downloads; the button that
    asks for one in the reader's language. The committee, the ISU and the
    State's focal points. The page reloads itself while a version is made."""
    state = dossier_state(request, iso3)
    versions = list(
        DossierVersion.objects.filter(state=state)
        .select_related("requested_by")
        .defer("snapshot")
        .order_by("-number")[:20]
    )
    return render(
        request,
        "committee/dossier.html",
        {
            "state": state,
            "versions": versions,
            "pending": any(v.is_pending for v in versions),
            "may_request": request.user.has_perm("committee.request_dossier", state),
        },
    )


@require_POST
@permission_required("committee.request_dossier", fn=dossier_state)
def dossier_request(request, iso3):
    """Make (or find, for the same content) the State's dossier."""
    state = dossier_state(request, iso3)
    version = services.dossier_request(
        state=state, user=request.user, language=translation.get_language()
    )
    document_requested_message(request, version)
    return redirect("committee:dossier", iso3=state.iso3)


@permission_required("committee.download_dossier", fn=dossier_version)
def dossier_download(request, iso3, number):
    """One version's PDF, for the dossier's readers."""
    version = dossier_version(request, iso3, number)
    return document_download(version)
