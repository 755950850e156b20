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
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from country_pages.models import StateParty
from portal.limits import LONG_TEXT, SHORT_TEXT, TEXT
from portal.markdown import RenderedMarkdown
from portal.models import EditedByUser, Versioned


class MeetingKind(models.TextChoices):
    IA_LAUNCH = "ia_launch", _("IA launch")
    IA_FOLLOW_UP = "ia_follow_up", _("IA follow-up")
    STAKEHOLDER = "stakeholder_coordination", _("In-country stakeholder coordination")
    NMAP = "nmap", _("National Mine Action Platform meeting")


class MeetingSetting(models.TextChoices):
    """Where the State chose to hold it [001]."""

    INTERSESSIONAL = (
        "intersessional",
        _("On the margins of the Intersessional Meetings"),
    )
    MSP = "msp", _("On the margins of a Meeting of the States Parties")
    REVIEW_CONFERENCE = "review_conference", _("On the margins of a Review Conference")
    GENEVA = "geneva", _("In Geneva")
    IN_COUNTRY = "in_country", _("In the affected State")
    ONLINE = "online", _("Online")


class MeetingFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid")
    ONLINE = "online", _("Online")


class MeetingStatus(models.TextChoices):
    PROPOSED = "proposed", pgettext_lazy("meeting status", "Proposed")
    SCHEDULED = "scheduled", pgettext_lazy("meeting status", "Scheduled")
    HELD = "held", pgettext_lazy("meeting status", "Held")
    CANCELLED = "cancelled", pgettext_lazy("meeting status", "Cancelled")


class Visibility(models.TextChoices):
    """Who besides the State, the committee and the ISU may read the meeting."""

    PUBLIC = "public", _("Public (once scheduled)")
    PARTICIPANTS = "participants", _("Participants")
    COMMITTEE = "committee", _("Committee only (restricted)")


class MeetingFocus(models.TextChoices):
    """One area a meeting may focus on [002 §10]; its agenda keeps section II's
    heading and that area only. Empty: every area."""

    CLEARANCE = "clearance", _("Mine clearance")
    STOCKPILE = "stockpile", _("Stockpile destruction")
    RISK_EDUCATION = "risk_education", _("Mine risk reduction and education")
    VICTIM_ASSISTANCE = "victim_assistance", _("Victim assistance")
    NORMS = "norms", _("National action to advance the norms and ensure compliance")
    COOPERATION = "cooperation", _("Sharing expertise through cooperation")


