"""What Article 7 reports add to a country page's "Status of Convention
implementation" (country_pages.registry): the figures of the latest submitted
report the reader may read, with its year and a link, and the State's Article 5
trajectory. The ISU's reference data (deadlines, statuses) stays beside them,
correctable by the ISU."""

from django.contrib.auth.models import AnonymousUser

from country_pages.models import SectionKey
from country_pages.registry import SectionPart, contribute

from .selectors import latest_current_report, report_figures
from .trajectory import trajectory_for


@contribute(SectionKey.STATUS, order=10)
def latest_report_part(*, state, user) -> SectionPart:
    """One query when the State has no report the reader may read."""
    user = user or AnonymousUser()  # a revision's snapshot is built without one
    report = latest_current_report(state=state, user=user, prefetch=False)
    trajectory = None
    if report is not None and state.article5_obligations_remaining:
        trajectory = trajectory_for(state=state, user=user)
    return SectionPart(
        template="article7/country_status.html",
        context={
            "state": state,
            "report": report,
            "figures": report_figures(report=report) if report else None,
            "trajectory": trajectory,
        },
        has_content=report is not None,
    )
