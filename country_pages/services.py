"""Every write to States Parties, assignments and needs."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.models import Role
from portal.services import ServiceError, audit_record

from .models import FocalPointAssignment, StateParty

STATUS_FIELDS = [
    "article5_obligations_remaining", "article5_deadline",
    "article4_stockpile_status", "survivors_responsibility",
    "remaining_contamination", "latest_article7_report_year",
    "latest_article7_report_url", "source_note",
]  # fmt: skip


@transaction.atomic
def focal_point_assign(*, user, state: StateParty, actor) -> FocalPointAssignment:
    """Make a person focal point of a State; they get the focal point role."""
    if user.role not in (Role.MEMBER, Role.FOCAL_POINT):
        raise ServiceError(
            f"{user} is {user.role_label}; change their role before assigning them."
        )
    try:
        with transaction.atomic():
            assignment = FocalPointAssignment.objects.create(
                user=user, state=state, assigned_by=actor
            )
    except IntegrityError as exc:
        raise ServiceError(f"{user} is already focal point of {state}.") from exc
    if user.role != Role.FOCAL_POINT:
        user.role = Role.FOCAL_POINT
        user.save(update_fields=["role"])
    audit_record(
        actor=actor,
        action="focal_point.assign",
        summary=f"{user.email} assigned to {state.name}",
        target=state,
    )
    return assignment


@transaction.atomic
def focal_point_unassign(*, assignment: FocalPointAssignment, actor) -> None:
    audit_record(
        actor=actor,
        action="focal_point.unassign",
        summary=f"{assignment.user.email} removed from {assignment.state.name}",
        target=assignment.state,
    )
    assignment.delete()


@transaction.atomic
def state_status_update(*, state: StateParty, actor, data: dict) -> StateParty:
    """The ISU corrects a State's reference data and implementation status."""
    changed = {
        field: str(value)
        for field, value in data.items()
        if field in STATUS_FIELDS and getattr(state, field) != value
    }
    for field in changed:
        setattr(state, field, data[field])
    if not state.article5_obligations_remaining and state.article5_deadline:
        raise ServiceError(
            "A State without remaining Article 5 obligations has no deadline."
        )
    state.status_updated_at = timezone.now()
    state.status_updated_by = actor
    state.save()
    audit_record(
        actor=actor,
        action="state.status",
        summary=f"{state.name}: {', '.join(changed) or 'no change'}",
        target=state,
        data=changed,
    )
    return state


def country_follow(*, user, state: StateParty) -> bool:
    """Follow a State; returns False when the user already followed it."""
    from .models import CountryFollow

    _, created = CountryFollow.objects.get_or_create(user=user, state=state)
    return created


def country_unfollow(*, user, state: StateParty) -> None:
    from .models import CountryFollow

    CountryFollow.objects.filter(user=user, state=state).delete()


def country_followers_notify(*, state: StateParty, subject: str, body: str) -> int:
    """E-mail everyone who follows a State (after commit, from a Celery worker).

    Other apps call this when a need is published or a meeting scheduled.
    """
    from portal.services import email_enqueue

    from .models import CountryFollow

    emails = list(
        CountryFollow.objects.filter(state=state, user__is_active=True).values_list(
            "user__email", flat=True
        )
    )
    for email in emails:
        # One message each: followers do not see each other's addresses.
        email_enqueue(subject=subject, body=body, to=[email])
    return len(emails)


def country_page_cache_drop(*, state: StateParty) -> None:
    """Forget the cached anonymous rendering of a State's page.

    Called when the State publishes, and by other apps when what the page shows
    of them changes (a meeting scheduled, a report made public, a partnership).
    """
    from django.core.cache import cache

    cache.delete(country_page_cache_key(state.iso3))


def country_page_cache_key(iso3: str) -> str:
    return f"country_pages:page:{iso3.upper()}"
