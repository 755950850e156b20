"""Every write to users, roles and the audit trail, and the one optimistic edit."""

from typing import Any, TypeVar

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from .markdown import rendered_values
from .models import AuditEntry, DonorStatus, OrganisationKind, Role, User

Record = TypeVar("Record", bound=models.Model)


class ServiceError(Exception):
    """A rule of the domain refused the change; the message is for the user."""


class EditConflict(ServiceError):
    """Someone saved the same record since the editor opened it.

    `current` is what is saved now, so the view can show it beside what the
    editor typed (optimistic edits: every edited record carries a version).
    """

    def __init__(self, message: str, *, current=None):
        super().__init__(message)
        self.current = current


def versioned_update(
    record: Record, *, expected_version: int, values: dict[str, Any], actor=None
) -> Record:
    """Write `values` to `record`'s row unless someone saved it since
    `expected_version`, and return the row as saved now.

    Every edited record carries a `version`; the update is
    `filter(pk=…, version=expected).update(…)`, so two people saving at once
    can never overwrite each other silently: the second gets EditConflict,
    carrying the record as saved, for the view to show beside what they typed
    (portal.editing). `updated_at` and `updated_by` are kept where the model
    has them, and so is the stored HTML of any Markdown field among `values`
    (portal.markdown). Call it inside the service's transaction.
    """
    model = type(record)
    fields = {field.name for field in model._meta.concrete_fields}
    changes = dict(rendered_values(model, values), version=F("version") + 1)
    if "updated_at" in fields:
        changes["updated_at"] = timezone.now()
    if "updated_by" in fields and actor is not None:
        changes["updated_by"] = actor
    rows = model._base_manager.filter(pk=record.pk, version=expected_version)
    if rows.update(**changes):
        return model._base_manager.get(pk=record.pk)
    saved = model._base_manager.filter(pk=record.pk)
    if "updated_by" in fields:
        saved = saved.select_related("updated_by")
    current = saved.first()
    if current is None:
        raise ServiceError(
            _("This was deleted while you were editing it; nothing was saved.")
        )
    raise EditConflict(edit_conflict_message(current), current=current)


def edit_conflict_message(current) -> str:
    """Who saved the record meanwhile, and when, as far as the record tells."""
    who = getattr(current, "updated_by", None)
    when = getattr(current, "updated_at", None)
    if who and when:
        return _(
            "%(who)s saved this at %(time)s while you were editing it. Your "
            "version is still in the form, theirs is shown beside it: copy what "
            "you need and save again."
        ) % {"who": who, "time": timezone.localtime(when).strftime("%H:%M")}
    return _(
        "Someone else saved this while you were editing it. Your version is "
        "still in the form, theirs is shown beside it: copy what you need and "
        "save again."
    )


def audit_record(
    *,
    actor,
    action: str,
    summary: str,
    target=None,
    data: dict | None = None,
    changes: dict[str, tuple[Any, Any]] | None = None,
    state_code: str = "",
) -> AuditEntry:
    """Record who changed what. `changes` maps a field to (before, after);
    the State is read from the target (a State, or a record with a `state`)
    unless given."""
    entry = AuditEntry(actor=actor, action=action, summary=summary[:300])
    if target is not None:
        entry.content_type = ContentType.objects.get_for_model(target)
        entry.object_id = str(target.pk)
        state = target if hasattr(target, "iso3") else getattr(target, "state", None)
        state_code = state_code or getattr(state, "iso3", "")
    entry.state_code = state_code
    entry.data = dict(data or {})
    if changes:
        entry.data["changes"] = {
            name: [_audit_text(before), _audit_text(after)]
            for name, (before, after) in changes.items()
        }
    entry.save()
    return entry


def _audit_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, models.Model):
        return str(value)
    return str(value)[:2000]


def field_changes(record: models.Model, values: dict[str, Any]) -> dict:
    """{field: (before, after)} for the values that differ from the record as
    read, e.g. to pass to audit_record beside versioned_update."""
    return {
        name: (getattr(record, name, None), value)
        for name, value in values.items()
        if getattr(record, name, None) != value
    }


@transaction.atomic
def user_set_role(
    *, user: User, actor: User, role: str, is_committee_chair: bool = False
) -> User:
    """Give a person a role. ISU staff become staff of the admin site too."""
    if role not in Role.values:
        raise ServiceError(_("Unknown role “%(role)s”.") % {"role": role})
    if is_committee_chair and role != Role.COMMITTEE:
        raise ServiceError(_("Only a committee member can be the committee chair."))
    if user.pk == actor.pk and role != Role.ISU:
        raise ServiceError(_("You cannot remove your own ISU role."))
    before = user.role_label
    user.role = role
    user.is_committee_chair = is_committee_chair
    user.is_staff = role == Role.ISU or user.is_superuser
    if role == Role.DONOR and user.donor_status in (DonorStatus.NONE, ""):
        # The ISU giving the role directly is the approval.
        user.donor_status = DonorStatus.APPROVED
    if role != Role.DONOR and user.donor_status == DonorStatus.PENDING:
        user.donor_status = DonorStatus.NONE
    user.save(update_fields=["role", "is_committee_chair", "is_staff", "donor_status"])
    audit_record(
        actor=actor,
        action="role.set",
        summary=f"{user.email}: {before} → {user.role_label}",
        target=user,
        data={"role": role, "chair": is_committee_chair},
    )
    return user


@transaction.atomic
def donor_request(*, user: User, organisation: str, organisation_kind: str) -> User:
    """A signed-up person asks to act as a donor; the ISU decides."""
    if not organisation.strip():
        raise ServiceError(_("Name the State or organisation you represent."))
    if organisation_kind not in OrganisationKind.values:
        raise ServiceError(_("Choose the kind of organisation you represent."))
    if user.role not in (Role.MEMBER, Role.DONOR):
        raise ServiceError(_("Your account already has a role in the portal."))
    user.role = Role.DONOR
    user.organisation = organisation.strip()
    user.organisation_kind = organisation_kind
    if user.donor_status != DonorStatus.APPROVED:
        user.donor_status = DonorStatus.PENDING
    user.save(
        update_fields=["role", "organisation", "organisation_kind", "donor_status"]
    )
    audit_record(
        actor=user,
        action="donor.request",
        summary=f"{user.email} asked for donor access for {user.organisation}",
        target=user,
    )
    return user


@transaction.atomic
def donor_decide(*, user: User, actor: User, approve: bool) -> User:
    updated = User.objects.filter(
        pk=user.pk, role=Role.DONOR, donor_status=DonorStatus.PENDING
    ).update(donor_status=DonorStatus.APPROVED if approve else DonorStatus.REJECTED)
    if not updated:
        raise ServiceError(_("This request has already been decided."))
    user.refresh_from_db()
    audit_record(
        actor=actor,
        action="donor.approve" if approve else "donor.reject",
        summary=f"{user.email} ({user.organisation}): "
        f"{'approved' if approve else 'rejected'}",
        target=user,
    )
    return user


def user_set_language(*, user: User, language: str) -> User:
    """Remember the language a person chose, for their pages and e-mails."""
    if language not in dict(settings.LANGUAGES):
        raise ServiceError(_("That language is not offered."))
    if user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
    return user


def email_enqueue(*, subject: str, body: str, to: list[str], reply_to: str = ""):
    """The old way (subject and body built by the caller): e-mails are templates
    now (portal.emails.email_send). Kept until every app has moved."""
    from .emails import outbox_add

    outbox_add(subject=subject, body=body, to=to, reply_to=reply_to)
