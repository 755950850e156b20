"""Reads of IA meetings that views and other apps share.

The functions at the top are the contract other apps use; they return plain
values (portal.summaries), never models.
"""

from dataclasses import dataclass, field
from datetime import datetime

from portal.summaries import SummaryItem


@dataclass
class CountryIASummary:
    """What a country page's "Individualised Approach" section shows."""

    highlights: list[SummaryItem] = field(default_factory=list)
    upcoming_meetings: list[SummaryItem] = field(default_factory=list)
    past_meetings: list[SummaryItem] = field(default_factory=list)
    reports: list[SummaryItem] = field(default_factory=list)
    presentations: list[SummaryItem] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (
            self.highlights
            or self.upcoming_meetings
            or self.past_meetings
            or self.reports
            or self.presentations
        )


def country_ia_summary(*, state, user) -> CountryIASummary:
    """The IA section of `state`'s page, as `user` may see it."""
    return CountryIASummary()


def states_with_ia_platform() -> set[int]:
    """pks of the States that have launched an IA platform (held an IA meeting)."""
    return set()


def last_meeting_start(*, state, kind: str) -> datetime | None:
    """When the State's latest held or scheduled meeting of `kind` starts."""
    return None


def country_meetings(*, state, user, kind: str = "") -> list[SummaryItem]:
    """The State's meetings that `user` may see, newest first, optionally one kind.

    The National Mine Action Platform page lists its meetings (kind "nmap") here.
    """
    return []


# --- Follow-up reports (issue 6) ----------------------------------------------


def report_meeting_get(*, pk: int):
    """A meeting with what the report pages and their permission checks read."""
    from django.shortcuts import get_object_or_404

    from .models import Meeting

    return get_object_or_404(
        Meeting.objects.select_related("state", "report_sharing"), pk=pk
    )


def report_version_list(*, meeting, user):
    """The meeting's report versions `user` may see, newest first: every version
    for those who follow the rendering, the ready ones for other readers."""
    from .models import ReportStatus

    versions = meeting.report_versions.select_related("requested_by").order_by(
        "-number"
    )
    if not user.has_perm("ia_meetings.view_report_progress", meeting):
        versions = versions.filter(status=ReportStatus.READY)
    return versions


def report_public_list(*, state) -> list[SummaryItem]:
    """The latest ready version of each of the State's meetings whose reports
    the State made public, newest meeting first (the country page lists them)."""
    from django.db.models import Max

    from .models import ReportAudience, ReportStatus, ReportVersion

    latest = (
        ReportVersion.objects.filter(
            meeting__state=state,
            meeting__report_sharing__audience=ReportAudience.PUBLIC,
            status=ReportStatus.READY,
        )
        .values("meeting_id")
        .annotate(number=Max("number"))
    )
    wanted = {(row["meeting_id"], row["number"]) for row in latest}
    versions = (
        ReportVersion.objects.filter(meeting_id__in={m for m, _ in wanted})
        .filter(status=ReportStatus.READY)
        .select_related("meeting")
        .order_by("-meeting__starts_at", "-number")
    )
    return [
        SummaryItem(
            title=f"Report: {version.meeting.title}",
            url=version.get_absolute_url(),
            date=version.meeting.starts_at,
            detail=f"PDF, {version.pages} pages, version {version.number}",
        )
        for version in versions
        if (version.meeting_id, version.number) in wanted
    ]
