import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.currencies import CURRENCY_CHOICES
from portal.models import EditedByUser
from portal.names import country_name


class Region(models.TextChoices):
    """Landmine Monitor's five regional groupings (see data/README.md)."""

    AFRICA = "Africa", _("Africa")
    AMERICAS = "Americas", _("Americas")
    ASIA_PACIFIC = "Asia-Pacific", _("Asia-Pacific")
    EUROPE = "Europe", _("Europe")
    MENA = "Middle East and North Africa", _("Middle East and North Africa")


class Membership(models.TextChoices):
    PARTY = "party", _("State Party")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class StockpileStatus(models.TextChoices):
    DESTROYING = "destroying", _("Stockpile destruction under way")
    DESTROYED = "destroyed", _("Stockpile destroyed")
    NONE = "none", _("No stockpile declared")


class StateParty(models.Model):
    """A State bound by the Convention, now or before its withdrawal.

    Loaded from country_pages/data/states_parties.csv; the ISU corrects rows in
    the portal ("Status of Convention implementation" is theirs to maintain).
    """

    iso3 = models.CharField(_("ISO 3166-1 alpha-3"), max_length=3, unique=True)
    name = models.CharField(max_length=100, unique=True)
    region = models.CharField(max_length=40, choices=Region.choices)
    date_signed = models.DateField(null=True, blank=True)
    date_ratified_or_acceded = models.DateField(
        _("ratification, accession or succession deposited")
    )
    entry_into_force = models.DateField()
    membership = models.CharField(
        max_length=10, choices=Membership.choices, default=Membership.PARTY
    )
    withdrawal_effective = models.DateField(null=True, blank=True)
    article5_obligations_remaining = models.BooleanField(
        _("Article 5 clearance obligations remain"), default=False
    )
    article5_deadline = models.DateField(
        _("current Article 5 deadline"),
        null=True,
        blank=True,
        help_text=_("Empty where the current deadline could not be confirmed."),
    )
    article4_stockpile_status = models.CharField(
        _("Article 4 stockpile destruction"),
        max_length=10,
        choices=StockpileStatus.choices,
        default=StockpileStatus.NONE,
    )
    survivors_responsibility = models.BooleanField(
        _("responsible for significant numbers of mine survivors"), default=False
    )
    source_note = models.TextField(
        blank=True, help_text=_("The published source behind this row's facts.")
    )
    # Maintained by the ISU for the "Status of Convention implementation" section.
    remaining_contamination = models.TextField(
        blank=True, help_text=_("Markdown. Remaining contamination as last reported.")
    )
    latest_article7_report_year = models.PositiveSmallIntegerField(
        _("latest Article 7 report (year)"), null=True, blank=True
    )
    latest_article7_report_url = models.URLField(
        _("latest Article 7 report (link)"), blank=True
    )
    status_updated_at = models.DateTimeField(null=True, blank=True)
    # The reference file's cells for this State as last applied (column -> text,
    # see country_pages.reference): a value that differs from them was corrected
    # by hand, so the next update of the file shows both and keeps the ISU's.
    file_values = models.JSONField(default=dict, blank=True, editable=False)
    status_updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("State Party")
        verbose_name_plural = _("States Parties")
        constraints = [
            models.CheckConstraint(
                condition=Q(iso3__regex=r"^[A-Z]{3}$"), name="stateparty_iso3_upper"
            ),
            models.CheckConstraint(
                condition=Q(article5_deadline__isnull=True)
                | Q(article5_obligations_remaining=True),
                name="stateparty_deadline_needs_obligation",
            ),
            models.CheckConstraint(
                condition=(
                    Q(membership="withdrawn", withdrawal_effective__isnull=False)
                    | Q(membership="party", withdrawal_effective__isnull=True)
                ),
                name="stateparty_withdrawal_date_iff_withdrawn",
            ),
        ]

    def __str__(self):
        return self.local_name

    def get_absolute_url(self):
        return reverse("country_pages:detail", kwargs={"iso3": self.iso3})

    @property
    def local_name(self) -> str:
        """The State's name in the reader's language (CLDR's, through Babel);
        in English, `name` as the Convention's records write it."""
        return country_name(iso3=self.iso3, english=self.name)

    @property
    def is_party(self):
        return self.membership == Membership.PARTY


