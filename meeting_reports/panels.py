"""Dashboard panels of meeting reports: held meetings still without a report
(the State and the ISU), reports that failed (the ISU), reports ready (the
committee)."""

from django.utils.translation import gettext as _

from portal.dashboard import Panel, register
from portal.rules import is_committee, is_focal_point, is_isu

from .selectors import (
    meetings_with_failed_report,
    meetings_without_report,
    reports_ready_list,
)


@register
def reports_to_ask_for(request):
    user = request.user
    if not (is_isu(user) or is_focal_point(user)):
        return None
    meetings, total = meetings_without_report(user=user)
    if not total:
        return None
    return Panel(
        title=_("Held meetings without a report"),
        template="meeting_reports/panels/reports_to_ask_for.html",
        context={"meetings": meetings, "total": total},
        order=25,
    )


@register
def reports_failed(request):
    if not is_isu(request.user):
        return None
    meetings = meetings_with_failed_report()
    if not meetings:
        return None
    return Panel(
        title=_("Reports that failed"),
        template="meeting_reports/panels/reports_failed.html",
        context={"meetings": meetings},
        order=18,
        urgent=True,
    )


@register
def reports_ready(request):
    if not is_committee(request.user):
        return None
    return Panel(
        title=_("Reports ready"),
        template="meeting_reports/panels/reports_ready.html",
        context={"versions": reports_ready_list()},
        order=10,
    )
