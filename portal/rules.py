"""Who may do what across the portal: predicates shared by views, templates, admin.

The per-State rules (focal points and their countries) live in
country_pages/rules.py; these are the role predicates they build on.
"""

import rules

from .models import DonorStatus, Role


@rules.predicate
def is_isu(user):
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.role == Role.ISU or user.is_superuser)
    )


@rules.predicate
def is_committee(user):
    return bool(user.is_authenticated and user.role == Role.COMMITTEE)


@rules.predicate
def is_committee_chair(user):
    return bool(is_committee(user) and user.is_committee_chair)


@rules.predicate
def is_donor(user):
    """An approved donor; a pending request gives no donor rights yet."""
    return bool(
        user.is_authenticated
        and user.role == Role.DONOR
        and user.donor_status == DonorStatus.APPROVED
    )


@rules.predicate
def is_pending_donor(user):
    return bool(
        user.is_authenticated
        and user.role == Role.DONOR
        and user.donor_status == DonorStatus.PENDING
    )


@rules.predicate
def is_focal_point(user):
    return bool(user.is_authenticated and user.role == Role.FOCAL_POINT)


is_signed_in = rules.is_authenticated

# Reading across all countries, restricted meetings and reports included.
is_oversight = is_isu | is_committee

rules.add_perm("portal.view_dashboard", is_signed_in)
rules.add_perm("portal.manage", is_isu)
rules.add_perm("portal.manage_roles", is_isu)
rules.add_perm("portal.approve_donors", is_isu)
rules.add_perm("portal.view_audit", is_isu)

# The Django admin: ISU staff only, through the same predicates.
rules.add_perm("portal", is_isu)
rules.add_perm("portal.view_user", is_isu)
rules.add_perm("portal.change_user", is_isu)
rules.add_perm("portal.view_auditentry", is_isu)

# Resetting a colleague's two-factor authentication (a lost device): the ISU
# deletes the authenticator in the admin; the person sets it up again at sign-in.
rules.add_perm("mfa", is_isu)
rules.add_perm("mfa.view_authenticator", is_isu)
rules.add_perm("mfa.delete_authenticator", is_isu)