class FocalPointAssignment(models.Model):
    """The ISU assigns a focal point to the States whose pages they keep."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="focal_point_assignments",
    )
    state = models.ForeignKey(
        StateParty, on_delete=models.CASCADE, related_name="focal_point_assignments"
    )
    assigned_at = models.DateTimeField(auto_now_add=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["state__name", "user__email"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "state"], name="unique_focal_point_assignment"
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.state}"


class NeedTheme(models.TextChoices):
    """Needs and challenges subsections of the placemat [002 Attachment]."""

    CLEARANCE = "clearance", _("Clearance")
    RISK_EDUCATION = "risk_education", _("Mine risk education")
    VICTIM_ASSISTANCE = "victim_assistance", _("Victim assistance")
    STOCKPILE = "stockpile", _("Stockpile destruction")
    CAPACITY = "capacity", _("Capacity building")
    LEGISLATION = "legislation", _("National legislation")
    OTHER = "other", _("Other")


class NeedStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_DISCUSSION = "in_discussion", _("In discussion with partners")
    PARTIALLY_FUNDED = "partially_funded", _("Partially funded")
    FUNDED = "funded", _("Funded")
    COMPLETED = "completed", _("Completed")


class Need(EditedByUser):
    """One need or challenge of an affected State, by theme.

    Needs belong to the country page: `is_published` tells whether the public
    (and the donors' needs browser) can see it.
    """

    state = models.ForeignKey(
        StateParty, on_delete=models.CASCADE, related_name="needs"
    )
    theme = models.CharField(max_length=20, choices=NeedTheme.choices)
    title = models.CharField(max_length=200)
    description = models.TextField(help_text=_("Markdown."))
    estimated_cost = models.DecimalField(
        max_digits=14, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(max_length=3, choices=CURRENCY_CHOICES, default="USD")
    funding_secured = models.DecimalField(max_digits=14, decimal_places=2, default=0)
    start_year = models.PositiveSmallIntegerField(null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(null=True, blank=True)
    age_gender_considerations = models.TextField(
        _("age and gender considerations"), blank=True, help_text=_("Markdown.")
    )
    status = models.CharField(
        max_length=20, choices=NeedStatus.choices, default=NeedStatus.OPEN
    )
    is_published = models.BooleanField(default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["state__name", "theme", "title"]
        indexes = [models.Index(fields=["is_published", "theme", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(estimated_cost__isnull=True) | Q(estimated_cost__gte=0),
                name="need_cost_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(funding_secured__gte=0),
                name="need_funding_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(start_year__isnull=True)
                | Q(end_year__isnull=True)
                | Q(end_year__gte=F("start_year")),
                name="need_end_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.state.name}: {self.title}"

    def get_absolute_url(self):
        """The need's own page (the needs browser's, in `partnerships`)."""
        return reverse("partnerships:need_detail", kwargs={"pk": self.pk})

    @property
    def funding_gap(self):
        if self.estimated_cost is None:
            return None
        return max(self.estimated_cost - self.funding_secured, 0)

    @property
    def is_fully_funded(self) -> bool:
        """Funded or completed, or funding secured covers the estimated cost:
        there is nothing left to register interest in."""
        return self.status in (NeedStatus.FUNDED, NeedStatus.COMPLETED) or (
            self.estimated_cost is not None
            and self.funding_secured >= self.estimated_cost
        )


class CountryFollow(models.Model):
    """A donor (or anyone signed in) follows a State to hear of needs and meetings."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    state = models.ForeignKey(
        StateParty, on_delete=models.CASCADE, related_name="followers"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["state__name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "state"], name="unique_follow")
        ]

    def __str__(self):
        return f"{self.user} follows {self.state}"


class SectionKey(models.TextChoices):
    """The placemat's sections, in the order a country page shows them [002].

    The order of this list is the order of the page.
    """

    NATIONAL_CONTEXT = "national_context", _("National context")
    STATUS = "status", _("Status of Convention implementation")
    NEEDS = "needs", _("Priorities: needs and challenges")
    MAPS = "maps", _("Maps")
    IA = "ia", _("Individualised Approach")
    PARTNERSHIPS = "partnerships", _("Partnerships")
    CONTACTS = "contacts", _("Contact information")
    RESOURCES = "resources", _("Additional resources")


