"""Who may do what with a State's page: national ownership [001, 003].

Only the State's own focal points, and the ISU acting for them, change what its
page says. Committee members read everything, drafts and history included.

Each list a page shows has its queryset filter beside the predicate that lets a
person open one item of it, so a page never lists what its reader may not open
(tests/country_pages/test_rules.py checks that they agree).
"""

import rules
from django.db.models import Q

from portal.rules import is_committee, is_focal_point, is_isu

from .models import FocalPointAssignment


def focal_state_ids(user) -> frozenset[int]:
    """The pks of the States a user is focal point for, cached on the user."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_focal_state_ids", None)
    if cached is None:
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


@rules.predicate
def is_published(user, obj):
    """A need or map its State has published."""
    return bool(obj is not None and obj.is_published)


# ISU staff act for any State; focal points for their own.
can_act_for_state = is_isu | is_focal_point_of
# Drafts and history are read by those who act for the State and the committee.
can_read_drafts = can_act_for_state | is_committee

rules.add_perm("country_pages.edit_page", can_act_for_state)
rules.add_perm("country_pages.publish_page", can_act_for_state)
rules.add_perm("country_pages.restore_revision", can_act_for_state)
rules.add_perm("country_pages.view_draft", can_read_drafts)
rules.add_perm("country_pages.view_history", can_read_drafts)
rules.add_perm("country_pages.maintain_status", is_isu)
rules.add_perm("country_pages.sync_reference_data", is_isu)
rules.add_perm("country_pages.assign_focal_points", is_isu)
rules.add_perm("country_pages.follow_country", rules.is_authenticated)


# --- Reading, and the lists that go with it ------------------------------------

# Every State Party, withdrawn ones included, is in the index and has a public page.
rules.add_perm("country_pages.read_state", rules.always_allow)


def states_visible_filter(user) -> Q:
    """The States `read_state` lets `user` read: all of them."""
    return Q()


# A need or a map is public once published; before that, a draft for those
# who read the State's drafts.
rules.add_perm("country_pages.read_need", is_published | can_read_drafts)
rules.add_perm("country_pages.read_map", is_published | can_read_drafts)


def page_items_visible_filter(user) -> Q:
    """The needs (or maps) `read_need` (`read_map`) lets `user` read."""
    if is_isu(user) or is_committee(user):
        return Q()
    visible = Q(is_published=True)
    if is_focal_point(user):
        visible |= Q(state_id__in=focal_state_ids(user))
    return visible


# --- The Django admin ------------------------------------------------------------
rules.add_perm("country_pages", is_isu)
for model in ("stateparty", "focalpointassignment", "need", "pagemap", "pagerevision"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"country_pages.{action}_{model}", is_isu)
