"""Who may do what with personal API tokens: a signed-in person keeps their
own; the ISU sees and revokes anyone's in the admin."""

import rules

from portal.rules import is_isu, is_signed_in

rules.add_perm("api.keep_tokens", is_signed_in)

rules.add_perm("api", is_isu)
for _action in ("view", "delete"):
    rules.add_perm(f"api.{_action}_personaltoken", is_isu)