class SustainableDevelopmentGoal(models.TextChoices):
    """The goals a State may name under stabilisation and development [002]."""

    NO_POVERTY = "1", _("1 No poverty")
    ZERO_HUNGER = "2", _("2 Zero hunger")
    HEALTH = "3", _("3 Good health and well-being")
    EDUCATION = "4", _("4 Quality education")
    GENDER_EQUALITY = "5", _("5 Gender equality")
    WATER = "6", _("6 Clean water and sanitation")
    ENERGY = "7", _("7 Affordable and clean energy")
    WORK = "8", _("8 Decent work and economic growth")
    INDUSTRY = "9", _("9 Industry, innovation and infrastructure")
    INEQUALITIES = "10", _("10 Reduced inequalities")
    CITIES = "11", _("11 Sustainable cities and communities")
    CONSUMPTION = "12", _("12 Responsible consumption and production")
    CLIMATE = "13", _("13 Climate action")
    LIFE_BELOW_WATER = "14", _("14 Life below water")
    LIFE_ON_LAND = "15", _("15 Life on land")
    PEACE = "16", _("16 Peace, justice and strong institutions")
    PARTNERSHIPS = "17", _("17 Partnerships for the goals")


class ResourceKind(models.TextChoices):
    """Kinds of link in "Additional resources" [002 Attachment]."""

    ARTICLE7 = "article7", _("Article 7 transparency report")
    WEBSITE = "website", _("National mine action website")
    STRATEGY = "strategy", _("National strategy")
    LANDMINE_MONITOR = "landmine_monitor", _("Landmine Monitor profile")
    CLEARING_THE_MINES = "clearing_the_mines", _("Clearing the Mines profile")
    OTHER = "other", _("Other")


class CountryPage(models.Model):
    """A State's country page: which revision is public, and when it was published.

    The draft lives in PageSection rows (one per placemat section); publishing
    copies them into a PageRevision and points `published_revision` at it.
    """

    state = models.OneToOneField(
        StateParty, on_delete=models.CASCADE, related_name="page"
    )
    published_revision = models.ForeignKey(
        "PageRevision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(null=True, blank=True)
    # When a draft section, need or map last changed; compared with published_at
    # to tell editors there is something to publish.
    draft_changed_at = models.DateTimeField(null=True, blank=True)
    # Counts every change to the draft, so a publish can insist on publishing
    # the draft its author looked at, not one someone changed meanwhile.
    draft_version = models.PositiveIntegerField(default=0)
    # The language the State writes its page in: the sections and needs are
    # this language's version; PageTranslation holds the others.
    original_language = models.CharField(
        _("original language"),
        max_length=7,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_(
            "The language your page is written in. Readers in other languages "
            "see your translations where you have written them, otherwise this "
            "version with a note."
        ),
    )

    def __str__(self):
        return f"Country page of {self.state}"

    def get_absolute_url(self):
        return self.state.get_absolute_url()

    @property
    def has_unpublished_changes(self):
        if self.draft_changed_at is None:
            return False
        return self.published_at is None or self.draft_changed_at > self.published_at


class PageSection(models.Model):
    """The draft of one section of a State's page, edited on its own.

    `content` holds the section form's cleaned values; `version` guards against
    two people saving over each other.
    """

    state = models.ForeignKey(
        StateParty, on_delete=models.CASCADE, related_name="page_sections"
    )
    key = models.CharField(max_length=20, choices=SectionKey.choices)
    is_visible = models.BooleanField(
        _("show this section on the page"),
        default=True,
        help_text=_("Sections are voluntary: hidden or empty ones do not appear."),
    )
    content = models.JSONField(default=dict, blank=True)
    version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["state__name", "key"]
        constraints = [
            models.UniqueConstraint(
                fields=["state", "key"], name="unique_page_section"
            ),
            models.CheckConstraint(
                condition=Q(key__in=SectionKey.values), name="page_section_key_valid"
            ),
        ]

    def __str__(self):
        return f"{self.state}: {self.get_key_display()}"


class PageRevision(models.Model):
    """A published state of a State's page: who published it, when, and what.

    `snapshot` holds every section (visibility and content), the needs and the
    maps as they were when published, so revisions can be compared and restored.
    """

    state = models.ForeignKey(
        StateParty, on_delete=models.CASCADE, related_name="page_revisions"
    )
    number = models.PositiveIntegerField()
    snapshot = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(max_length=200, blank=True)
    # Empty for the original version; otherwise the language of the
    # translation this revision published. Numbers run on across languages, so
    # a revision's address stays /history/<number>/.
    language = models.CharField(max_length=7, blank=True, default="")

    class Meta:
        ordering = ["state__name", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["state", "number"], name="unique_page_revision_number"
            ),
            models.CheckConstraint(
                condition=Q(number__gte=1), name="page_revision_number_positive"
            ),
        ]

    def __str__(self):
        return f"{self.state} revision {self.number}"

    def get_absolute_url(self):
        return reverse(
            "country_pages:revision",
            kwargs={"iso3": self.state.iso3, "number": self.number},
        )


