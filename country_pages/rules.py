"""Who may do what with a State's page: national ownership [001, 003].

Only the State's own focal points, and the ISU acting for them, change what its
page says. Committee members read everything, drafts and history included.
"""

import rules

from portal.rules import is_committee, is_focal_point, is_isu, is_oversight


def focal_state_ids(user) -> frozenset[int]:
    """The pks of the States a user is focal point for, cached on the user."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_focal_state_ids", None)
    if cached is None:
        from .models import FocalPointAssignment

        cached = frozenset(
            FocalPointAssignment.objects.filter(user=user).values_list(
                "state_id", flat=True
            )
        )
        user._focal_state_ids = cached
    return cached


def _state_pk(obj):
    """The State a permission is asked about: a State, or anything with .state_id."""
    if obj is None:
        return None
    return getattr(obj, "state_id", None) or getattr(obj, "pk", None)


@rules.predicate
def is_focal_point_of(user, obj):
    state_pk = _state_pk(obj)
    return bool(
        state_pk is not None
        and is_focal_point(user)
        and state_pk in focal_state_ids(user)
    )


# ISU staff act for any State; focal points for their own.
can_act_for_state = is_isu | is_focal_point_of

rules.add_perm("country_pages.edit_page", can_act_for_state)
rules.add_perm("country_pages.publish_page", can_act_for_state)
rules.add_perm("country_pages.view_draft", can_act_for_state | is_committee)
rules.add_perm("country_pages.view_history", can_act_for_state | is_committee)
rules.add_perm("country_pages.maintain_status", is_isu)
rules.add_perm("country_pages.sync_reference_data", is_isu)
rules.add_perm("country_pages.assign_focal_points", is_isu)
rules.add_perm("country_pages.view_all_drafts", is_oversight)

# The Django admin.
rules.add_perm("country_pages", is_isu)
for model in ("stateparty", "focalpointassignment", "need", "pagemap", "pagerevision"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"country_pages.{action}_{model}", is_isu)

rules.add_perm("country_pages.follow_country", rules.is_authenticated)

rules.add_perm("country_pages.restore_revision", can_act_for_state)