class MeetingSeries(models.Model):
    """Meetings that recur, e.g. a National Mine Action Platform meeting
    "on a regular basis (e.g. quarterly)" [003 §7]: the next one is proposed
    from the last in one step."""

    state = models.ForeignKey(
        StateParty,
        on_delete=models.PROTECT,
        related_name="meeting_series",
        verbose_name=_("State"),
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("Each meeting is called by it, with its month and year."),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=MeetingKind.choices)
    cadence_months = models.PositiveSmallIntegerField(
        _("meets every (months)"), default=3
    )
    # The NMAP's secretariat or facilitator [003 §10]: takes and circulates
    # minutes and action points of the series' meetings, with no right on the
    # country page.
    secretaries = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="meeting_series_secretariat",
        verbose_name=_("secretariat or facilitator"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("meeting series")
        verbose_name_plural = _("meeting series")
        ordering = ["state", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(cadence_months__gte=1, cadence_months__lte=24),
                name="meetingseries_cadence_range",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("ia_meetings:series", kwargs={"pk": self.pk})


def validate_timezone(value):
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            _(
                "“%(value)s” is not a known time zone; use a name such as "
                "Europe/Zurich or Africa/Khartoum."
            ),
            params={"value": value},
        ) from exc


class Meeting(RenderedMarkdown, Versioned):
    markdown_fields = ("purpose", "highlights")

    state = models.ForeignKey(
        StateParty,
        on_delete=models.PROTECT,
        related_name="meetings",
        verbose_name=_("State"),
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=MeetingKind.choices)
    setting = models.CharField(
        _("where"), max_length=30, choices=MeetingSetting.choices
    )
    format = models.CharField(_("format"), max_length=20, choices=MeetingFormat.choices)
    venue = models.CharField(
        _("venue"), max_length=300, blank=True, help_text=_("Room, building and city.")
    )
    online_link = models.URLField(
        _("link to join online"),
        blank=True,
        help_text=_(
            "Shown to participants, the State, the committee and the ISU only."
        ),
    )
    # Stored in UTC like every datetime; `timezone` is where people will be.
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"))
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Zurich",
        validators=[validate_timezone],
        help_text=_("IANA name, e.g. Europe/Zurich, Africa/Khartoum."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=MeetingStatus.choices,
        default=MeetingStatus.PROPOSED,
    )
    visibility = models.CharField(
        _("visibility"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
    )
    purpose = models.TextField(
        _("purpose"),
        blank=True,
        max_length=LONG_TEXT,
        help_text=_("Markdown. What the State wants from the meeting."),
    )
    purpose_html = models.TextField(editable=False, default="")
    highlights = models.TextField(
        _("highlights of cooperation"),
        blank=True,
        max_length=LONG_TEXT,
        help_text=_("Markdown. Shown on the country page once the meeting is held."),
    )
    highlights_html = models.TextField(editable=False, default="")
    focus = models.CharField(
        _("focus"),
        max_length=30,
        choices=MeetingFocus.choices,
        blank=True,
        help_text=_("One area only, e.g. victim assistance; empty for all areas."),
    )
    series = models.ForeignKey(
        MeetingSeries,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
        verbose_name=_("series"),
    )
    contacts_shared = models.BooleanField(
        _("participants see each other's e-mail addresses"),
        default=False,
        help_text=_("The State's choice. The committee and the ISU always see them."),
    )
    previous_meeting = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="subsequent_meetings",
        verbose_name=_("previous meeting"),
        help_text=_("The meeting this one follows up."),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("proposed by"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
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
        # Month names in the reader's language.
        when = date_format(self.starts_at, "d M Y")
        return f"{self.title} ({self.state.name}, {when})"

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
        _("from status"), max_length=20, choices=MeetingStatus.choices, blank=True
    )
    to_status = models.CharField(
        _("to status"), max_length=20, choices=MeetingStatus.choices
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.meeting_id}: {self.from_status or '—'} → {self.to_status}"


class AgendaItem(RenderedMarkdown, EditedByUser):
    """One item of the agenda; the standard I–IV structure is created with the
    meeting [001] and stays editable."""

    markdown_fields = ("content", "minutes")

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="agenda_items"
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    code = models.CharField(
        _("code"), max_length=10, blank=True, help_text=_("e.g. II.A")
    )
    title = models.CharField(_("title"), max_length=400)
    # Section II is the State's presentation: its focal points write it [001].
    by_state = models.BooleanField(
        _("part of the State's presentation"),
        default=False,
        help_text=_("The State's focal points write its content and minutes."),
    )
    presenter = models.CharField(_("presenter"), max_length=200, blank=True)
    start_time = models.TimeField(
        _("start time"),
        null=True,
        blank=True,
        help_text=_("Local time of the meeting."),
    )
    content = models.TextField(
        _("presentation"),
        blank=True,
        max_length=LONG_TEXT,
        help_text=_("Markdown. What is presented."),
    )
    content_html = models.TextField(editable=False, default="")
    minutes = models.TextField(
        _("minutes"),
        blank=True,
        max_length=LONG_TEXT,
        help_text=_("Markdown. What was said."),
    )
    minutes_html = models.TextField(editable=False, default="")
    minutes_final = models.BooleanField(_("minutes are final"), default=False)
    minutes_finalised_at = models.DateTimeField(null=True, blank=True)
    minutes_finalised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
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

    @property
    def reader_title(self) -> str:
        """The title in the reader's language when it is a standard item's
        (ia_meetings.agenda_standard); otherwise as written."""
        from .agenda_standard import agenda_title

        return agenda_title(self.code, self.title)

    def get_absolute_url(self):
        return f"{self.meeting.get_absolute_url()}#item-{self.pk}"


class MinutesEvent(models.TextChoices):
    SAVED = "saved", _("Saved")
    LOCKED = "locked", _("Locked as final")
    REOPENED = "reopened", _("Reopened")


class MinutesRevision(models.Model):
    """Every save of an agenda item's minutes or presentation, and every lock
    and reopening of its minutes: who, when, and the text as saved."""

    item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="revisions"
    )
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="minutes_revisions"
    )
    event = models.CharField(
        _("event"),
        max_length=10,
        choices=MinutesEvent.choices,
        default=MinutesEvent.SAVED,
    )
    minutes = models.TextField(_("minutes"), blank=True, max_length=LONG_TEXT)
    content = models.TextField(_("presentation"), blank=True, max_length=LONG_TEXT)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("saved at"), default=timezone.now)

    class Meta:
        verbose_name = _("minutes revision")
        verbose_name_plural = _("minutes revisions")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["item", "created_at"])]

    def __str__(self):
        return f"{self.item} {self.get_event_display()} {self.created_at:%Y-%m-%d}"