class MapKind(models.TextChoices):
    IMAGE = "image", _("Image (PNG or JPEG)")
    GEOJSON = "geojson", _("GeoJSON")


def map_upload_to(instance, filename):
    # The stored name is ours, not the uploader's: no path tricks, no clashes.
    extension = "geojson" if instance.kind == MapKind.GEOJSON else instance.extension
    return f"country_pages/maps/{instance.state.iso3}/{uuid.uuid4().hex}.{extension}"


class PageMap(models.Model):
    """A map on a State's page: an uploaded image, or GeoJSON drawn on the page."""

    state = models.ForeignKey(
        StateParty, on_delete=models.CASCADE, related_name="page_maps"
    )
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=MapKind.choices)
    file = models.FileField(upload_to=map_upload_to, max_length=200)
    content_type = models.CharField(max_length=50)
    extension = models.CharField(max_length=10)
    # GeoJSON is drawn once, at upload, to an SVG the page embeds as is.
    svg = models.TextField(blank=True)
    description = models.TextField(blank=True, help_text=_("Markdown."))
    source = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Where the data comes from, e.g. nationally-owned IMSMA data."),
    )
    link = models.URLField(
        blank=True, help_text=_("A page with the data or an interactive map.")
    )
    is_published = models.BooleanField(default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["state__name", "created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=MapKind.values), name="page_map_kind_valid"
            ),
        ]

    def __str__(self):
        return f"{self.state}: {self.title}"

    def get_file_url(self):
        return reverse(
            "country_pages:map_file", kwargs={"iso3": self.state.iso3, "pk": self.pk}
        )


# --- The page in other languages --------------------------------------------------
# A translation is its own set of rows beside the original (see
# country_pages/translation/): its own drafts, each with a version for the
# shared optimistic edit, its own publish and its own revisions (PageRevision
# rows with `language` set). The original's rows and revisions are untouched.


class PageTranslation(models.Model):
    """A State's page in a language other than its original: what is published
    in that language, and when its draft last changed."""

    state = models.ForeignKey(
        StateParty, on_delete=models.CASCADE, related_name="page_translations"
    )
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    published_revision = models.ForeignKey(
        PageRevision,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(null=True, blank=True)
    draft_changed_at = models.DateTimeField(null=True, blank=True)
    draft_version = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["state__name", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["state", "language"], name="unique_page_translation"
            ),
        ]

    def __str__(self):
        return f"{self.state} ({self.language})"

    @property
    def has_unpublished_changes(self):
        if self.draft_changed_at is None:
            return False
        return self.published_at is None or self.draft_changed_at > self.published_at


class PageSectionTranslation(models.Model):
    """The draft of one section in a translation: its text fields only (the
    visibility, figures, goals and links are the original's)."""

    state = models.ForeignKey(
        StateParty, on_delete=models.CASCADE, related_name="page_section_translations"
    )
    key = models.CharField(max_length=20, choices=SectionKey.choices)
    language = models.CharField(max_length=7, choices=settings.LANGUAGES)
    content = models.JSONField(default=dict, blank=True)
    version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["state__name", "language", "key"]
        constraints = [
            models.UniqueConstraint(
                fields=["state", "key", "language"],
                name="unique_page_section_translation",
            ),
            models.CheckConstraint(
                condition=Q(key__in=SectionKey.values),
                name="page_section_translation_key_valid",
            ),
        ]

    def __str__(self):
        return f"{self.state}: {self.get_key_display()} ({self.language})"


class NeedTranslation(models.Model):
    """A need's texts in a language other than the page's original.

    Like the need itself, it is a draft until its language's version of the
    page is published; after that, changes show at once. An empty field shows
    the original's.
    """

    need = models.ForeignKey(
        Need, on_delete=models.CASCADE, related_name="translations"
    )
    language = models.CharField(max_length=7, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    age_gender_considerations = models.TextField(
        _("age and gender considerations"), blank=True
    )
    is_published = models.BooleanField(default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["need", "language"]
        indexes = [models.Index(fields=["language", "is_published"])]
        constraints = [
            models.UniqueConstraint(
                fields=["need", "language"], name="unique_need_translation"
            ),
        ]

    def __str__(self):
        return f"{self.need} ({self.language})"
