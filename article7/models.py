"""Article 7 transparency reports [002 §14]: one report per State and calendar
year, its cover page, Forms A–I and the voluntary Form J.

A report is prepared as a draft, form by form (each form carries a version for
the shared optimistic edit), then submitted: from then on it is read-only and
numbered. A correction is a new draft of the same year that supersedes the
submitted version when it is submitted in turn; the old version stays
readable. The Convention's own channel stays open: a report may be an uploaded
PDF or Word file instead of (or beside) the structured forms.

Tabular forms are typed rows so they can be totalled (remaining area, land
released, mines destroyed); narrative forms are Markdown. Column lists follow
the standard forms as recalled in research/article7.md: they are marked there
as unverified, and the guidance the ISU edits says so.
"""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from country_pages.models import StateParty
from portal.currencies import CURRENCY_CHOICES
from portal.limits import LONG_TEXT, SHORT_TEXT
from portal.markdown import RenderedMarkdown
from portal.models import DocumentStatus, EditedByUser, RenderedDocument

# Markdown fields take as much as the country page's (portal.limits); each is
# rendered once when saved, into the `<name>_html` beside it (portal.markdown).
MARKDOWN_MAX_LENGTH = LONG_TEXT

NOT_NEGATIVE = MinValueValidator(0, message=_("This cannot be negative."))
AT_MOST_100 = MaxValueValidator(100, message=_("A percentage cannot be over 100."))


class FormCode(models.TextChoices):
    """The forms of the report; Form J has no treaty paragraph behind it."""

    A = "A", _("Form A: National implementation measures")
    B = "B", _("Form B: Stockpiled anti-personnel mines")
    C = "C", _("Form C: Location of mined areas")
    D = "D", _("Form D: Mines retained or transferred")
    E = "E", _("Form E: Conversion or decommissioning of production facilities")
    F = "F", _("Form F: Destruction programmes")
    G = "G", _("Form G: Mines destroyed and land released")
    H = "H", _("Form H: Technical characteristics")
    I = "I", _("Form I: Warning measures")  # noqa: E741 (the form's own letter)
    J = "J", _("Form J: Other relevant matters (voluntary)")


# The treaty paragraph behind each form (Article 7.1(a)–(i)).
TREATY_REFERENCE = {
    "A": "7.1(a)", "B": "7.1(b)", "C": "7.1(c)", "D": "7.1(d)", "E": "7.1(e)",
    "F": "7.1(f)", "G": "7.1(g)", "H": "7.1(h)", "I": "7.1(i)", "J": "",
}  # fmt: skip


class FormStatus(models.TextChoices):
    """What the cover page says of each form."""

    CHANGED = "changed", _("Changed (new information)")
    UNCHANGED = "unchanged", _("Unchanged since an earlier report")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


class ReportKind(models.TextChoices):
    INITIAL = "initial", _("Initial report")
    ANNUAL = "annual", _("Annual report")


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged by the ISU")
    PUBLISHED = "published", _("Published")
    SUPERSEDED = "superseded", _("Superseded by a correction")


class ReportChannel(models.TextChoices):
    ONLINE = "online", _("Online forms")
    UPLOAD = "upload", _("Uploaded file (PDF or Word)")


# Uploads: extension -> (content type, leading bytes of such a file). A .docx
# is a ZIP container whose parts the service also checks.
REPORT_FILE_TYPES = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        (b"PK\x03\x04",),
    ),
    ".doc": ("application/msword", (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)),
}


def report_upload_to(instance, filename):
    """A path nobody can guess; the original name is kept on the row."""
    suffix = PurePosixPath(filename).suffix.lower()
    return f"article7/reports/{uuid.uuid4().hex}{suffix}"


