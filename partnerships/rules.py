"""Who may do what with partnerships, interest in needs and NMAPs.

National ownership [001, 003]: a State's focal points (and the ISU acting for
them) keep its partnership and platform records; everyone may read them.
Only approved donors register interest; the State's focal points answer it.

Each list a page shows has its queryset filter right beside the predicate it
mirrors (`<list>_filter(user) -> Q`), so a list never shows what the rule
refuses, nor hides what it allows; tests/partnerships/test_lists.py checks
that they agree for every role.
"""

import rules
from django.db.models import Q

from country_pages.rules import can_act_for_state, focal_state_ids, is_focal_point_of
from portal.rules import is_donor, is_focal_point, is_isu, is_oversight

NOTHING = Q(pk__in=[])


# Partnerships, partners, charts and platforms are public records ---

rules.add_perm("partnerships.view", rules.always_allow)


def partnership_list_filter(user) -> Q:
    """The partnerships list: every partnership, for everyone (`view`)."""
    return Q()


# A State's records are kept by its focal points and the ISU ---

# Creating asks about no State: the "new" form offers the user's States.
rules.add_perm("partnerships.create_partnership", is_isu | is_focal_point)
rules.add_perm("partnerships.create_partner", is_isu | is_focal_point)
# Asked about a partnership or a State (anything with a State).
rules.add_perm("partnerships.edit_partnership", can_act_for_state)
rules.add_perm("partnerships.edit_platform", can_act_for_state)


def platform_kept_filter(user) -> Q:
    """The platforms of the user's own States, whose overdue meetings their
    dashboard warns about: the twin of `is_focal_point_of` on a platform.
    (The ISU may edit every platform but is warned about none.)"""
    if not is_focal_point(user):
        return NOTHING
    return Q(state_id__in=focal_state_ids(user))


# The needs browser ---


@rules.predicate
def is_published_need(user, need):
    """A need a State has published: anyone finds it in the needs browser."""
    return bool(need is not None and need.is_published)


def need_browser_filter(user) -> Q:
    return Q(is_published=True)


rules.add_perm("partnerships.browse_need", is_published_need)


# Interest in needs: the Platform for Partnerships ---


@rules.predicate
def is_interest_donor(user, interest):
    """The donor who registered this interest."""
    return bool(interest is not None and interest.donor_id == user.pk)


def interest_sent_filter(user) -> Q:
    """The donor's own interest (their dashboard's "your interest")."""
    if not user.is_authenticated:
        return NOTHING
    return Q(donor_id=user.pk)


@rules.predicate
def is_focal_point_of_need(user, interest):
    """Interest in a need of one of the user's own States: it is addressed to
    them (the ISU answers it too, but it is not addressed to the ISU)."""
    return bool(interest is not None and is_focal_point_of(user, interest.need))


def interest_received_filter(user) -> Q:
    """Interest addressed to the user (their dashboard's "interest received")."""
    if not is_focal_point(user):
        return NOTHING
    return Q(need__state_id__in=focal_state_ids(user))


rules.add_perm("partnerships.register_interest", is_donor)
rules.add_perm(
    "partnerships.read_interest", is_interest_donor | is_isu | is_focal_point_of_need
)


def interest_readable_filter(user) -> Q:
    """The interest `read_interest` lets the user read: the ISU all, a focal
    point that addressed to their States, a donor their own (a need's page)."""
    if not user.is_authenticated:
        return NOTHING
    if is_isu(user):
        return Q()
    readable = Q(donor_id=user.pk)
    if is_focal_point(user):
        readable |= Q(need__state_id__in=focal_state_ids(user))
    return readable


rules.add_perm("partnerships.answer_interest", is_isu | is_focal_point_of_need)

# Funding, interest and platforms across countries.
rules.add_perm("partnerships.view_dashboard", is_oversight)


# The Django admin: ISU staff only ---

ADMIN_MODELS = [
    "partner",
    "partnership",
    "partnershippartner",
    "objective",
    "commitment",
    "dialogueentry",
    "interest",
    "platform",
    "platformmember",
]
rules.add_perm("partnerships", is_isu)
for model in ADMIN_MODELS:
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"partnerships.{action}_{model}", is_isu)
