"""South-south exchange: the open offers and requests of expertise by theme,
and their matches. Public records, like partnerships; three queries."""

from django.utils.translation import gettext as _

from ..models import ExpertiseListing, ExpertiseMatch
from ..tables import Column, Table


def exchange_tables() -> tuple[Table, Table, list[ExpertiseMatch]]:
    listings = ExpertiseListing.objects.filter(is_open=True).select_related("state")
    listing_rows = [
        {
            "theme": listing.get_theme_display(),
            "kind": listing.get_kind_display(),
            "state": listing.state.name,
            "title": listing.title,
            "posted": listing.created_at,
            "url": listing.get_absolute_url(),
            "pk": listing.pk,
            "description": listing.description,
        }
        for listing in listings.order_by("theme", "kind", "state__name", "pk")
    ]
    matches = list(
        ExpertiseMatch.objects.select_related(
            "offer__state", "request__state", "partnership"
        ).order_by("-created_at", "pk")
    )
    match_rows = [
        {
            "theme": match.offer.get_theme_display(),
            "offering": match.offer.state.name,
            "requesting": match.request.state.name,
            "offer": match.offer.title,
            "request": match.request.title,
            "matched": match.created_at,
            "partnership": match.partnership.title if match.partnership else "",
            "url": match.partnership.get_absolute_url() if match.partnership else "",
        }
        for match in matches
    ]
    return (
        Table(
            key="listings",
            title=_("Open offers and requests of expertise"),
            empty=_("No open offer or request yet."),
            columns=[
                Column("theme", _("Theme")),
                Column("kind", _("Offer or request")),
                Column("state", _("State")),
                Column("title", _("Title")),
                Column("posted", _("Posted")),
            ],
            rows=listing_rows,
        ),
        Table(
            key="matches",
            title=_("Matches"),
            note=_(
                "An offer and a request on the same theme from two States. Once "
                "the exchange happens it is recorded as a south-south partnership."
            ),
            empty=_("No match yet."),
            columns=[
                Column("theme", _("Theme")),
                Column("offering", _("Offered by")),
                Column("requesting", _("Requested by")),
                Column("offer", _("Offer")),
                Column("request", _("Request")),
                Column("matched", _("Matched")),
                Column("partnership", _("Partnership")),
            ],
            rows=match_rows,
        ),
        matches,
    )
