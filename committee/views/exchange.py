"""South-south exchange of expertise between affected States [004]."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from country_pages.models import StateParty
from country_pages.rules import focal_state_ids
from portal.permissions import permission_required
from portal.rules import is_isu
from portal.services import ServiceError

from .. import services
from ..forms import ExpertiseListingForm
from ..models import ExpertiseMatch
from ..selectors.exchange import exchange_tables
from ..tables import table_export


def _states_for(user):
    """The States a user may offer or request expertise for."""
    if is_isu(user):
        return StateParty.objects.filter(membership="party")
    return StateParty.objects.filter(pk__in=focal_state_ids(user))


def _page(request, form=None, status=200):
    listings, matches_table, matches = exchange_tables()
    if "format" in request.GET:
        return table_export(request, [listings, matches_table], filename="exchange")
    user = request.user
    if form is None and user.has_perm("committee.post_expertise"):
        form = ExpertiseListingForm(states=_states_for(user))
    return render(
        request,
        "committee/exchange.html",
        {
            "tables": [listings, matches_table],
            "matches": [
                (match, user.has_perm("committee.record_exchange", match))
                for match in matches
                if not match.partnership_id
            ],
            "form": form,
            "today": timezone.localdate(),
        },
        status=status,
    )


@permission_required("committee.view_exchange")
def exchange(request):
    """Open offers and requests of expertise by theme, and their matches.
    Public; the focal points of affected States (and the ISU) post offers and
    requests here, and record an exchange once it happens.
    `?format=csv|json&table=listings|matches` exports a table."""
    return _page(request)


@require_POST
@permission_required("committee.post_expertise")
def listing_create(request):
    """Offer or request expertise for one of the user's States. Focal points
    (for their own States) and the ISU."""
    form = ExpertiseListingForm(request.POST, states=_states_for(request.user))
    if not form.is_valid() or not request.user.has_perm(
        "committee.post_expertise_for", form.cleaned_data.get("state")
    ):
        return _page(request, form=form, status=400)
    _listing, matches = services.expertise_listing_create(
        user=request.user, **form.cleaned_data
    )
    if matches:
        messages.success(
            request,
            ngettext(
                "Saved. It matches %(count)s listing of another State; the focal "
                "points of both States have been told.",
                "Saved. It matches %(count)s listings of other States; the focal "
                "points of each have been told.",
                len(matches),
            )
            % {"count": len(matches)},
        )
    else:
        messages.success(
            request, _("Saved. Nothing matches it yet; you will be told when it does.")
        )
    return redirect("committee:exchange")


def _match(request, pk):
    return get_object_or_404(
        ExpertiseMatch.objects.select_related("offer__state", "request__state"), pk=pk
    )


@require_POST
@permission_required("committee.record_exchange", fn=_match)
def exchange_record(request, pk):
    """Record that the exchange happened, as a south-south partnership of the
    requesting State. The focal points of either State, and the ISU."""
    match = _match(request, pk)
    try:
        partnership = services.expertise_exchange_record(
            match=match, user=request.user, start_date=timezone.localdate()
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
        return redirect("committee:exchange")
    messages.success(
        request,
        _("Recorded as the partnership “%(title)s”.") % {"title": partnership.title},
    )
    return redirect(partnership.get_absolute_url())
