"""Every write of the committee's view: asking for a State's dossier; offers
and requests of expertise, their matches and the exchanges they become."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from country_pages.models import StateParty
from country_pages.selectors import focal_point_emails
from partnerships.models import PartnerKind, Partnership, PartnershipStatus
from partnerships.selectors import partner_for_state
from partnerships.services import (
    partner_create,
    partnership_create,
    partnership_partner_add,
)
from portal.documents import document_request
from portal.emails import email_send
from portal.services import ServiceError, audit_record

from .dossier import dossier_snapshot
from .models import (
    DossierVersion,
    ExpertiseListing,
    ExpertiseMatch,
    ExpertiseTheme,
    ListingKind,
)


@transaction.atomic
def dossier_request(*, state: StateParty, user, language: str) -> DossierVersion:
    """Ask for `state`'s dossier as it stands now, in `language`.

    The same content never makes a second version: asking twice (while the
    first is rendering, or after) returns the existing one, handed to the
    workers again only if the state machine allows it (still waiting for the
    broker, failed, or its worker lost). Otherwise a new numbered version is
    queued and rendered after commit.
    """
    # One request per State at a time: the second waits here, then finds the
    # first one's version by its content.
    state = StateParty.objects.select_for_update().get(pk=state.pk)
    with translation.override(language):
        snapshot = dossier_snapshot(state=state, user=user)
    version, created = document_request(
        model=DossierVersion,
        of={"state": state},
        snapshot=snapshot,
        user=user,
        language=language,
    )
    if not created:
        return version
    audit_record(
        actor=user,
        action="dossier.request",
        summary=f"{state.name}: dossier v{version.number} ({language})",
        target=state,
    )
    return version


# South-south exchange of expertise [004] ---


def _match_notify(match: ExpertiseMatch) -> None:
    """Tell the focal points of both States, one message per State."""
    for listing, other in ((match.offer, match.request), (match.request, match.offer)):
        email_send(
            template="committee/emails/expertise_match",
            context={
                "listing": listing,
                "other": other,
                "base_url": settings.PORTAL_BASE_URL,
            },
            to=focal_point_emails(state=listing.state),
        )


@transaction.atomic
def expertise_listing_create(
    *, user, state: StateParty, kind: str, theme: str, title: str, description: str
) -> tuple[ExpertiseListing, list[ExpertiseMatch]]:
    """A State offers or requests expertise on a theme. Every open listing of
    the other kind on the same theme from another State makes a match, and the
    focal points of both States are told."""
    if kind not in ListingKind.values or theme not in ExpertiseTheme.values:
        raise ServiceError(_("Choose an offer or a request, and a theme."))
    listing = ExpertiseListing.objects.create(
        state=state,
        kind=kind,
        theme=theme,
        title=title.strip(),
        description=description,
        created_by=user,
    )
    audit_record(
        actor=user,
        action=f"expertise.{kind}",
        summary=f"{state.name}: {listing.title}",
        target=state,
    )
    opposite = ListingKind.REQUEST if kind == ListingKind.OFFER else ListingKind.OFFER
    matches = []
    others = (
        ExpertiseListing.objects.filter(theme=theme, kind=opposite, is_open=True)
        .exclude(state=state)
        .select_related("state")
    )
    for other in others:
        offer, request = (
            (listing, other) if kind == ListingKind.OFFER else (other, listing)
        )
        match = ExpertiseMatch.objects.create(offer=offer, request=request)
        _match_notify(match)
        matches.append(match)
    return listing, matches


@transaction.atomic
def expertise_exchange_record(
    *, match: ExpertiseMatch, user, start_date
) -> Partnership:
    """The exchange happened: record it as a south-south partnership of the
    requesting State, the offering State its partner, and close both
    listings."""
    match = (
        ExpertiseMatch.objects.select_for_update()
        .select_related("offer__state", "request__state")
        .get(pk=match.pk)
    )
    if match.partnership_id:
        raise ServiceError(_("This exchange is already recorded as a partnership."))
    offer, request = match.offer, match.request
    partnership = partnership_create(
        actor=user,
        state=request.state,
        title=request.title,
        description=request.description,
        start_date=start_date,
        status=PartnershipStatus.ACTIVE,
        is_south_south=True,
    )
    partner = partner_for_state(state=offer.state) or partner_create(
        actor=user, name=offer.state.name, kind=PartnerKind.STATE, state=offer.state
    )
    partnership_partner_add(
        partnership=partnership,
        actor=user,
        partner=partner,
        responsibility=offer.title,
    )
    ExpertiseMatch.objects.filter(pk=match.pk).update(
        partnership=partnership, recorded_at=timezone.now(), recorded_by=user
    )
    ExpertiseListing.objects.filter(pk__in=[offer.pk, request.pk]).update(is_open=False)
    audit_record(
        actor=user,
        action="expertise.exchange",
        summary=f"{offer.state.name} → {request.state.name}: {request.title}",
        target=request.state,
    )
    return partnership
