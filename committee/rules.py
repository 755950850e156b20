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

from ia_meetings.rules import oversees_state
from meeting_reports.rules import is_report_ready
from portal.rules import is_oversight

rules.add_perm("committee.view_changes", rules.always_allow)
rules.add_perm("committee.view_all_changes", oversees_state)
rules.add_perm("committee.view_across_states", is_oversight)
rules.add_perm("committee.view_accountability", rules.always_allow)

# The dossier of a State (obj: the State, or a dossier version of it): read
# and asked for by those who oversee the State; a version downloads once ready.
rules.add_perm("committee.view_dossier", oversees_state)
rules.add_perm("committee.request_dossier", oversees_state)
rules.add_perm("committee.download_dossier", is_report_ready & oversees_state)