class Article7Report(EditedByUser):
    """One version of a State's Article 7 report for a calendar year.

    The cover page's fields live here; `version` guards the cover page's
    optimistic edit, `number` is the submitted version's number (1 for the
    first submission of the year, 2 for its first correction, …).
    """

    state = models.ForeignKey(
        StateParty,
        on_delete=models.CASCADE,
        related_name="article7_reports",
        verbose_name=_("State Party"),
    )
    year = models.PositiveSmallIntegerField(_("calendar year reported on"))
    kind = models.CharField(
        _("kind"), max_length=10, choices=ReportKind.choices, default=ReportKind.ANNUAL
    )
    number = models.PositiveSmallIntegerField(_("version"), default=1)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ReportStatus.choices,
        default=ReportStatus.DRAFT,
    )
    channel = models.CharField(
        _("how the report is given"),
        max_length=10,
        choices=ReportChannel.choices,
        default=ReportChannel.ONLINE,
    )
    period_start = models.DateField(_("reporting period from"))
    period_end = models.DateField(_("reporting period to"))
    contact_organisation = models.CharField(
        _("point of contact: organisation"), max_length=200, blank=True
    )
    contact_name = models.CharField(
        _("point of contact: name"), max_length=200, blank=True
    )
    contact_email = models.EmailField(_("point of contact: e-mail"), blank=True)
    contact_phone = models.CharField(
        _("point of contact: telephone"), max_length=50, blank=True
    )
    file = models.FileField(
        _("report file"), upload_to=report_upload_to, max_length=200, blank=True
    )
    file_name = models.CharField(_("original file name"), max_length=200, blank=True)
    file_type = models.CharField(max_length=120, blank=True)
    file_size = models.PositiveBigIntegerField(null=True, blank=True)
    supersedes = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="superseded_by",
        verbose_name=_("corrects"),
    )
    is_demo = models.BooleanField(
        _("illustrative demo data"), default=False, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    # Set once the ISU publishes: a published version stays public after a
    # correction supersedes it.
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Article 7 report")
        verbose_name_plural = _("Article 7 reports")
        ordering = ["state__name", "-year", "-number"]
        indexes = [models.Index(fields=["year", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["state", "year", "number"], name="article7_report_number"
            ),
            models.UniqueConstraint(
                fields=["state", "year"],
                condition=Q(status="draft"),
                name="article7_one_draft_per_year",
                violation_error_message=_(
                    "A draft of this year's report exists already."
                ),
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="article7_period_ordered",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ReportStatus.values),
                name="article7_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(submitted_at__isnull=False),
                name="article7_submitted_has_time",
            ),
            models.CheckConstraint(
                condition=Q(year__gte=1999) & Q(year__lte=2100),
                name="article7_year_plausible",
            ),
        ]

    def __str__(self):
        return _("%(state)s, Article 7 report for %(year)s (version %(number)s)") % {
            "state": self.state.name,
            "year": self.year,
            "number": self.number,
        }

    def get_absolute_url(self):
        return reverse("article7:report", kwargs={"pk": self.pk})

    @property
    def is_draft(self) -> bool:
        return self.status == ReportStatus.DRAFT

    @property
    def is_public(self) -> bool:
        return self.published_at is not None

    @property
    def year_range(self) -> tuple[int, int]:
        return self.period_start.year, self.period_end.year


class ReportForm(RenderedMarkdown, EditedByUser):
    """One form of a report as the cover page lists it, with its narrative.

    Each form is a draft saved on its own: its `version` guards the form and
    its rows together (portal.services.versioned_update).
    """

    report = models.ForeignKey(
        Article7Report, on_delete=models.CASCADE, related_name="forms"
    )
    code = models.CharField(_("form"), max_length=1, choices=FormCode.choices)
    status = models.CharField(
        _("on the cover page"),
        max_length=16,
        choices=FormStatus.choices,
        default=FormStatus.CHANGED,
    )
    last_reported_year = models.PositiveSmallIntegerField(
        _("unchanged since the report for year"),
        null=True,
        blank=True,
        help_text=_("For a form marked unchanged: the year of the report it repeats."),
    )
    narrative = models.TextField(
        _("narrative"),
        blank=True,
        max_length=MARKDOWN_MAX_LENGTH,
        help_text=_("Markdown."),
    )
    narrative_html = models.TextField(editable=False, default="")

    markdown_fields = ("narrative",)

    class Meta:
        ordering = ["report", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "code"], name="article7_one_form_each"
            ),
            models.CheckConstraint(
                condition=Q(status="unchanged") | Q(last_reported_year__isnull=True),
                name="article7_last_year_only_if_unchanged",
            ),
        ]

    def __str__(self):
        return f"{self.report_id}: {self.get_code_display()}"


