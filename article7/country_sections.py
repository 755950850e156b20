"""What Article 7 reports add to a country page's "Status of Convention
implementation" (country_pages.registry): the figures of the latest submitted
report the reader may read, with its year and a link, and the State's Article 5
trajectory. The ISU's reference data (deadlines, statuses) stays beside them,
correctable by the ISU."""

from country_pages.models import SectionKey
from country_pages.registry import SectionPart, contribute

from .selectors import latest_current_report, report_figures
from .trajectory import trajectory_for


@contribute(SectionKey.STATUS, order=10)
def latest_report_part(*, state, user) -> SectionPart:
    report = latest_current_report(state=state, user=user, prefetch=False)
    return SectionPart(
        template="article7/country_status.html",
        context={
            "state": state,
            "report": report,
            "figures": report_figures(report=report) if report else None,
        },
        has_content=report is not None,
    )


@contribute(SectionKey.STATUS, order=20)
def trajectory_part(*, state, user) -> SectionPart | None:
    if not state.article5_obligations_remaining:
        return None
    trajectory = trajectory_for(state=state, user=user)
    return SectionPart(
        template="article7/trajectory.html",
        context={"trajectory": trajectory},
        has_content=trajectory.has_data,
    )
