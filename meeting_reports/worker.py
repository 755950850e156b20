"""What follows once a report version is rendered: tell the readers.

The rendering itself is portal.documents' (one state machine, one task body
for every rendered document); this app registers its kind of document in
apps.py with `report_ready` below.
"""

from django.conf import settings
from django.urls import reverse

from country_pages.services import country_page_cache_drop
from portal.effects import on_commit
from portal.emails import email_link, email_send

from .document import report_html, report_language
from .models import ReportAudience, ReportVersion, report_file_key
from .selectors import report_audience


def report_participants_notify(*, version: ReportVersion) -> int:
    """E-mail each participant (one message each) a link to the report, in
    their preferred language, or the report's when they have no account."""
    meeting = version.meeting
    emails = sorted(
        {e.lower() for e in meeting.participants.values_list("email", flat=True)}
    )
    context = {
        "meeting": meeting,
        "version": version,
        # Made while each e-mail renders, in its recipient's language.
        "link": email_link(
            lambda: (
                settings.PORTAL_BASE_URL
                + reverse("meeting_reports:detail", kwargs={"pk": meeting.pk})
            )
        ),
    }
    for email in emails:
        email_send(
            template="meeting_reports/emails/report_ready",
            context=context,
            to=[email],
            # Participants without an account read the report's language.
            language=report_language(version.snapshot),
        )
    return len(emails)


def report_version_html(version: ReportVersion, made_at) -> str:
    return report_html(
        snapshot=version.snapshot, number=version.number, made_at=made_at
    )


def report_version_file_key(version: ReportVersion) -> str:
    return report_file_key(
        meeting_id=version.meeting_id, content_hash=version.content_hash
    )


def report_ready(version: ReportVersion) -> None:
    """In the transaction that marks the version ready: tell the participants
    when the State shared the reports with them, and show a public report on
    the country page."""
    audience = report_audience(meeting=version.meeting)
    if audience in (ReportAudience.PARTICIPANTS, ReportAudience.PUBLIC):
        report_participants_notify(version=version)
    if audience == ReportAudience.PUBLIC:
        on_commit(country_page_cache_drop, state=version.meeting.state)
