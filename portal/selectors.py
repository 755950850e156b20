"""Reads of users and roles that views share."""

from django.db.models import Q, QuerySet

from .models import AuditEntry, DonorStatus, Role, User


def user_list(*, search: str = "", role: str = "") -> QuerySet[User]:
    qs = User.objects.all().order_by("email")
    if search:
        qs = qs.filter(
            Q(email__icontains=search)
            | Q(full_name__icontains=search)
            | Q(organisation__icontains=search)
        )
    if role:
        qs = qs.filter(role=role)
    return qs


def donor_request_list() -> QuerySet[User]:
    return User.objects.filter(
        role=Role.DONOR, donor_status=DonorStatus.PENDING
    ).order_by("date_joined")


def audit_entry_list(*, limit: int = 200) -> QuerySet[AuditEntry]:
    return AuditEntry.objects.select_related("actor")[:limit]
