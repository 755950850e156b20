"""Follow-up reports of held meetings [001: "reports which can be shared with
participants"], rendered to PDF by a Celery worker.

Each rendering of a distinct content is a numbered ReportVersion; who may read
them is the State's decision, kept once per meeting in ReportSharing so
narrowing it also narrows the older versions.

The tables were created by ia_meetings (migration 0002) and keep their names:
the models moved here, the rows did not.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ia_meetings.models import Meeting
from portal.models import DocumentStatus, RenderedDocument


class ReportAudience(models.TextChoices):
    """Who besides the State, the committee and the ISU may read the reports."""

    COMMITTEE = "committee", _("The committee only (with the ISU and the State)")
    PARTICIPANTS = "participants", _("The meeting's participants")
    PUBLIC = "public", _("Everyone (listed on the country page)")


class ReportSharing(models.Model):
    """The State's decision on who may read a meeting's reports."""

    meeting = models.OneToOneField(
        Meeting,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="report_sharing",
    )
    audience = models.CharField(
        max_length=20, choices=ReportAudience.choices, default=ReportAudience.COMMITTEE
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "ia_meetings_reportsharing"
        constraints = [
            models.CheckConstraint(
                condition=Q(audience__in=ReportAudience.values),
                name="reportsharing_audience_valid",
            ),
        ]

    def __str__(self):
        return f"{self.meeting_id}: {self.get_audience_display()}"


def report_file_key(*, meeting_id: int, content_hash: str) -> str:
    """Where a version's PDF lives: derived from what it shows, so a repeated
    render of the same content overwrites the same file. (The folder keeps the
    name it had before the reports had their own app: files already stored.)"""
    return f"ia_meetings/reports/{meeting_id}/{content_hash}.pdf"


class ReportVersion(RenderedDocument):
    """One rendering of a meeting's report, made from a snapshot of its content."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="report_versions"
    )

    class Meta:
        db_table = "ia_meetings_reportversion"
        ordering = ["meeting", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "number"], name="unique_report_number"
            ),
            models.UniqueConstraint(
                fields=["meeting", "content_hash"], name="unique_report_content"
            ),
            models.CheckConstraint(
                condition=Q(status__in=DocumentStatus.values),
                name="reportversion_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status="ready")
                | (~Q(file="") & ~Q(checksum="") & Q(finished_at__isnull=False)),
                name="reportversion_ready_has_file",
            ),
        ]

    def __str__(self):
        return f"Report v{self.number} of meeting {self.meeting_id}"

    def get_absolute_url(self):
        return reverse(
            "meeting_reports:download",
            kwargs={"pk": self.meeting_id, "number": self.number},
        )

    @property
    def language(self) -> str:
        """The language the report is written in (chosen when asking for it;
        versions made before the portal had languages are in English)."""
        return (self.snapshot or {}).get("language") or settings.LANGUAGE_CODE

    @property
    def language_name(self) -> str:
        return dict(settings.LANGUAGES).get(self.language, self.language)

    @property
    def file_name(self):
        """IA-report-<ISO3>-<date of the meeting>-v<N>.pdf"""
        meeting = self.snapshot.get("meeting", {})
        return (
            f"IA-report-{self.snapshot.get('state', {}).get('iso3', 'XXX')}-"
            f"{meeting.get('date', '')}-v{self.number}.pdf"
        )
