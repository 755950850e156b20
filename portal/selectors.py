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


def audit_entry_list() -> QuerySet[AuditEntry]:
    """The audit trail, newest first (the ISU reads all of it)."""
    return AuditEntry.objects.select_related("actor")


AUDIT_EXPORT_COLUMNS = [
    "id",
    "when",
    "who",
    "action",
    "state",
    "summary",
    "field",
    "before",
    "after",
]


def audit_export_rows(*, entries: QuerySet[AuditEntry]):
    """One row per entry, or per changed field where the entry has them."""
    for entry in entries.iterator(chunk_size=500):
        base = {
            "id": entry.pk,
            "when": entry.created_at.isoformat(),
            "who": entry.actor.email if entry.actor else "",
            "action": entry.action,
            "state": entry.state_code,
            "summary": entry.summary,
        }
        changes = entry.changes or [("", "", "")]
        for field, before, after in changes:
            yield {**base, "field": field, "before": before, "after": after}
