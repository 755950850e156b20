"""Partners, partnerships for completion, interest in needs, and NMAPs.

Action 21 of the Maputo Action Plan [002 §19, 003 §2]: partners specify their
responsibilities to each other, articulate age- and gender-sensitive time-bound
objectives and targets, make financial or other commitments (multi-year where
possible) and engage regularly in a dialogue on progress and challenges.
National Mine Action Platforms follow the sample model of seed 003.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from country_pages.models import Need, StateParty
from portal.currencies import CURRENCY_CHOICES
from portal.models import EditedByUser, Versioned


class PartnerKind(models.TextChoices):
    STATE = "state", _("State")
    INTL_NGO = "intl_ngo", _("International NGO")
    NATIONAL_NGO = "national_ngo", _("National NGO")
    UN = "un", _("UN agency")
    REGIONAL = "regional", _("Regional organisation")
    PRIVATE = "private", _("Private sector")
    ACADEMIA = "academia", _("Academia")


class Partner(models.Model):
    """A State or organisation that takes part in partnerships.

    An affected State can itself be a partner offering its expertise
    (south-south cooperation, agenda section II.F [001, 004]): then `state`
    links it to its States Party record.
    """

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    state = models.OneToOneField(
        StateParty,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="partner",
        verbose_name=_("state"),
        help_text=_("When the partner is a State Party."),
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(
        _("description"), blank=True, help_text=_("Markdown.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__isnull=True) | Q(kind="state"),
                name="partner_state_link_only_for_states",
            )
        ]

    def __str__(self):
        return self.name


class PartnershipStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Under way")
    COMPLETED = "completed", _("Completed")
    ENDED = "ended", _("Ended early")


class Partnership(EditedByUser):
    """A partnership for completion around one affected State [Action 21]."""

    state = models.ForeignKey(
        StateParty,
        on_delete=models.PROTECT,
        related_name="partnerships",
        verbose_name=_("affected State"),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), help_text=_("Markdown."))
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=PartnershipStatus.choices,
        default=PartnershipStatus.PLANNED,
    )
    is_south_south = models.BooleanField(
        _("south-south cooperation"),
        default=False,
        help_text=_("Affected States sharing their expertise with each other [004]."),
    )
    is_regional = models.BooleanField(_("regional cooperation"), default=False)
    # The country page's placemat lists success stories and good practices
    # beside the projects under way [002 Attachment].
    success_story = models.TextField(
        _("success story"), blank=True, help_text=_("Markdown.")
    )
    good_practice = models.TextField(
        _("good practice"), blank=True, help_text=_("Markdown.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = ["state__name", "-start_date", "title"]
        indexes = [models.Index(fields=["state", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="partnership_end_after_start",
            )
        ]

    def __str__(self):
        return f"{self.state.name}: {self.title}"

    def get_absolute_url(self):
        return reverse("partnerships:detail", kwargs={"pk": self.pk})


class PartnershipPartner(models.Model):
    """A partner in a partnership, with the responsibility it takes."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="members"
    )
    partner = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("partner"),
    )
    responsibility = models.TextField(
        _("responsibility"), help_text=_("What this partner undertakes.")
    )

    class Meta:
        verbose_name = _("partnership partner")
        verbose_name_plural = _("partnership partners")
        ordering = ["partner__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "partner"], name="unique_partnership_partner"
            )
        ]

    def __str__(self):
        return gettext("%(partner)s in %(partnership)s") % {
            "partner": self.partner,
            "partnership": self.partnership,
        }


class Objective(models.Model):
    """A time-bound objective or target of a partnership."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="objectives"
    )
    text = models.TextField(_("objective or target"))
    target_date = models.DateField(_("target date"))
    is_age_gender_sensitive = models.BooleanField(
        _("age- and gender-sensitive"), default=False
    )
    is_met = models.BooleanField(pgettext_lazy("objective", "met"), default=False)

    class Meta:
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        ordering = ["target_date", "pk"]

    def __str__(self):
        return self.text[:80]


class CommitmentKind(models.TextChoices):
    FINANCIAL = "financial", _("Financial")
    IN_KIND = "in_kind", _("In kind")
    EXPERTISE = "expertise", _("Expertise")


class Commitment(models.Model):
    """What a partner commits, for one year or each year of a range.

    A financial commitment's amount is per year: a three-year commitment of
    1,000,000 a year has year_from, year_to three years apart and amount
    1,000,000, so funding by year counts it in each year.
    """

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="commitments"
    )
    partner = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        related_name="commitments",
        verbose_name=_("partner"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=CommitmentKind.choices)
    year_from = models.PositiveSmallIntegerField(_("first year"))
    year_to = models.PositiveSmallIntegerField(_("last year"))
    amount = models.DecimalField(
        _("amount per year"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(
        _("currency"),
        max_length=3,
        choices=CURRENCY_CHOICES,
        blank=True,
        default="USD",
    )
    description = models.TextField(_("description"), blank=True)
    # The need of the partnership's State it funds: its amount then counts in
    # the need's funding secured "from recorded commitments" (the need's page).
    need = models.ForeignKey(
        Need,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="commitments",
        verbose_name=_("need it funds"),
    )

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["year_from", "partner__name"]
        indexes = [models.Index(fields=["kind", "year_from", "year_to"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(year_to__gte=F("year_from")),
                name="commitment_years_in_order",
            ),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0),
                name="commitment_amount_not_negative",
            ),
            models.CheckConstraint(
                condition=~Q(kind="financial")
                | (Q(amount__isnull=False) & ~Q(currency="")),
                name="commitment_financial_has_amount",
            ),
        ]

    def __str__(self):
        return f"{self.partner}: {self.get_kind_display()} {self.years_label}"

    @property
    def total(self) -> Decimal | None:
        """The amount over every year of the commitment."""
        if self.amount is None:
            return None
        return self.amount * (self.year_to - self.year_from + 1)

    @property
    def years_label(self):
        if self.year_from == self.year_to:
            return str(self.year_from)
        return f"{self.year_from}–{self.year_to}"


class DialogueEntry(models.Model):
    """A dated entry of the regular dialogue on progress and challenges."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="dialogue"
    )
    date = models.DateField(_("date"))
    progress = models.TextField(_("progress"), help_text=_("Markdown."))
    challenges = models.TextField(_("challenges"), blank=True, help_text=_("Markdown."))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("dialogue entry")
        verbose_name_plural = _("dialogue entries")

    def __str__(self):
        return gettext("%(partnership)s on %(date)s") % {
            "partnership": self.partnership,
            "date": self.date,
        }


class InterestStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    DISCUSSED = "discussed", _("Discussed")
    PARTNERED = "partnered", _("Partnered")


class Interest(Versioned):
    """A donor's interest in a published need: the Platform for Partnerships."""

    donor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="interests",
        verbose_name=_("donor"),
    )
    need = models.ForeignKey(
        Need,
        on_delete=models.CASCADE,
        related_name="interests",
        verbose_name=_("need"),
    )
    message = models.TextField(_("message"))
    indicative_amount = models.DecimalField(
        _("indicative amount"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=CURRENCY_CHOICES, default="USD"
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InterestStatus.choices,
        default=InterestStatus.REGISTERED,
    )
    partnership = models.ForeignKey(
        Partnership,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interests",
        verbose_name=_("partnership"),
    )
    # The State's latest answer in words, e-mailed to the donor with the status.
    answer = models.TextField(_("message to the donor"), blank=True, max_length=5000)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("interest")
        verbose_name_plural = _("interests")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["donor", "need"], name="unique_interest"),
            models.CheckConstraint(
                condition=Q(indicative_amount__isnull=True)
                | Q(indicative_amount__gte=0),
                name="interest_amount_not_negative",
            ),
        ]

    def __str__(self):
        return gettext("%(donor)s in %(need)s") % {
            "donor": self.donor,
            "need": self.need,
        }


class Platform(EditedByUser):
    """A State's National Mine Action Platform [003].

    Led by a tripartite arrangement: the national authority, a champion donor
    and a secretariat or facilitator (e.g. UNDP). Its meetings live in the IA
    meetings app as meetings of kind "nmap".
    """

    state = models.OneToOneField(
        StateParty, on_delete=models.CASCADE, related_name="platform"
    )
    lead_authority = models.CharField(
        _("lead national authority"),
        max_length=200,
        help_text=_("The National Mine Action Authority or Centre."),
    )
    champion_donor = models.ForeignKey(
        Partner,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("champion donor"),
        help_text=_("Permanent or rotating."),
    )
    secretariat = models.ForeignKey(
        Partner,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("secretariat or facilitator"),
        help_text=_("Takes and circulates minutes and action points, convenes."),
    )
    focus = models.CharField(
        _("focus"),
        max_length=200,
        default="Article 5 implementation",
        help_text=_("The Convention objective discussions focus on."),
    )
    cadence_months = models.PositiveSmallIntegerField(
        _("meets every (months)"), default=3
    )
    political = models.TextField(_("political component"), blank=True)
    technical = models.TextField(_("technical component"), blank=True)
    participatory = models.TextField(_("participatory component"), blank=True)
    resource_mobilisation = models.TextField(
        _("resource mobilisation component"), blank=True
    )
    activities = models.TextField(_("activities"), blank=True, help_text=_("Markdown."))
    established = models.DateField(_("established"), null=True, blank=True)

    class Meta:
        verbose_name = _("National Mine Action Platform")
        verbose_name_plural = _("National Mine Action Platforms")
        constraints = [
            models.CheckConstraint(
                condition=Q(cadence_months__gte=1, cadence_months__lte=24),
                name="platform_cadence_range",
            )
        ]

    def __str__(self):
        return gettext("NMAP of %(state)s") % {"state": self.state.local_name}

    def get_absolute_url(self):
        return reverse("partnerships:platform", kwargs={"iso3": self.state.iso3})


class StakeholderGroup(models.TextChoices):
    """The participatory component's groups [003 §§9, 11]."""

    GOVERNMENT = "government", _("Government bodies")
    DONOR = "donor", _("Donors")
    UN = "un", _("United Nations")
    INTL_ORG = "intl_org", _("International organisations")
    INTL_NGO = "intl_ngo", _("International NGOs")
    NATIONAL_NGO = "national_ngo", _("National NGOs")
    AFFECTED = "affected", _("Representatives of affected populations")
    PRIVATE = "private", _("Private sector")
    ACADEMIA = "academia", _("Academic institutions")


class PlatformMember(models.Model):
    platform = models.ForeignKey(
        Platform, on_delete=models.CASCADE, related_name="members"
    )
    name = models.CharField(_("organisation"), max_length=200)
    group = models.CharField(
        _("stakeholder group"), max_length=20, choices=StakeholderGroup.choices
    )
    role = models.CharField(_("role"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("platform member")
        verbose_name_plural = _("platform members")
        ordering = ["group", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["platform", "name"], name="unique_platform_member"
            )
        ]

    def __str__(self):
        return self.name
