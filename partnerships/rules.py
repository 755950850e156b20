"""Who may do what with partnerships, interest in needs and NMAPs.

National ownership [001, 003]: a State's focal points (and the ISU acting for
them) keep its partnership and platform records; everyone may read them.
Only approved donors register interest; the State's focal points answer it.
"""

import rules

from country_pages.rules import can_act_for_state, is_focal_point
from portal.rules import is_donor, is_isu, is_oversight


@rules.predicate
def is_interest_donor(user, interest):
    return bool(interest is not None and interest.donor_id == user.pk)


@rules.predicate
def is_focal_point_of_need(user, interest):
    """Interest is about a need, whose State decides."""
    return bool(interest is not None and can_act_for_state(user, interest.need))


# Reading is public: partnerships, partners, charts, platforms, needs.
rules.add_perm("partnerships.view", rules.always_allow)
# Admin-style names (add_<model>, view_<model>) are the admin's, below.
# Creating asks about a State (or nothing, for the "new" form's State list).
rules.add_perm("partnerships.create_partnership", is_isu | is_focal_point)
rules.add_perm("partnerships.edit_partnership", can_act_for_state)
rules.add_perm("partnerships.create_partner", is_isu | is_focal_point)
rules.add_perm("partnerships.edit_platform", can_act_for_state)
rules.add_perm("partnerships.register_interest", is_donor)
rules.add_perm("partnerships.read_interest", is_interest_donor | is_focal_point_of_need)
rules.add_perm("partnerships.answer_interest", is_focal_point_of_need)
rules.add_perm("partnerships.view_dashboard", is_oversight)

# The Django admin.
rules.add_perm("partnerships", is_isu)
for model in (
    "partner", "partnership", "partnershippartner", "objective", "commitment",
    "dialogueentry", "interest", "platform", "platformmember",
):  # fmt: skip
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"partnerships.{action}_{model}", is_isu)