class ParticipantGroup(models.TextChoices):
    STATE = "state", _("State")
    DONOR = "donor", _("Donor")
    OPERATOR = "operator", _("Mine action operator")
    NGO = "ngo", _("NGO")
    UN = "un", _("UN")
    OTHER = "other", _("Other")


class Response(models.TextChoices):
    NONE = "none", _("No response yet")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class Participant(models.Model):
    """Someone the State decided to invite; matched to an account by e-mail."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="participants"
    )
    group = models.CharField(
        _("group"), max_length=20, choices=ParticipantGroup.choices
    )
    organisation = models.CharField(_("organisation"), max_length=200)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    invitation_sent_at = models.DateTimeField(
        _("invitation sent at"), null=True, blank=True
    )
    response = models.CharField(
        _("response"), max_length=10, choices=Response.choices, default=Response.NONE
    )
    responded_at = models.DateTimeField(_("responded at"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), default=False)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["meeting", "group", "organisation", "name"]
        indexes = [models.Index(Lower("email"), name="participant_email_lower")]
        constraints = [
            models.UniqueConstraint(
                "meeting",
                Lower("email"),
                name="unique_participant_email_per_meeting",
                violation_error_message=_("This e-mail is already on the list."),
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
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=material_upload_to, max_length=200)
    original_name = models.CharField(_("original name"), max_length=200)
    content_type = models.CharField(_("content type"), max_length=120)
    size = models.PositiveBigIntegerField(_("size"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["agenda_item__order", "uploaded_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(size__gt=0), name="material_not_empty"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("ia_meetings:material_download", kwargs={"pk": self.pk})


class ActionPointStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("action point status", "Open")
    IN_PROGRESS = "in_progress", pgettext_lazy("action point status", "In progress")
    DONE = "done", pgettext_lazy("action point status", "Done")


class ActionPoint(RenderedMarkdown, Versioned):
    """What someone undertook to do, by when [003 §10]."""

    markdown_fields = ("description",)

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="action_points"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_points",
        verbose_name=_("agenda item"),
    )
    description = models.TextField(
        _("what"), max_length=SHORT_TEXT, help_text=_("Markdown.")
    )
    description_html = models.TextField(editable=False, default="")
    owner_organisation = models.CharField(
        _("owner (organisation)"), max_length=200, blank=True
    )
    owner_participant = models.ForeignKey(
        Participant,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_points",
        verbose_name=_("owner (participant)"),
        help_text=_("Who is reminded when it falls due."),
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ActionPointStatus.choices,
        default=ActionPointStatus.OPEN,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("action point")
        verbose_name_plural = _("action points")
        ordering = ["due_date", "pk"]
        indexes = [models.Index(fields=["status", "due_date"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ActionPointStatus.values),
                name="actionpoint_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(owner_organisation="")
                | Q(owner_participant__isnull=False),
                name="actionpoint_has_owner",
                violation_error_message=_(
                    "Name the owner: a participant or an organisation."
                ),
            ),
        ]

    def __str__(self):
        return self.description[:80]

    def get_absolute_url(self):
        return f"{self.meeting.get_absolute_url()}#action-{self.pk}"

    @property
    def owner(self) -> str:
        """Who owns it, as people read it."""
        participant = self.owner_participant
        if participant is None:
            return self.owner_organisation
        organisation = self.owner_organisation or participant.organisation
        return f"{participant.name} ({organisation})"

    @property
    def latest_update(self):
        """The last progress update (prefetched on the meeting's pages)."""
        updates = list(self.updates.all())
        return updates[-1] if updates else None

    @property
    def is_overdue(self):
        return bool(
            self.status != ActionPointStatus.DONE
            and self.due_date
            and self.due_date < timezone.localdate()
        )


class ActionPointUpdate(RenderedMarkdown):
    """A dated word on how an action point is going, with its status then."""

    markdown_fields = ("note",)

    point = models.ForeignKey(
        ActionPoint, on_delete=models.CASCADE, related_name="updates"
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    status = models.CharField(
        _("status"), max_length=20, choices=ActionPointStatus.choices
    )
    note = models.TextField(_("progress"), max_length=TEXT, help_text=_("Markdown."))
    note_html = models.TextField(editable=False, default="")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        ordering = ["point", "date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ActionPointStatus.values),
                name="actionpointupdate_status_valid",
            ),
        ]

    def __str__(self):
        return f"{self.date}: {self.get_status_display()}"


class ReminderKind(models.TextChoices):
    MEETING = "meeting", _("Meeting coming up")
    SECTION_II = "section_ii", _("Section II to write")
    ACTION_POINT = "action_point", _("Action point falling due")


class Reminder(models.Model):
    """A reminder that went out. The unique key makes each one go out once,
    however often the periodic task runs and however many beats run it."""

    kind = models.CharField(_("kind"), max_length=20, choices=ReminderKind.choices)
    # What the reminder is about and for whom, e.g. "meeting:12:participant:40"
    # (the meeting's start is part of it, so a moved meeting is reminded again).
    key = models.CharField(max_length=200)
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="reminders"
    )
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="reminder_once"),
        ]

    def __str__(self):
        return f"{self.kind} {self.key}"


