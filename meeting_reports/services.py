"""Every write to meeting reports: asking for a version, deciding the sharing,
handing waiting versions to the workers again.

Permission checks happen in the views (meeting_reports/rules.py); these keep
the rules of the domain: a report of a held meeting only, one version per
distinct content, participants told once the reports are opened to them.
"""

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from country_pages.services import country_page_cache_drop
from ia_meetings.models import Meeting, MeetingStatus
from portal.documents import document_request
from portal.effects import on_commit
from portal.models import DocumentStatus
from portal.services import ServiceError, audit_record

from .document import report_snapshot
from .models import ReportAudience, ReportSharing, ReportVersion
from .selectors import report_audience
from .worker import report_participants_notify


@transaction.atomic
def report_request(*, meeting: Meeting, user, language: str = "") -> ReportVersion:
    """Ask for the report of a held meeting as it stands now, written in
    `language` (else the active one): each language is a version of its own.

    The same content never makes a second version: the existing one is returned
    (and handed to the workers again if the state machine allows asking again:
    still waiting, failed, or its worker lost).
    Otherwise a new numbered version is queued and rendered after commit.
    """
    meeting = (
        Meeting.objects.select_for_update().select_related("state").get(pk=meeting.pk)
    )
    if meeting.status != MeetingStatus.HELD:
        raise ServiceError(_("A report can be made once the meeting has been held."))
    with translation.override(language or translation.get_language()):
        snapshot = report_snapshot(meeting=meeting)
    version, created = document_request(
        model=ReportVersion,
        of={"meeting": meeting},
        snapshot=snapshot,
        user=user,
    )
    if not created:
        return version
    audit_record(
        actor=user,
        action="report.request",
        summary=f"{meeting.state.name}: report v{version.number} of “{meeting.title}”",
        target=version,
    )
    return version


@transaction.atomic
def report_share(*, meeting: Meeting, user, audience: str) -> ReportSharing:
    """The State (or the ISU for it) decides who may read the meeting's reports.

    Widening to participants e-mails them the latest ready version; making it
    public (or no longer public) refreshes the country page.
    """
    if audience not in ReportAudience.values:
        raise ServiceError(_("Choose who the report is shared with."))
    before = report_audience(meeting=meeting)
    sharing, _created = ReportSharing.objects.update_or_create(
        meeting=meeting,
        defaults={
            "audience": audience,
            "decided_by": user,
            "decided_at": timezone.now(),
        },
    )
    meeting.report_sharing = sharing
    audit_record(
        actor=user,
        action="report.share",
        summary=f"{meeting.state.name}: reports of “{meeting.title}” shared with "
        f"{sharing.get_audience_display().lower()}",
        target=meeting,
        data={"from": before, "to": audience},
    )
    if ReportAudience.PUBLIC in (before, audience) and before != audience:
        on_commit(country_page_cache_drop, state=meeting.state)
    opened = {ReportAudience.PARTICIPANTS, ReportAudience.PUBLIC}
    if audience in opened and before not in opened:
        latest = (
            meeting.report_versions.filter(status=DocumentStatus.READY)
            .order_by("-number")
            .first()
        )
        if latest is not None:
            report_participants_notify(version=latest)
    return sharing