# --- Typed rows ----------------------------------------------------------------
# Every row belongs to a report; forms.TABLES names the form that edits each.


class Row(models.Model):
    class Meta:
        abstract = True

    def __str__(self):
        return f"{type(self).__name__} {self.pk} of report {self.report_id}"


class StockpileRow(Row):
    """Form B: stockpiled anti-personnel mines by type."""

    report = models.ForeignKey(
        Article7Report, on_delete=models.CASCADE, related_name="stockpile_rows"
    )
    mine_type = models.CharField(_("type"), max_length=120)
    quantity = models.PositiveIntegerField(_("quantity"), validators=[NOT_NEGATIVE])
    lot_numbers = models.CharField(
        _("lot numbers (if possible)"), max_length=200, blank=True
    )
    previously_unknown = models.BooleanField(
        _("previously unknown stockpile found after the deadline"), default=False
    )
    notes = models.CharField(_("supplementary information"), max_length=500, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(quantity__gte=0), name="article7_stockpile_qty"
            )
        ]


class AreaCategory(models.TextChoices):
    CHA = "cha", _("Confirmed hazardous area (CHA)")
    SHA = "sha", _("Suspected hazardous area (SHA)")


class HazardousArea(Row):
    """Form C: areas that contain or are suspected to contain mines, by region."""

    report = models.ForeignKey(
        Article7Report, on_delete=models.CASCADE, related_name="hazardous_areas"
    )
    region = models.CharField(_("region or province"), max_length=120)
    category = models.CharField(
        _("category"), max_length=3, choices=AreaCategory.choices
    )
    number_of_areas = models.PositiveIntegerField(
        _("number of areas"), default=1, validators=[NOT_NEGATIVE]
    )
    area_m2 = models.PositiveBigIntegerField(_("area (m²)"), validators=[NOT_NEGATIVE])
    improvised = models.BooleanField(_("mines of an improvised nature"), default=False)
    percent_marked = models.PositiveSmallIntegerField(
        _("share marked or fenced (%)"),
        null=True,
        blank=True,
        validators=[NOT_NEGATIVE, AT_MOST_100],
    )
    notes = models.CharField(_("supplementary information"), max_length=500, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(percent_marked__isnull=True) | Q(percent_marked__lte=100),
                name="article7_area_percent",
            ),
            models.CheckConstraint(
                condition=Q(category__in=AreaCategory.values),
                name="article7_area_category",
            ),
        ]


class RetentionBasis(models.TextChoices):
    RETAINED = "retained", _("Retained for development and training (Art. 3.1)")
    TRANSFERRED_TRAINING = (
        "transferred_training",
        _("Transferred for development and training (Art. 3.1)"),
    )
    TRANSFERRED_DESTRUCTION = (
        "transferred_destruction",
        _("Transferred for destruction (Art. 3.2)"),
    )


