"""Reads of meeting reports that views and other apps' pages share.

Lists filter by the same rules as meeting_reports/rules.py: a reader sees the
versions of the reports they may read, and only those who follow the rendering
see the versions that are not ready.
"""

from django.db.models import OuterRef, QuerySet, Subquery
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ia_meetings.models import Meeting
from portal.summaries import SummaryItem

from .models import ReportAudience, ReportSharing, ReportStatus, ReportVersion


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
    for those who follow the rendering, the ready ones for other readers.

    Without their snapshots (the content each was made from, hundreds of kB
    at scale): a list shows numbers, statuses and files."""
    versions = (
        meeting.report_versions.select_related("requested_by")
        .defer("snapshot")
        .order_by("-number")
    )
    if not user.has_perm("meeting_reports.view_report_progress", meeting):
        versions = versions.filter(status=ReportStatus.READY)
    return versions


def report_public_list(*, state, limit: int | None = None) -> list[SummaryItem]:
    """The latest ready version of each of the State's meetings whose reports
    the State made public, newest meeting first (the country page lists the
    first `limit`). One query, snapshots left in the database."""
    ready = ReportVersion.objects.filter(status=ReportStatus.READY)
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
