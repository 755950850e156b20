"""What the committee's views share: the State an address names."""

from django.shortcuts import render

from country_pages.models import StateParty


def state_or_none(iso3: str):
    return StateParty.objects.filter(iso3=iso3.upper()).first()


def unknown_state(request, iso3: str):
    """An address with a code no State Party has: said plainly, with the way
    to the index."""
    return render(
        request, "committee/unknown_state.html", {"iso3": iso3[:10]}, status=404
    )
