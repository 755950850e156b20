"""The role predicates, for every role."""

import pytest
from django.contrib.auth.models import AnonymousUser

from portal import rules as r

EXPECTED = {
    # role: (isu, committee, chair, donor, pending donor, focal point)
    "anonymous": (False, False, False, False, False, False),
    "member": (False, False, False, False, False, False),
    "pending_donor": (False, False, False, False, True, False),
    "donor": (False, False, False, True, False, False),
    "focal_point": (False, False, False, False, False, True),
    "other_focal_point": (False, False, False, False, False, True),
    "committee": (False, True, False, False, False, False),
    "chair": (False, True, True, False, False, False),
    "isu": (True, False, False, False, False, False),
}


def test_role_predicates(role, make_user):
    user = make_user(role) or AnonymousUser()
    got = (
        r.is_isu(user),
        r.is_committee(user),
        r.is_committee_chair(user),
        r.is_donor(user),
        r.is_pending_donor(user),
        r.is_focal_point(user),
    )
    assert got == EXPECTED[role]


@pytest.mark.parametrize(
    "perm,allowed",
    [
        ("portal.manage_roles", {"isu"}),
        ("portal.approve_donors", {"isu"}),
        ("portal.view_dashboard", set(EXPECTED) - {"anonymous"}),
    ],
)
def test_portal_permissions(perm, allowed, role, make_user):
    user = make_user(role) or AnonymousUser()
    assert user.has_perm(perm) is (role in allowed)


def test_deactivated_isu_has_no_rights(make_user):
    user = make_user("isu")
    user.is_active = False
    assert not r.is_isu(user)
