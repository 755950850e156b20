"""The life of an Article 7 report: draft, submitted, acknowledged, published.

One table of the steps a report version may take. The rules (who may take a
step), the service that takes it (report_step) and the buttons on the report
page all read it, so they cannot disagree. A correction is not a step of the
old version: it is a new draft that, once submitted, marks the old version
superseded (services.report_submit).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import ReportStatus

SUBMIT = "article7.submit_report"
REVIEW = "article7.review_report"

D, S, A, P = (
    ReportStatus.DRAFT,
    ReportStatus.SUBMITTED,
    ReportStatus.ACKNOWLEDGED,
    ReportStatus.PUBLISHED,
)


@dataclass(frozen=True)
class Step:
    sources: tuple[str, ...]
    target: str
    label: object
    permission: str
    style: str = ""


# In the order the report page shows the buttons.
STEPS = (
    Step((D,), S, _("Submit the report"), SUBMIT),
    Step((S,), A, _("Acknowledge receipt"), REVIEW, style="secondary"),
    Step((S, A), P, _("Publish the report"), REVIEW),
)

# Versions that count as the State's report for their year (not drafts, not
# replaced by a correction).
CURRENT_STATUSES = (S, A, P)


def step_to(target: str) -> Step | None:
    return next((step for step in STEPS if step.target == target), None)


def steps_for(*, user, report) -> list[Step]:
    """The steps `user` may take on `report` now: the page's buttons."""
    return [
        step
        for step in STEPS
        if report.status in step.sources and user.has_perm(step.permission, report)
    ]
