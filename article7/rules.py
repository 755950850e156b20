"""Who may do what with Article 7 reports.

National ownership [001, 003]: only the State's focal points, and the ISU
acting for them, prepare and submit its report. A submitted version is
read-only to everyone. Drafts and submitted versions are read by the State,
the ISU and the Committees; a version the ISU published is public, and stays
so once a correction supersedes it.

Each list has its queryset filter beside the predicate that opens one item of
it (tests/article7/test_rules.py checks that they agree).
"""

import rules
from django.db.models import Q

from country_pages.rules import can_act_for_state, can_read_drafts, focal_state_ids
from portal.rules import is_committee, is_focal_point, is_isu

from .models import ReportStatus


@rules.predicate
def is_draft(user, report):
    return bool(report is not None and report.status == ReportStatus.DRAFT)


@rules.predicate
def is_published(user, report):
    return bool(report is not None and report.published_at is not None)


@rules.predicate
def is_current(user, report):
    """Submitted, acknowledged or published, and not superseded."""
    return bool(
        report is not None
        and report.status
        in (ReportStatus.SUBMITTED, ReportStatus.ACKNOWLEDGED, ReportStatus.PUBLISHED)
    )


@rules.predicate
def is_under_review(user, report):
    return bool(
        report is not None
        and report.status in (ReportStatus.SUBMITTED, ReportStatus.ACKNOWLEDGED)
    )


read_report = is_published | can_read_drafts
rules.add_perm("article7.read_report", read_report)
# The State's reports page and the start of a report are about a State.
rules.add_perm("article7.create_report", can_act_for_state)
rules.add_perm("article7.edit_report", can_act_for_state & is_draft)
rules.add_perm("article7.submit_report", can_act_for_state & is_draft)
rules.add_perm("article7.correct_report", can_act_for_state & is_current)
rules.add_perm("article7.review_report", is_isu & is_under_review)
# The PDF of a submitted version: whoever may read it (signed in, to ask for
# one; rendering costs a worker's time) once it is no longer a draft.
rules.add_perm("article7.request_pdf", read_report & rules.is_authenticated & ~is_draft)
rules.add_perm("article7.download_pdf", read_report & ~is_draft)
# The views' gates: the services then say why a step is not possible now
# (e.g. a second submission of the same version) instead of a bare refusal.
rules.add_perm("article7.act_for_report", can_act_for_state)
rules.add_perm("article7.review_reports", is_isu)
# Who reported when, totals by region, coverage of disaggregated data.
rules.add_perm("article7.view_analysis", is_isu | is_committee)
rules.add_perm("article7.edit_guidance", is_isu)


def reports_visible_filter(user) -> Q:
    """The reports `read_report` lets `user` read."""
    if is_isu(user) or is_committee(user):
        return Q()
    visible = Q(published_at__isnull=False)
    if is_focal_point(user):
        visible |= Q(state_id__in=focal_state_ids(user))
    return visible


# --- The Django admin ------------------------------------------------------------
rules.add_perm("article7", is_isu)
for model in (
    "article7report", "guideedition", "guidesection", "guidequestion", "remindersent",
):  # fmt: skip
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"article7.{action}_{model}", is_isu)