class RetainedMine(Row):
    """Form D: mines retained or transferred, with intended purpose and actual use."""

    report = models.ForeignKey(
        Article7Report, on_delete=models.CASCADE, related_name="retained_mines"
    )
    basis = models.CharField(_("basis"), max_length=24, choices=RetentionBasis.choices)
    institution = models.CharField(_("institution authorised"), max_length=200)
    mine_type = models.CharField(_("type"), max_length=120)
    quantity = models.PositiveIntegerField(_("quantity"), validators=[NOT_NEGATIVE])
    quantity_used = models.PositiveIntegerField(
        _("used during the year"), default=0, validators=[NOT_NEGATIVE]
    )
    intended_purpose = models.CharField(
        _("intended purpose"), max_length=300, blank=True
    )
    actual_use = models.CharField(_("actual use"), max_length=300, blank=True)

    class Meta:
        ordering = ["pk"]


class LandRelease(Row):
    """Form G: land released and mines destroyed in a year, by region."""

    report = models.ForeignKey(
        Article7Report, on_delete=models.CASCADE, related_name="land_releases"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    region = models.CharField(_("region or province"), max_length=120, blank=True)
    cancelled_m2 = models.PositiveBigIntegerField(
        _("cancelled (m²)"), default=0, validators=[NOT_NEGATIVE]
    )
    reduced_m2 = models.PositiveBigIntegerField(
        _("reduced (m²)"), default=0, validators=[NOT_NEGATIVE]
    )
    cleared_m2 = models.PositiveBigIntegerField(
        _("cleared (m²)"), default=0, validators=[NOT_NEGATIVE]
    )
    mines_destroyed = models.PositiveIntegerField(
        _("anti-personnel mines destroyed"), default=0, validators=[NOT_NEGATIVE]
    )
    other_devices_destroyed = models.PositiveIntegerField(
        _("other devices destroyed"), default=0, validators=[NOT_NEGATIVE]
    )

    class Meta:
        ordering = ["year", "pk"]

    @property
    def released_m2(self) -> int:
        return self.cancelled_m2 + self.reduced_m2 + self.cleared_m2


class CharacteristicsTable(models.TextChoices):
    PRODUCED = "produced", _("Type produced")
    HELD = "held", _("Type now owned or possessed")


class MineCharacteristics(Row):
    """Form H: technical characteristics of each type produced or held."""

    report = models.ForeignKey(
        Article7Report, on_delete=models.CASCADE, related_name="mine_characteristics"
    )
    table = models.CharField(
        _("table"), max_length=10, choices=CharacteristicsTable.choices
    )
    mine_type = models.CharField(_("type"), max_length=120)
    dimensions = models.CharField(_("dimensions"), max_length=120, blank=True)
    fusing = models.CharField(_("fusing"), max_length=120, blank=True)
    explosive = models.CharField(
        _("explosive type and content (g)"), max_length=120, blank=True
    )
    metal_content = models.CharField(
        _("metallic content (g)"), max_length=120, blank=True
    )
    other_information = models.CharField(
        _("other information to facilitate clearance"), max_length=500, blank=True
    )

    class Meta:
        ordering = ["pk"]


class WarningKind(models.TextChoices):
    MARKING = "marking", _("Perimeter marking")
    FENCING = "fencing", _("Fencing")
    MONITORING = "monitoring", _("Monitoring")
    RISK_EDUCATION = "risk_education", _("Mine risk education")
    COMMUNITY_LIAISON = "community_liaison", _("Community liaison")
    OTHER = "other", _("Other")


class WarningMeasure(Row):
    """Form I: a measure to warn the population, with its beneficiaries by sex,
    age and disability."""

    report = models.ForeignKey(
        Article7Report, on_delete=models.CASCADE, related_name="warning_measures"
    )
    kind = models.CharField(_("measure"), max_length=20, choices=WarningKind.choices)
    description = models.CharField(_("where and how"), max_length=500, blank=True)
    women = models.PositiveIntegerField(
        _("women"), default=0, validators=[NOT_NEGATIVE]
    )
    men = models.PositiveIntegerField(_("men"), default=0, validators=[NOT_NEGATIVE])
    girls = models.PositiveIntegerField(
        _("girls"), default=0, validators=[NOT_NEGATIVE]
    )
    boys = models.PositiveIntegerField(_("boys"), default=0, validators=[NOT_NEGATIVE])
    persons_with_disabilities = models.PositiveIntegerField(
        _("of whom persons with disabilities"), default=0, validators=[NOT_NEGATIVE]
    )

    class Meta:
        ordering = ["pk"]

    @property
    def beneficiaries(self) -> int:
        return self.women + self.men + self.girls + self.boys


class VictimFigureKind(models.TextChoices):
    KILLED = "killed", _("Casualties: killed")
    INJURED = "injured", _("Casualties: injured")
    SURVIVORS = "survivors", _("Survivors (total known)")


class VictimFigure(Row):
    """Victim assistance (Form J): casualties and survivors by sex and age."""

    report = models.ForeignKey(
        Article7Report, on_delete=models.CASCADE, related_name="victim_figures"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    kind = models.CharField(
        _("figure"), max_length=10, choices=VictimFigureKind.choices
    )
    women = models.PositiveIntegerField(
        _("women"), default=0, validators=[NOT_NEGATIVE]
    )
    men = models.PositiveIntegerField(_("men"), default=0, validators=[NOT_NEGATIVE])
    girls = models.PositiveIntegerField(
        _("girls"), default=0, validators=[NOT_NEGATIVE]
    )
    boys = models.PositiveIntegerField(_("boys"), default=0, validators=[NOT_NEGATIVE])
    unknown = models.PositiveIntegerField(
        _("sex and age unknown"), default=0, validators=[NOT_NEGATIVE]
    )

    class Meta:
        ordering = ["year", "kind", "pk"]

    @property
    def total(self) -> int:
        return self.women + self.men + self.girls + self.boys + self.unknown


class CooperationDirection(models.TextChoices):
    RECEIVED = "received", _("Received")
    PROVIDED = "provided", _("Provided")


class Pillar(models.TextChoices):
    CLEARANCE = "clearance", _("Survey and clearance")
    RISK_EDUCATION = "risk_education", _("Mine risk education")
    VICTIM_ASSISTANCE = "victim_assistance", _("Victim assistance")
    STOCKPILE = "stockpile", _("Stockpile destruction")
    CAPACITY = "capacity", _("Capacity building")
    OTHER = "other", _("Other")


class CooperationRow(Row):
    """International cooperation and assistance (Form J), received or provided."""

    report = models.ForeignKey(
        Article7Report, on_delete=models.CASCADE, related_name="cooperation_rows"
    )
    direction = models.CharField(
        _("received or provided"), max_length=8, choices=CooperationDirection.choices
    )
    partner = models.CharField(_("partner"), max_length=200)
    pillar = models.CharField(_("pillar"), max_length=20, choices=Pillar.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    amount = models.DecimalField(
        _("amount"), max_digits=14, decimal_places=2, validators=[NOT_NEGATIVE]
    )
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES)

    class Meta:
        ordering = ["year", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gte=0), name="article7_cooperation_amount"
            )
        ]


