"""Follow-up reports of held meetings [001: "reports which can be shared with
participants"], rendered to PDF by a Celery worker.

Each rendering of a distinct content is a numbered ReportVersion; who may read
them is the State's decision, kept once per meeting in ReportSharing so
narrowing it also narrows the older versions.

The tables were created by ia_meetings (migration 0002) and keep their names:
the models moved here, the rows did not.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ia_meetings.models import Meeting


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


class ReportStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RENDERING = "rendering", _("Rendering")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class ReportStep(models.TextChoices):
    """What moves a version from one status to another."""

    CLAIM = "claim", "A worker takes the version"
    FINISH = "finish", "The PDF is stored"
    RETRY = "retry", "A transient error: back to the queue"
    FAIL = "fail", "A fault, the last try, or too long"
    ASK_AGAIN = "ask_again", "The State or the ISU asks for the same content again"


# Who takes a step: the rendering task, or whoever may ask for the report.
WORKER, REQUESTER = "worker", "requester"


@dataclass(frozen=True)
class Step:
    sources: tuple[str, ...]
    target: str
    by: str


# The one state machine of a version: the worker and the services move versions
# only through it, the rules and the pages read it (meeting_reports.flow).
REPORT_STEPS: dict[str, Step] = {
    ReportStep.CLAIM: Step(
        sources=(ReportStatus.QUEUED,), target=ReportStatus.RENDERING, by=WORKER
    ),
    ReportStep.FINISH: Step(
        sources=(ReportStatus.RENDERING,), target=ReportStatus.READY, by=WORKER
    ),
    ReportStep.RETRY: Step(
        sources=(ReportStatus.RENDERING,), target=ReportStatus.QUEUED, by=WORKER
    ),
    ReportStep.FAIL: Step(
        sources=(ReportStatus.QUEUED, ReportStatus.RENDERING),
        target=ReportStatus.FAILED,
        by=WORKER,
    ),
    # From "rendering" only once its worker is presumed lost (flow.REPORT_STALE_AFTER).
    ReportStep.ASK_AGAIN: Step(
        sources=(ReportStatus.QUEUED, ReportStatus.RENDERING, ReportStatus.FAILED),
        target=ReportStatus.QUEUED,
        by=REQUESTER,
    ),
}

# Statuses a worker's step leaves: queued and rendering.
PENDING_STATUSES = frozenset(
    status
    for step in REPORT_STEPS.values()
    if step.by == WORKER
    for status in step.sources
)


def report_file_key(*, meeting_id: int, content_hash: str) -> str:
    """Where a version's PDF lives: derived from what it shows, so a repeated
    render of the same content overwrites the same file. (The folder keeps the
    name it had before the reports had their own app: files already stored.)"""
    return f"ia_meetings/reports/{meeting_id}/{content_hash}.pdf"


class ReportVersion(models.Model):
    """One rendering of a meeting's report, made from a snapshot of its content."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="report_versions"
    )
    number = models.PositiveIntegerField()
    status = models.CharField(
        max_length=20, choices=ReportStatus.choices, default=ReportStatus.QUEUED
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requested_at = models.DateTimeField(default=timezone.now)
    # When the broker took the task, or when it last could not be reached: a
    # version stays queued (nothing is lost) and the page offers to ask again.
    enqueued_at = models.DateTimeField(null=True, blank=True)
    enqueue_failed_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    # What the PDF shows, as plain JSON; the hash makes a request idempotent.
    snapshot = models.JSONField()
    content_hash = models.CharField(max_length=64)
    file = models.FileField(max_length=200, blank=True)
    checksum = models.CharField(_("SHA-256 of the PDF"), max_length=64, blank=True)
    pages = models.PositiveIntegerField(null=True, blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)

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
                condition=Q(status__in=ReportStatus.values),
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
    def is_pending(self):
        """The worker will still move it on its own (the page keeps polling)."""
        return self.status in PENDING_STATUSES

    @property
    def is_waiting_for_broker(self):
        return bool(
            self.status == ReportStatus.QUEUED
            and self.enqueue_failed_at
            and not self.enqueued_at
        )

    @property
    def file_name(self):
        """IA-report-<ISO3>-<date of the meeting>-v<N>.pdf"""
        meeting = self.snapshot.get("meeting", {})
        return (
            f"IA-report-{self.snapshot.get('state', {}).get('iso3', 'XXX')}-"
            f"{meeting.get('date', '')}-v{self.number}.pdf"
        )
