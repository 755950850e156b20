"""Reads of States Parties and their needs that views and other apps share."""

from django.db.models import QuerySet

from .models import FocalPointAssignment, Membership, StateParty
from .rules import focal_state_ids


def state_party_list(*, include_withdrawn: bool = True) -> QuerySet[StateParty]:
    qs = StateParty.objects.all()
    if not include_withdrawn:
        qs = qs.filter(membership=Membership.PARTY)
    return qs


def state_party_get(*, iso3: str) -> StateParty:
    return StateParty.objects.get(iso3=iso3.upper())


def states_for_focal_point(*, user) -> QuerySet[StateParty]:
    return StateParty.objects.filter(pk__in=focal_state_ids(user))


def focal_point_assignment_list() -> QuerySet[FocalPointAssignment]:
    return FocalPointAssignment.objects.select_related("user", "state", "assigned_by")


def need_list_for_state(*, state: StateParty, published_only: bool = True):
    """A State's needs, by theme; what reports and the page show."""
    from .models import Need

    qs = Need.objects.filter(state=state).order_by("theme", "title")
    if published_only:
        qs = qs.filter(is_published=True)
    return qs


def is_following(*, user, state: StateParty) -> bool:
    from .models import CountryFollow

    return bool(
        user.is_authenticated
        and CountryFollow.objects.filter(user=user, state=state).exists()
    )