# --- Guidance, question by question [002 §14] -----------------------------------


class GuideEdition(RenderedMarkdown):
    """An edition of the Guide to Reporting (e.g. 14MSP 2015, updated after the
    Oslo Action Plan); one is current and shown beside the forms."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    title = models.CharField(_("title"), max_length=200)
    is_current = models.BooleanField(_("current edition"), default=False)
    note = models.TextField(
        _("note"), blank=True, max_length=SHORT_TEXT, help_text=_("Markdown.")
    )
    note_html = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    markdown_fields = ("note",)

    class Meta:
        ordering = ["-is_current", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_current"],
                condition=Q(is_current=True),
                name="article7_one_current_edition",
            )
        ]

    def __str__(self):
        return self.title


class GuideSection(RenderedMarkdown, EditedByUser):
    """Guidance for one part of the report (the cover page or a form)."""

    edition = models.ForeignKey(
        GuideEdition, on_delete=models.CASCADE, related_name="sections"
    )
    form = models.CharField(
        _("form"), max_length=5, choices=[("cover", _("Cover page")), *FormCode.choices]
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    heading = models.CharField(_("heading"), max_length=200)
    body = models.TextField(
        _("guidance"),
        blank=True,
        max_length=MARKDOWN_MAX_LENGTH,
        help_text=_("Markdown."),
    )
    body_html = models.TextField(editable=False, default="")
    source = models.CharField(
        _("source"),
        max_length=500,
        help_text=_("Where this guidance comes from, e.g. the treaty paragraph."),
    )
    verified = models.BooleanField(
        _("checked against the official document"),
        default=False,
        help_text=_("Unchecked guidance is shown as such to the States."),
    )

    markdown_fields = ("body",)

    class Meta:
        ordering = ["edition", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "form"], name="article7_one_section_per_form"
            )
        ]

    def __str__(self):
        return self.heading


class GuideQuestion(RenderedMarkdown, EditedByUser):
    """One question of a section, with the guidance shown beside it."""

    section = models.ForeignKey(
        GuideSection, on_delete=models.CASCADE, related_name="questions"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    prompt = models.CharField(_("question"), max_length=300)
    help = models.TextField(
        _("guidance"),
        blank=True,
        max_length=MARKDOWN_MAX_LENGTH,
        help_text=_("Markdown."),
    )
    help_html = models.TextField(editable=False, default="")

    markdown_fields = ("help",)

    class Meta:
        ordering = ["section", "order", "pk"]

    def __str__(self):
        return self.prompt


class ReminderSent(models.Model):
    """An e-mail reminder of a due report, recorded so it goes out once."""

    state = models.ForeignKey(StateParty, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=10, choices=ReportKind.choices)
    stage = models.CharField(max_length=10)
    due_date = models.DateField()
    recipients = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["state", "year", "kind", "stage"],
                name="article7_reminder_once",
            )
        ]

    def __str__(self):
        return f"{self.state_id} {self.kind} {self.year} {self.stage}"


def report_pdf_file_key(*, report_id: int, content_hash: str) -> str:
    """Where a PDF of a report lives: derived from what it shows, so a repeated
    render of the same content overwrites the same file."""
    return f"article7/pdf/{report_id}/{content_hash}.pdf"


class ReportPdf(RenderedDocument):
    """A submitted version of a report rendered to PDF in the template's
    layout (cover page, then each form), in one language, by a worker
    (portal.documents). A submitted version never changes, so a version of
    its PDF differs from another only by language or by a later correction of
    the labels."""

    report = models.ForeignKey(
        Article7Report, on_delete=models.CASCADE, related_name="pdfs"
    )
    language = models.CharField(_("language"), max_length=8)

    class Meta:
        ordering = ["report", "-number"]
        verbose_name = _("Article 7 report PDF")
        verbose_name_plural = _("Article 7 report PDFs")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "number"], name="article7_pdf_number"
            ),
            models.UniqueConstraint(
                fields=["report", "content_hash"], name="article7_pdf_content"
            ),
            models.CheckConstraint(
                condition=Q(status__in=DocumentStatus.values),
                name="article7_pdf_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status="ready")
                | (~Q(file="") & ~Q(checksum="") & Q(finished_at__isnull=False)),
                name="article7_pdf_ready_has_file",
            ),
        ]

    def __str__(self):
        return (
            f"PDF v{self.number} ({self.language}) of Article 7 report {self.report_id}"
        )

    def get_absolute_url(self):
        return reverse(
            "article7:pdf_download",
            kwargs={"pk": self.report_id, "number": self.number},
        )

    @property
    def file_name(self):
        """Article7-<ISO3>-<year>-v<report version>-<language>.pdf"""
        report = self.snapshot.get("report", {})
        return (
            f"Article7-{report.get('iso3', 'XXX')}-{report.get('year', '')}-"
            f"v{report.get('number', '')}-{self.language}.pdf"
        )
