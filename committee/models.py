"""The committee's dossier of a State, rendered to PDF by a Celery worker with
the meeting reports' machinery: the same statuses and state machine
(portal.documents), the same PDF rendering, a version per distinct content and language.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from country_pages.models import StateParty
from portal.limits import TEXT
from portal.models import DocumentStatus, RenderedDocument


def dossier_file_key(*, iso3: str, content_hash: str) -> str:
    """Where a version's PDF lives: derived from what it shows, so a repeated
    render of the same content overwrites the same file."""
    return f"committee/dossiers/{iso3}/{content_hash}.pdf"


class DossierVersion(RenderedDocument):
    """One rendering of a State's dossier, made from a snapshot of its content
    in the language of the reader who asked."""

    state = models.ForeignKey(
        StateParty, on_delete=models.CASCADE, related_name="dossier_versions"
    )
    language = models.CharField(_("language"), max_length=8)

    class Meta:
        ordering = ["state", "-number"]
        verbose_name = _("dossier version")
        verbose_name_plural = _("dossier versions")
        constraints = [
            models.UniqueConstraint(
                fields=["state", "number"], name="unique_dossier_number"
            ),
            models.UniqueConstraint(
                fields=["state", "content_hash"], name="unique_dossier_content"
            ),
            models.CheckConstraint(
                condition=Q(status__in=DocumentStatus.values),
                name="dossierversion_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status="ready")
                | (~Q(file="") & ~Q(checksum="") & Q(finished_at__isnull=False)),
                name="dossierversion_ready_has_file",
            ),
        ]

    def __str__(self):
        return f"Dossier v{self.number} of {self.state_id}"

    def get_absolute_url(self):
        return reverse(
            "committee:dossier_download",
            kwargs={"iso3": self.state.iso3, "number": self.number},
        )

    @property
    def file_name(self):
        """IA-dossier-<ISO3>-<language>-v<N>.pdf"""
        return f"IA-dossier-{self.state.iso3}-{self.language}-v{self.number}.pdf"


class ExpertiseTheme(models.TextChoices):
    """What affected States share with each other [004: "south-south
    cooperation and exchange of expertise between mine-affected countries"],
    with seed 004's own examples first."""

    FORESTED_AREAS = "forested_areas", _("Mines in forested areas")
    EFFICIENT_CLEARANCE = "efficient_clearance", _("Efficient land release")
    VICTIM_SUPPORT = "victim_support", _("Victim assistance and survivor support")
    RISK_EDUCATION = "risk_education", _("Mine risk education")
    STOCKPILE = "stockpile", _("Stockpile destruction")
    INFORMATION = "information", _("Information management")
    NATIONAL_PLATFORM = (
        "national_platform",
        _("National platforms and resource mobilisation"),
    )
    OTHER = "other", _("Other")


class ListingKind(models.TextChoices):
    OFFER = "offer", _("Offer of expertise")
    REQUEST = "request", _("Request for expertise")


class ExpertiseListing(models.Model):
    """An affected State offers its expertise on a theme, or asks for it."""

    state = models.ForeignKey(
        StateParty,
        on_delete=models.CASCADE,
        related_name="expertise_listings",
        verbose_name=_("State"),
    )
    kind = models.CharField(
        _("offer or request"), max_length=10, choices=ListingKind.choices
    )
    theme = models.CharField(_("theme"), max_length=30, choices=ExpertiseTheme.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(
        _("description"), max_length=TEXT, help_text=_("Markdown.")
    )
    is_open = models.BooleanField(_("open"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["theme", "-created_at", "pk"]
        verbose_name = _("offer or request of expertise")
        verbose_name_plural = _("offers and requests of expertise")
        indexes = [models.Index(fields=["theme", "kind", "is_open"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=ListingKind.values), name="listing_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(theme__in=ExpertiseTheme.values),
                name="listing_theme_valid",
            ),
        ]

    def __str__(self):
        return f"{self.state.name}: {self.title}"

    def get_absolute_url(self):
        return reverse("committee:exchange") + f"#listing-{self.pk}"


class ExpertiseMatch(models.Model):
    """An offer and a request on the same theme from two States; recorded as a
    south-south partnership once the exchange happens."""

    offer = models.ForeignKey(
        ExpertiseListing, on_delete=models.CASCADE, related_name="matches_as_offer"
    )
    request = models.ForeignKey(
        ExpertiseListing, on_delete=models.CASCADE, related_name="matches_as_request"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Set when the exchange happened and was recorded as a partnership.
    partnership = models.OneToOneField(
        "partnerships.Partnership",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expertise_match",
    )
    recorded_at = models.DateTimeField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = _("match of expertise")
        verbose_name_plural = _("matches of expertise")
        constraints = [
            models.UniqueConstraint(
                fields=["offer", "request"], name="unique_expertise_match"
            ),
            models.CheckConstraint(
                condition=~Q(offer=models.F("request")), name="match_two_listings"
            ),
        ]

    def __str__(self):
        return f"{self.offer} ↔ {self.request}"
