"""IA meetings [001; 002 §§5–9] and National Mine Action Platform meetings [003].

An affected State presents its status, needs and challenges to donors, operators
and other States; the meeting starts a follow-up that lasts until completion.
"""

import uuid
import zoneinfo
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone

from country_pages.models import StateParty


class MeetingKind(models.TextChoices):
    IA_LAUNCH = "ia_launch", "IA launch"
    IA_FOLLOW_UP = "ia_follow_up", "IA follow-up"
    STAKEHOLDER = "stakeholder_coordination", "In-country stakeholder coordination"
    NMAP = "nmap", "National Mine Action Platform meeting"


class MeetingSetting(models.TextChoices):
    """Where the State chose to hold it [001]."""

    INTERSESSIONAL = "intersessional", "On the margins of the Intersessional Meetings"
    MSP = "msp", "On the margins of a Meeting of the States Parties"
    REVIEW_CONFERENCE = "review_conference", "On the margins of a Review Conference"
    GENEVA = "geneva", "In Geneva"
    IN_COUNTRY = "in_country", "In the affected State"
    ONLINE = "online", "Online"


class MeetingFormat(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    HYBRID = "hybrid", "Hybrid"
    ONLINE = "online", "Online"


class MeetingStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    SCHEDULED = "scheduled", "Scheduled"
    HELD = "held", "Held"
    CANCELLED = "cancelled", "Cancelled"


class Visibility(models.TextChoices):
    """Who besides the State, the committee and the ISU may read the meeting."""

    PUBLIC = "public", "Public (once scheduled)"
    PARTICIPANTS = "participants", "Participants"
    COMMITTEE = "committee", "Committee only (restricted)"


def validate_timezone(value):
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            f"“{value}” is not a known time zone; use a name such as "
            "Europe/Zurich or Africa/Khartoum."
        ) from exc


class Meeting(models.Model):
    state = models.ForeignKey(
        StateParty, on_delete=models.PROTECT, related_name="meetings"
    )
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=30, choices=MeetingKind.choices)
    setting = models.CharField("where", max_length=30, choices=MeetingSetting.choices)
    format = models.CharField(max_length=20, choices=MeetingFormat.choices)
    venue = models.CharField(
        max_length=300, blank=True, help_text="Room, building and city."
    )
    online_link = models.URLField(
        "link to join online",
        blank=True,
        help_text="Shown to participants, the State, the committee and the ISU only.",
    )
    # Stored in UTC like every datetime; `timezone` is where people will be.
    starts_at = models.DateTimeField(db_index=True)
    ends_at = models.DateTimeField()
    timezone = models.CharField(
        "time zone",
        max_length=64,
        default="Europe/Zurich",
        validators=[validate_timezone],
        help_text="IANA name, e.g. Europe/Zurich, Africa/Khartoum.",
    )
    status = models.CharField(
        max_length=20, choices=MeetingStatus.choices, default=MeetingStatus.PROPOSED
    )
    visibility = models.CharField(
        max_length=20, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    purpose = models.TextField(
        blank=True, help_text="Markdown. What the State wants from the meeting."
    )
    highlights = models.TextField(
        "highlights of cooperation",
        blank=True,
        help_text="Markdown. Shown on the country page once the meeting is held.",
    )
    previous_meeting = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="subsequent_meetings",
        help_text="The meeting this one follows up.",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-starts_at", "-pk"]
        indexes = [
            models.Index(fields=["state", "kind", "status"]),
            models.Index(fields=["visibility", "status", "starts_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="meeting_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=MeetingKind.values), name="meeting_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=MeetingStatus.values),
                name="meeting_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(visibility__in=Visibility.values),
                name="meeting_visibility_valid",
            ),
            models.CheckConstraint(
                condition=~Q(previous_meeting=F("pk")), name="meeting_not_own_previous"
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.state.name}, {self.starts_at:%d %b %Y})"

    def get_absolute_url(self):
        return reverse("ia_meetings:detail", kwargs={"pk": self.pk})

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def starts_local(self):
        return timezone.localtime(self.starts_at, self.tzinfo)

    @property
    def ends_local(self):
        return timezone.localtime(self.ends_at, self.tzinfo)


class MeetingStatusChange(models.Model):
    """Each status change, with who made it and when."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(
        max_length=20, choices=MeetingStatus.choices, blank=True
    )
    to_status = models.CharField(max_length=20, choices=MeetingStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.meeting_id}: {self.from_status or '—'} → {self.to_status}"


class AgendaItem(models.Model):
    """One item of the agenda; the standard I–IV structure is created with the
    meeting [001] and stays editable."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="agenda_items"
    )
    order = models.PositiveIntegerField(default=0)
    code = models.CharField(max_length=10, blank=True, help_text="e.g. II.A")
    title = models.CharField(max_length=400)
    # Section II is the State's presentation: its focal points write it [001].
    by_state = models.BooleanField(
        "part of the State's presentation",
        default=False,
        help_text="The State's focal points write its content and minutes.",
    )
    presenter = models.CharField(max_length=200, blank=True)
    start_time = models.TimeField(
        null=True, blank=True, help_text="Local time of the meeting."
    )
    content = models.TextField(
        "presentation", blank=True, help_text="Markdown. What is presented."
    )
    minutes = models.TextField(blank=True, help_text="Markdown. What was said.")
    minutes_final = models.BooleanField("minutes are final", default=False)
    minutes_finalised_at = models.DateTimeField(null=True, blank=True)
    minutes_finalised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["meeting", "order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(minutes_final=False)
                | Q(minutes_finalised_at__isnull=False),
                name="agendaitem_final_has_date",
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.title}".strip()

    def get_absolute_url(self):
        return f"{self.meeting.get_absolute_url()}#item-{self.pk}"


