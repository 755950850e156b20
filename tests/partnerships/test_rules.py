"""Who may do what: every rule in partnerships/rules.py, for every role.

National ownership: Angola's records are kept by Angola's focal point and the
ISU; approved donors register interest, which its donor, the State's focal
points and the ISU read; oversight sees the cross-country dashboard; the
admin is the ISU's.
"""

import pytest
from django.apps import apps
from django.contrib.auth.models import AnonymousUser

from partnerships.rules import ADMIN_MODELS
from tests.conftest import ROLES
from tests.factories import DonorFactory, NeedFactory

from .factories import InterestFactory, PartnershipFactory

pytestmark = pytest.mark.django_db

EVERYONE = set(ROLES)
KEEPERS = {"focal_point", "other_focal_point", "isu"}
ANGOLA = {"focal_point", "isu"}
ZIMBABWE = {"other_focal_point", "isu"}

# (permission, the object it is asked about) -> the roles it allows.
RULES = {
    ("partnerships.view", None): EVERYONE,
    ("partnerships.view", "angolan partnership"): EVERYONE,
    ("partnerships.create_partnership", None): KEEPERS,
    ("partnerships.create_partner", None): KEEPERS,
    ("partnerships.edit_partnership", "angolan partnership"): ANGOLA,
    ("partnerships.edit_partnership", "zimbabwean partnership"): ZIMBABWE,
    ("partnerships.edit_platform", "angola"): ANGOLA,
    ("partnerships.edit_platform", "zimbabwe"): ZIMBABWE,
    ("partnerships.browse_need", "published need"): EVERYONE,
    ("partnerships.browse_need", "draft need"): set(),
    ("partnerships.register_interest", None): {"donor"},
    ("partnerships.read_interest", "the donor's interest in Angola"): {"donor"}
    | ANGOLA,
    ("partnerships.read_interest", "another donor's interest in Angola"): ANGOLA,
    ("partnerships.read_interest", "another donor's interest in Zimbabwe"): ZIMBABWE,
    ("partnerships.answer_interest", "the donor's interest in Angola"): ANGOLA,
    ("partnerships.answer_interest", "another donor's interest in Zimbabwe"): ZIMBABWE,
    ("partnerships.view_dashboard", None): {"committee", "chair", "isu"},
}


@pytest.fixture
def objects(angola, zimbabwe):
    def make(user, role):
        need = NeedFactory()
        return {
            None: None,
            "angola": angola,
            "zimbabwe": zimbabwe,
            "angolan partnership": PartnershipFactory(),
            "zimbabwean partnership": PartnershipFactory(state=zimbabwe),
            "published need": need,
            "draft need": NeedFactory(is_published=False),
            # The approved donor's own interest; for the other roles, a donor's.
            "the donor's interest in Angola": InterestFactory(
                need=need, donor=user if role == "donor" else DonorFactory()
            ),
            "another donor's interest in Angola": InterestFactory(need=need),
            "another donor's interest in Zimbabwe": InterestFactory(
                need=NeedFactory(state=zimbabwe)
            ),
        }

    return make


def test_every_rule_allows_exactly_its_roles(role, make_user, objects):
    user = make_user(role)
    reader = user or AnonymousUser()
    objs = objects(user, role)
    allowed = {(perm, obj): reader.has_perm(perm, objs[obj]) for perm, obj in RULES}
    expected = {rule: role in roles for rule, roles in RULES.items()}
    assert allowed == expected


def test_the_admin_is_the_isus_alone(role, make_user):
    reader = make_user(role) or AnonymousUser()
    perms = ["partnerships"] + [
        f"partnerships.{action}_{model}"
        for model in ADMIN_MODELS
        for action in ("view", "add", "change", "delete")
    ]
    granted = {perm for perm in perms if reader.has_perm(perm)}
    assert granted == (set(perms) if role == "isu" else set())
    assert reader.has_module_perms("partnerships") == (role == "isu")


def test_the_admin_rules_name_every_model_of_the_app():
    models = apps.get_app_config("partnerships").get_models()
    assert {model._meta.model_name for model in models} == set(ADMIN_MODELS)