class FollowUpKind(models.TextChoices):
    """The follow-ups of seed 001, at the discretion of the affected State."""

    REPORT = "report", _("Report shared with participants")
    SUBSEQUENT_MEETING = "subsequent_meeting", _("Subsequent meeting")
    INFORMATION_SHARING = "information_sharing", _("Information sharing")
    CONTACT_LIST = "contact_list", _("Contact list")
    NATIONAL_REPORTING = "national_reporting", _("Enhanced national reporting")
    PLATFORM_FOR_PARTNERSHIPS = "platform", _("Platform for partnerships")


class FollowUpStatus(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("follow-up status", "Planned")
    IN_PROGRESS = "in_progress", pgettext_lazy("follow-up status", "In progress")
    DONE = "done", pgettext_lazy("follow-up status", "Done")
    DROPPED = "dropped", pgettext_lazy("follow-up status", "Not pursued")


class FollowUp(RenderedMarkdown, Versioned):
    markdown_fields = ("notes",)

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="follow_ups"
    )
    kind = models.CharField(_("kind"), max_length=30, choices=FollowUpKind.choices)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=FollowUpStatus.choices,
        default=FollowUpStatus.PLANNED,
    )
    date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("When it is due or took place."),
    )
    notes = models.TextField(
        _("notes"), blank=True, max_length=TEXT, help_text=_("Markdown.")
    )
    notes_html = models.TextField(editable=False, default="")
    subsequent_meeting = models.ForeignKey(
        Meeting,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("subsequent meeting"),
        help_text=_("For a subsequent meeting: the meeting in the portal."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
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
