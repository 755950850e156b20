"""Who may do what: national ownership, approved donors, oversight."""

import pytest
from django.contrib.auth.models import AnonymousUser

from tests.factories import NeedFactory

from .factories import InterestFactory, PartnershipFactory

pytestmark = pytest.mark.django_db
EDITORS = {"focal_point", "other_focal_point", "isu"}


def user_of(make_user, role):
    return make_user(role) or AnonymousUser()


@pytest.mark.parametrize(
    "perm,allowed",
    [
        ("partnerships.view", {"anonymous", "member", "pending_donor", "donor",
                               "focal_point", "other_focal_point", "committee",
                               "chair", "isu"}),
        ("partnerships.create_partnership", EDITORS),
        ("partnerships.create_partner", EDITORS),
        ("partnerships.register_interest", {"donor"}),
        ("partnerships.view_dashboard", {"committee", "chair", "isu"}),
    ],
)  # fmt: skip
def test_global_permissions(perm, allowed, role, make_user):
    assert user_of(make_user, role).has_perm(perm) == (role in allowed)


def test_only_angolas_focal_point_and_the_isu_edit_its_records(role, make_user, angola):
    user = user_of(make_user, role)
    partnership = PartnershipFactory()
    expected = role in {"focal_point", "isu"}
    assert user.has_perm("partnerships.edit_partnership", partnership) == expected
    assert user.has_perm("partnerships.edit_platform", angola) == expected


def test_interest_is_read_by_its_donor_and_answered_by_the_states_focal_point(
    role, make_user, angola
):
    user = user_of(make_user, role)
    interest = InterestFactory(need=NeedFactory())
    if role == "donor":
        interest.donor = user
    reads = user.has_perm("partnerships.read_interest", interest)
    answers = user.has_perm("partnerships.answer_interest", interest)
    assert reads == (role in {"donor", "focal_point", "isu"})
    assert answers == (role in {"focal_point", "isu"})


def test_another_donor_cannot_read_someone_elses_interest(make_user, angola):
    interest = InterestFactory(need=NeedFactory())
    assert not make_user("donor").has_perm("partnerships.read_interest", interest)


def test_admin_is_for_the_isu(role, make_user):
    user = user_of(make_user, role)
    assert user.has_perm("partnerships.change_partnership") == (role == "isu")
    assert user.has_module_perms("partnerships") == (role == "isu")
