"""Every rule of country_pages/rules.py, for every role (national ownership [001]).

The focal point is Angola's; the other focal point is Zimbabwe's. Each rule is
asked about Angola (its page, a need or a map of it) unless it takes no object.
"""

import pytest
from django.contrib.auth.models import AnonymousUser

from country_pages import rules as page_rules
from country_pages.models import MapKind, Need, PageMap, StateParty
from tests.conftest import ROLES
from tests.factories import NeedFactory

EVERYONE = set(ROLES)
SIGNED_IN = EVERYONE - {"anonymous"}
ACTS_FOR_ANGOLA = {"focal_point", "isu"}
READS_ANGOLAS_DRAFTS = ACTS_FOR_ANGOLA | {"committee", "chair"}

# rule, who holds it for Angola (or with no object).
RULES_ON_ANGOLA = [
    ("country_pages.edit_page", ACTS_FOR_ANGOLA),
    ("country_pages.publish_page", ACTS_FOR_ANGOLA),
    ("country_pages.restore_revision", ACTS_FOR_ANGOLA),
    ("country_pages.view_draft", READS_ANGOLAS_DRAFTS),
    ("country_pages.view_history", READS_ANGOLAS_DRAFTS),
    ("country_pages.maintain_status", {"isu"}),
    ("country_pages.read_state", EVERYONE),
]
RULES_WITHOUT_OBJECT = [
    ("country_pages.assign_focal_points", {"isu"}),
    ("country_pages.sync_reference_data", {"isu"}),
    ("country_pages.follow_country", SIGNED_IN),
    ("country_pages.read_state", EVERYONE),
]


def person(make_user, role):
    return make_user(role) or AnonymousUser()


def test_who_holds_each_rule_on_angolas_page(role, make_user, angola):
    user = person(make_user, role)
    for perm, holders in RULES_ON_ANGOLA:
        assert user.has_perm(perm, angola) is (role in holders), perm


def test_who_holds_each_rule_that_names_no_state(role, make_user):
    user = person(make_user, role)
    for perm, holders in RULES_WITHOUT_OBJECT:
        assert user.has_perm(perm) is (role in holders), perm


def test_a_need_answers_for_its_state(role, make_user, angola):
    """Rules asked about a need go by the State it belongs to."""
    user = person(make_user, role)
    need = NeedFactory(state=angola)
    for perm, _ in RULES_ON_ANGOLA:
        assert user.has_perm(perm, need) is user.has_perm(perm, angola), perm


def test_zimbabwes_focal_point_acts_for_zimbabwe_only(make_user, angola, zimbabwe):
    other = make_user("other_focal_point")
    assert other.has_perm("country_pages.edit_page", zimbabwe)
    assert other.has_perm("country_pages.publish_page", zimbabwe)
    assert other.has_perm("country_pages.view_draft", zimbabwe)
    assert not other.has_perm("country_pages.edit_page", angola)
    assert not other.has_perm("country_pages.view_draft", angola)


def test_an_assignment_without_the_focal_point_role_gives_no_rights(make_user, angola):
    """Someone whose role the ISU changed keeps no focal point rights."""
    former = make_user("focal_point")
    former.role = "member"
    former.save(update_fields=["role"])
    assert not former.has_perm("country_pages.edit_page", angola)
    assert not former.has_perm("country_pages.view_draft", angola)


@pytest.mark.parametrize("published", [True, False], ids=["published", "draft"])
@pytest.mark.parametrize("kind", ["need", "map"])
def test_who_reads_a_need_or_map_of_angola(kind, published, role, make_user, angola):
    user = person(make_user, role)
    if kind == "need":
        item = NeedFactory(state=angola, is_published=published)
    else:
        item = PageMap.objects.create(
            state=angola,
            title="Contamination",
            kind=MapKind.IMAGE,
            file="x.png",
            content_type="image/png",
            extension="png",
            is_published=published,
        )
    readers = EVERYONE if published else READS_ANGOLAS_DRAFTS
    assert user.has_perm(f"country_pages.read_{kind}", item) is (role in readers)


def test_the_needs_filter_agrees_with_the_read_rule(role, make_user, angola, zimbabwe):
    """page_items_visible_filter lists exactly the needs read_need allows."""
    user = person(make_user, role)
    for state in (angola, zimbabwe):
        NeedFactory(state=state, is_published=True)
        NeedFactory(state=state, is_published=False)
    needs = Need.objects.filter(state__in=[angola, zimbabwe])
    listed = set(needs.filter(page_rules.page_items_visible_filter(user)))
    allowed = {n for n in needs if user.has_perm("country_pages.read_need", n)}
    assert listed == allowed
    assert len(allowed) == {
        "isu": 4,
        "committee": 4,
        "chair": 4,
        "focal_point": 3,
        "other_focal_point": 3,
    }.get(role, 2)


def test_only_the_isu_opens_country_pages_in_the_admin(role, make_user):
    assert person(make_user, role).has_module_perms("country_pages") is (role == "isu")


def test_the_states_filter_agrees_with_the_read_rule(role, make_user):
    user = person(make_user, role)
    listed = set(StateParty.objects.filter(page_rules.states_visible_filter(user)))
    allowed = {
        s
        for s in StateParty.objects.all()
        if user.has_perm("country_pages.read_state", s)
    }
    assert listed == allowed == set(StateParty.objects.all())
