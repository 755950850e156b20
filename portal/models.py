from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class Versioned(models.Model):
    """A row edited through ``portal.services.versioned_update``.

    ``version`` is what an edit form carries back: a save succeeds only when it
    still matches, so two people editing at once never overwrite each other.
    """

    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        abstract = True


class EditedByUser(Versioned):
    """A versioned row that also remembers who saved it last."""

    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True


class DocumentStatus(models.TextChoices):
    """Where a rendered document's version stands (portal.documents)."""

    QUEUED = "queued", _("Queued")
    RENDERING = "rendering", _("Rendering")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class RenderedDocument(models.Model):
    """One rendering to PDF of a snapshot of some content: a meeting's report,
    a State's dossier, an Article 7 report. Moved along one state machine by
    portal.documents; the concrete model adds what the document is of, a
    `number`, and its constraints."""

    number = models.PositiveIntegerField()
    status = models.CharField(
        max_length=20, choices=DocumentStatus.choices, default=DocumentStatus.QUEUED
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
        abstract = True

    @property
    def is_pending(self):
        """The worker will still move it on its own (the page keeps polling)."""
        # portal.documents derives these from its state machine (and imports
        # this module, hence the import here).
        from .documents import PENDING_STATUSES

        return self.status in PENDING_STATUSES

    @property
    def is_waiting_for_broker(self):
        return bool(
            self.status == DocumentStatus.QUEUED
            and self.enqueue_failed_at
            and not self.enqueued_at
        )


class Role(models.TextChoices):
    """What a signed-in person may do (DESIGN.md, "People and what they may do")."""

    MEMBER = "member", _("Registered user")
    DONOR = "donor", _("Donor")
    FOCAL_POINT = "focal_point", _("Focal point of an affected State")
    COMMITTEE = "committee", _("Committee member")
    ISU = "isu", _("ISU staff")


class DonorStatus(models.TextChoices):
    NONE = "", _("Not requested")
    PENDING = "pending", _("Pending ISU approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class OrganisationKind(models.TextChoices):
    STATE = "state", _("State")
    INTERNATIONAL_NGO = "intl_ngo", _("International NGO")
    NATIONAL_NGO = "national_ngo", _("National NGO")
    UN = "un", _("UN agency")
    REGIONAL = "regional", _("Regional organisation")
    PRIVATE = "private", _("Private sector")
    ACADEMIA = "academia", _("Academia")
    OTHER = "other", _("Other")


class PortalUserManager(UserManager):
    """Users sign in by e-mail; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        extra_fields.setdefault("role", Role.ISU)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(max_length=200, blank=True)
    organisation = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("The State or organisation this person represents."),
    )
    organisation_kind = models.CharField(
        max_length=20, choices=OrganisationKind.choices, blank=True
    )
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    is_committee_chair = models.BooleanField(
        default=False,
        help_text=_(
            "Chair of the Committee on the Enhancement of Cooperation and Assistance."
        ),
    )
    donor_status = models.CharField(
        max_length=10, choices=DonorStatus.choices, blank=True, default=DonorStatus.NONE
    )
    # Counts changes to the person's authenticators (TOTP, recovery codes). It is
    # part of the session hash, so each change ends the person's other sessions
    # (portal.signals), as a password change does.
    security_epoch = models.PositiveIntegerField(default=0, editable=False)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The portal's pages and e-mails use it where they can."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = PortalUserManager()

    class Meta:
        ordering = ["email"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(is_committee_chair=True)
                | models.Q(role="committee"),
                name="portal_user_chair_is_committee",
            ),
        ]

    def __str__(self):
        return self.full_name or self.email

    def get_full_name(self):
        return self.full_name or self.email

    def _get_session_auth_hash(self, secret=None):
        # Django's hash covers the password; ours also covers security_epoch.
        # At epoch 0 it is Django's own, so sessions from before survive.
        if not self.security_epoch:
            return super()._get_session_auth_hash(secret=secret)
        return salted_hmac(
            "portal.User.session_auth_hash",
            f"{self.password}|{self.security_epoch}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def role_label(self):
        if self.role == Role.COMMITTEE and self.is_committee_chair:
            return gettext("Committee chair")
        if self.role == Role.DONOR and self.donor_status != DonorStatus.APPROVED:
            return gettext("Donor (%(status)s)") % {
                "status": self.get_donor_status_display().lower()
            }
        return self.get_role_display()


class AuditEntry(models.Model):
    """Who changed what, for changes that have no revision of their own."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    action = models.CharField(max_length=80)
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL
    )
    object_id = models.CharField(max_length=64, blank=True)
    target = GenericForeignKey("content_type", "object_id")
    # The State the change concerns (ISO 3166 alpha-3), for the ISU's filter;
    # a code rather than a key, because portal sits below country_pages.
    state_code = models.CharField(max_length=3, blank=True, db_index=True)
    summary = models.CharField(max_length=300)
    # {"changes": {field: [before, after]}, ...} where the change has them.
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        indexes = [models.Index(fields=["action", "-created_at"])]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}: {self.summary}"

    def get_absolute_url(self):
        return reverse("portal:manage_audit")

    @property
    def changes(self) -> list[tuple[str, str, str]]:
        """(field, before, after) for each field the change touched."""
        return [
            (name, before, after)
            for name, (before, after) in (self.data.get("changes") or {}).items()
        ]


class OutboxEmail(models.Model):
    """An e-mail the portal owes someone, written in the same transaction as
    the change it tells about.

    A worker sends it once the change commits; if the broker or the mail
    server is down, the row waits and the periodic sweep (portal.tasks.
    outbox_sweep, or `manage.py outbox_send`) sends it when they are back.
    Nothing a person asked the portal to tell is lost, and nothing is sent
    twice: a row is sent under a row lock and marked sent.
    """

    created_at = models.DateTimeField(auto_now_add=True)
    subject = models.CharField(max_length=300)
    body = models.TextField()
    html_body = models.TextField(blank=True)
    to = models.JSONField(default=list)
    reply_to = models.CharField(max_length=254, blank=True)
    # Text files sent with the message (a calendar entry, say): a list of
    # {"filename", "content", "mimetype"}; kept with the row so that a retry
    # sends exactly what the change produced.
    attachments = models.JSONField(default=list, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(sent_at__isnull=True),
                name="portal_outbox_due",
            )
        ]

    def __str__(self):
        return f"{self.subject} → {', '.join(self.to)}"
