"""Who may read the committee's views: built from the other apps' predicates,
never a second rule of its own.

- What changed for a State: everyone reads its public part; what the lists
  hold for each reader is decided by the apps that own them (meetings, action
  points and follow-ups by `ia_meetings.read_meeting`, page history by
  `country_pages.view_history`). Those who oversee the State (the committee,
  the ISU and its focal points: `ia_meetings.oversees_state`) read all of it.
- The IA across States (stages, "left behind"): the committee and the ISU
  (`portal.rules.is_oversight`), who read every meeting.
- The accountability tracker: public meetings only, for everyone.
- A State's dossier: those who oversee the State, like what changed for it.
"""

import rules

from country_pages.rules import can_act_for_state
from ia_meetings.rules import oversees_state
from meeting_reports.rules import is_report_ready
from portal.rules import is_focal_point, is_isu, is_oversight

rules.add_perm("committee.view_changes", rules.always_allow)
rules.add_perm("committee.view_all_changes", oversees_state)
rules.add_perm("committee.view_across_states", is_oversight)
rules.add_perm("committee.view_accountability", rules.always_allow)

# The dossier of a State (obj: the State, or a dossier version of it): read
# and asked for by those who oversee the State; a version downloads once ready.
rules.add_perm("committee.view_dossier", oversees_state)
rules.add_perm("committee.request_dossier", oversees_state)
rules.add_perm("committee.download_dossier", is_report_ready & oversees_state)

# South-south exchange: offers and requests are public records, like
# partnerships; a State's focal points (or the ISU for it) post them, and
# either State's focal points (or the ISU) record the exchange once it happens.
rules.add_perm("committee.view_exchange", rules.always_allow)
rules.add_perm("committee.post_expertise", is_isu | is_focal_point)
rules.add_perm("committee.post_expertise_for", can_act_for_state)


@rules.predicate
def acts_for_either_state(user, match):
    return bool(
        match is not None
        and (
            can_act_for_state(user, match.offer)
            or can_act_for_state(user, match.request)
        )
    )


rules.add_perm("committee.record_exchange", acts_for_either_state)
