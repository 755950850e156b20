"""The report section of a held meeting's page (ia_meetings.registry)."""

from ia_meetings.models import MeetingStatus
from ia_meetings.registry import MeetingPart, contribute

from .selectors import report_version_list


@contribute(order=10)
def report_section(*, meeting, user) -> MeetingPart | None:
    """A link to the report page, with the latest version the reader may see."""
    if meeting.status != MeetingStatus.HELD:
        return None
    if not user.has_perm("meeting_reports.view_reports", meeting):
        return None
    return MeetingPart(
        template="meeting_reports/meeting_section.html",
        context={
            "meeting": meeting,
            "latest": report_version_list(meeting=meeting, user=user).first(),
        },
    )
