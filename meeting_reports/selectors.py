"""Reads of meeting reports that views and other apps' pages share.

Lists filter by the same rules as meeting_reports/rules.py: a reader sees the
versions of the reports they may read, and only those who follow the rendering
see the versions that are not ready.
"""

from django.db.models import OuterRef, QuerySet, Subquery
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ia_meetings.models import Meeting, MeetingStatus
from ia_meetings.rules import focal_meeting_state_ids
from portal.models import DocumentStatus
from portal.rules import is_isu
from portal.summaries import SummaryItem

from .models import ReportAudience, ReportSharing, ReportVersion


def report_audience(*, meeting: Meeting) -> str:
    """Whom the State shared the meeting's reports with (the committee until it
    decides)."""
    try:
        return meeting.report_sharing.audience
    except ReportSharing.DoesNotExist:
        return ReportAudience.COMMITTEE


def report_meeting_get(*, pk: int) -> Meeting:
    """A meeting with what the report pages and their permission checks read."""
    return get_object_or_404(
        Meeting.objects.select_related("state", "report_sharing"), pk=pk
    )


def report_version_get(*, meeting_id: int, number: int) -> ReportVersion:
    return get_object_or_404(
        ReportVersion.objects.select_related(
            "meeting__state", "meeting__report_sharing"
        ),
        meeting_id=meeting_id,
        number=number,
    )


def report_version_list(*, meeting: Meeting, user) -> QuerySet[ReportVersion]:
    """The meeting's report versions `user` may see, newest first: every version
    for those who follow the rendering, the ready ones for other readers."""
    versions = meeting.report_versions.select_related("requested_by").order_by(
        "-number"
    )
    if not user.has_perm("meeting_reports.view_report_progress", meeting):
        versions = versions.filter(status=DocumentStatus.READY)
    return versions


def report_public_list(*, state, limit: int | None = None) -> list[SummaryItem]:
    """The latest ready version of each of the State's meetings whose reports
    the State made public, newest meeting first (the country page lists the
    first `limit`). One query, snapshots left in the database."""
    ready = ReportVersion.objects.filter(status=DocumentStatus.READY)
    latest = ready.filter(meeting=OuterRef("meeting")).order_by("-number")
    versions = (
        ready.filter(
            meeting__state=state,
            meeting__report_sharing__audience=ReportAudience.PUBLIC,
            number=Subquery(latest.values("number")[:1]),
        )
        .select_related("meeting")
        .defer("snapshot")
        .order_by("-meeting__starts_at", "-meeting_id")
    )
    if limit is not None:
        versions = versions[:limit]
    return [
        SummaryItem(
            title=_("Report: %(title)s") % {"title": version.meeting.title},
            url=version.get_absolute_url(),
            date=version.meeting.starts_at,
            detail=ngettext(
                "PDF, %(pages)s page, version %(number)s",
                "PDF, %(pages)s pages, version %(number)s",
                version.pages,
            )
            % {"pages": version.pages, "number": version.number},
        )
        for version in versions
    ]


# --- For the dashboard (panels.py) ---------------------------------------------


def _latest_version_status() -> Subquery:
    return Subquery(
        ReportVersion.objects.filter(meeting=OuterRef("pk"))
        .order_by("-number")
        .values("status")[:1]
    )


def meetings_without_report(*, user, limit: int = 10) -> tuple[list[Meeting], int]:
    """Held meetings of the States `user` acts for (the ISU: every State) for
    which nobody has asked for a report yet, newest first; and how many."""
    meetings = Meeting.objects.filter(
        status=MeetingStatus.HELD, report_versions__isnull=True
    )
    if not is_isu(user):
        meetings = meetings.filter(state_id__in=focal_meeting_state_ids(user))
    total = meetings.count()
    if not total:
        return [], 0
    rows = meetings.select_related("state").order_by("-starts_at", "-pk")[:limit]
    return list(rows), total


def meetings_with_failed_report(*, limit: int = 10) -> list[Meeting]:
    """Meetings whose latest report version failed (for the ISU)."""
    return list(
        Meeting.objects.annotate(latest_status=_latest_version_status())
        .filter(latest_status=DocumentStatus.FAILED)
        .select_related("state")
        .order_by("-starts_at", "-pk")[:limit]
    )


def reports_ready_list(*, limit: int = 10) -> list[ReportVersion]:
    """The latest ready version of each meeting's report, most recently made
    first (for the committee and the ISU, who read every report)."""
    ready = ReportVersion.objects.filter(status=DocumentStatus.READY)
    latest = ready.filter(meeting=OuterRef("meeting")).order_by("-number")
    return list(
        ready.filter(number=Subquery(latest.values("number")[:1]))
        .select_related("meeting__state")
        .order_by("-finished_at", "-pk")[:limit]
    )