class ParticipantGroup(models.TextChoices):
    STATE = "state", "State"
    DONOR = "donor", "Donor"
    OPERATOR = "operator", "Mine action operator"
    NGO = "ngo", "NGO"
    UN = "un", "UN"
    OTHER = "other", "Other"


class Response(models.TextChoices):
    NONE = "none", "No response yet"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"


class Participant(models.Model):
    """Someone the State decided to invite; matched to an account by e-mail."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="participants"
    )
    group = models.CharField(max_length=20, choices=ParticipantGroup.choices)
    organisation = models.CharField(max_length=200)
    name = models.CharField(max_length=200)
    email = models.EmailField("e-mail")
    invitation_sent_at = models.DateTimeField(null=True, blank=True)
    response = models.CharField(
        max_length=10, choices=Response.choices, default=Response.NONE
    )
    responded_at = models.DateTimeField(null=True, blank=True)
    attended = models.BooleanField(default=False)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["meeting", "group", "organisation", "name"]
        indexes = [models.Index(Lower("email"), name="participant_email_lower")]
        constraints = [
            models.UniqueConstraint(
                "meeting",
                Lower("email"),
                name="unique_participant_email_per_meeting",
                violation_error_message="This e-mail is already on the list.",
            ),
            models.CheckConstraint(
                condition=Q(response="none") | Q(responded_at__isnull=False),
                name="participant_response_has_date",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.organisation})"


# Allowed uploads: extension -> (content type, leading bytes that file starts with).
# The Office formats are ZIP containers, so their signature is ZIP's.
MATERIAL_TYPES = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".pptx": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        (b"PK\x03\x04",),
    ),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        (b"PK\x03\x04",),
    ),
    ".xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        (b"PK\x03\x04",),
    ),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
}


def material_upload_to(instance, filename):
    """A path nobody can guess; the original name is kept on the row."""
    suffix = PurePosixPath(filename).suffix.lower()
    return f"ia_meetings/materials/{uuid.uuid4().hex}{suffix}"


class Material(models.Model):
    """A presentation or document for an agenda item."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="materials"
    )
    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="materials"
    )
    title = models.CharField(max_length=200)
    file = models.FileField(upload_to=material_upload_to, max_length=200)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["agenda_item__order", "uploaded_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(size__gt=0), name="material_not_empty"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("ia_meetings:material_download", kwargs={"pk": self.pk})


class ActionPointStatus(models.TextChoices):
    OPEN = "open", "Open"
    IN_PROGRESS = "in_progress", "In progress"
    DONE = "done", "Done"


class ActionPoint(models.Model):
    """What someone undertook to do, by when [003 §10]."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="action_points"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_points",
    )
    description = models.TextField("what", help_text="Markdown.")
    owner_organisation = models.CharField("owner (organisation)", max_length=200)
    due_date = models.DateField(null=True, blank=True)
    status = models.CharField(
        max_length=20, choices=ActionPointStatus.choices, default=ActionPointStatus.OPEN
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["due_date", "pk"]
        indexes = [models.Index(fields=["status", "due_date"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ActionPointStatus.values),
                name="actionpoint_status_valid",
            ),
        ]

    def __str__(self):
        return self.description[:80]

    def get_absolute_url(self):
        return f"{self.meeting.get_absolute_url()}#action-{self.pk}"

    @property
    def is_overdue(self):
        return bool(
            self.status != ActionPointStatus.DONE
            and self.due_date
            and self.due_date < timezone.localdate()
        )


class FollowUpKind(models.TextChoices):
    """The follow-ups of seed 001, at the discretion of the affected State."""

    REPORT = "report", "Report shared with participants"
    SUBSEQUENT_MEETING = "subsequent_meeting", "Subsequent meeting"
    INFORMATION_SHARING = "information_sharing", "Information sharing"
    CONTACT_LIST = "contact_list", "Contact list"
    NATIONAL_REPORTING = "national_reporting", "Enhanced national reporting"
    PLATFORM_FOR_PARTNERSHIPS = "platform", "Platform for partnerships"


class FollowUpStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    IN_PROGRESS = "in_progress", "In progress"
    DONE = "done", "Done"
    DROPPED = "dropped", "Not pursued"


class FollowUp(models.Model):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="follow_ups"
    )
    kind = models.CharField(max_length=30, choices=FollowUpKind.choices)
    status = models.CharField(
        max_length=20, choices=FollowUpStatus.choices, default=FollowUpStatus.PLANNED
    )
    date = models.DateField(
        null=True, blank=True, help_text="When it is due or took place."
    )
    notes = models.TextField(blank=True, help_text="Markdown.")
    subsequent_meeting = models.ForeignKey(
        Meeting,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="For a subsequent meeting: the meeting in the portal.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["meeting", "date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=FollowUpKind.values), name="followup_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(subsequent_meeting__isnull=True)
                | Q(kind="subsequent_meeting"),
                name="followup_meeting_only_for_subsequent",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.get_status_display()})"

    def get_absolute_url(self):
        return f"{self.meeting.get_absolute_url()}#follow-up-{self.pk}"
