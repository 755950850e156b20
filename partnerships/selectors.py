"""Reads of partnerships that views and other apps share.

The functions at the top are the contract other apps use; they return plain
values (portal.summaries), never models. Each list filters by the rule its
page follows (rules.py keeps the filter beside the predicate); the figures and
charts of funding are in charts.py.
"""

import calendar
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from urllib.parse import urlencode

from django.db.models import Count, F, Prefetch, Q, QuerySet, Sum
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import get_language, gettext_lazy, pgettext
from django.utils.translation import gettext as _

from country_pages.models import Need
from country_pages.rules import page_items_visible_filter
from country_pages.selectors import NeedChange, need_history
from country_pages.translation.texts import needs_with_languages
from ia_meetings import selectors as meetings
from portal.exports import choice_labels
from portal.summaries import SummaryItem

from . import charts, rules
from .filters import with_gap
from .models import (
    Commitment,
    CommitmentKind,
    DialogueEntry,
    Interest,
    InterestStatus,
    Partner,
    PartnerKind,
    Partnership,
    PartnershipPartner,
    PartnershipStatus,
    Platform,
    StakeholderGroup,
)

# How the country page's placemat names the kinds of partner [002 Attachment].
KIND_HEADINGS = [
    (PartnerKind.STATE, gettext_lazy("States providing assistance")),
    (PartnerKind.INTL_NGO, gettext_lazy("International NGOs")),
    (PartnerKind.NATIONAL_NGO, gettext_lazy("Local and national NGOs")),
    (PartnerKind.UN, gettext_lazy("UN support")),
    (PartnerKind.REGIONAL, gettext_lazy("Regional organisations")),
    (PartnerKind.PRIVATE, gettext_lazy("Private sector")),
    (PartnerKind.ACADEMIA, gettext_lazy("Academia")),
]


@dataclass
class CountryPartnershipSummary:
    """What a country page's "Partnerships" section (and a report) shows."""

    partnerships: list[SummaryItem] = field(default_factory=list)
    # (kind label, [partner names]) e.g. ("States providing assistance", [...])
    partners_by_kind: list[tuple[str, list[str]]] = field(default_factory=list)
    projects: list[SummaryItem] = field(default_factory=list)
    success_stories: list[SummaryItem] = field(default_factory=list)
    good_practices: list[SummaryItem] = field(default_factory=list)
    # Server-rendered SVG of funding by year, with its text alternative.
    funding_chart_svg: str = ""
    # (year, donor, "1,000,000 USD"), by year then donor.
    funding_table: list[tuple[int, str, str]] = field(default_factory=list)
    # States this State shares its expertise with (south-south, agenda II.F).
    expertise_shared: list[SummaryItem] = field(default_factory=list)
    # Where each shortened list is in full ("partnerships", "projects").
    more_urls: dict[str, str] = field(default_factory=dict)

    @property
    def partnership_entries(self) -> list[dict]:
        """Each listed partnership once, with its success story and good
        practice beside it: the country page names it once, not under
        "Partnerships", "Projects under way", "Success stories" and "Good
        practices" in turn."""
        stories = {item.url: item.detail for item in self.success_stories}
        practices = {item.url: item.detail for item in self.good_practices}
        return [
            {
                "item": item,
                "success_story": stories.get(item.url, ""),
                "good_practice": practices.get(item.url, ""),
            }
            for item in self.partnerships
        ]

    def _unlisted(self, items: list[SummaryItem]) -> list[SummaryItem]:
        listed = {item.url for item in self.partnerships}
        return [item for item in items if item.url not in listed]

    @property
    def unlisted_projects(self) -> list[SummaryItem]:
        """Projects under way beyond the partnerships listed (a long list)."""
        return self._unlisted(self.projects)

    @property
    def unlisted_success_stories(self) -> list[SummaryItem]:
        return self._unlisted(self.success_stories)

    @property
    def unlisted_good_practices(self) -> list[SummaryItem]:
        return self._unlisted(self.good_practices)

    @property
    def is_empty(self) -> bool:
        return not (
            self.partnerships
            or self.partners_by_kind
            or self.projects
            or self.success_stories
            or self.good_practices
            or self.expertise_shared
        )


def country_partnership_summary(
    *, state, user, limit: int | None = None
) -> CountryPartnershipSummary:
    """The partnerships section of `state`'s page, as `user` may see it.

    With `limit` (the country page), each list holds the latest `limit`
    entries and `more_urls` says where the whole list is: a fixed number of
    queries, and a page that does not grow with the data. Without (a report),
    every partnership.

    Partnership records are public, so `user` changes nothing today; it is
    part of the contract so that restricted entries could be added later.
    """
    partnerships = partnership_list(user=user, state=state)
    listed = list(partnerships if limit is None else partnerships[:limit])
    if (
        not listed
        and not Partnership.objects.filter(members__partner__state=state).exists()
    ):
        return CountryPartnershipSummary()
    summary = CountryPartnershipSummary()
    summary.partnerships = [_partnership_item(p) for p in listed]
    if limit is None:
        projects = [p for p in listed if p.status == PartnershipStatus.ACTIVE]
        stories = [p for p in listed if p.success_story]
        practices = [p for p in listed if p.good_practice]
        names = {
            (m.partner.kind, m.partner.name)
            for p in listed
            for m in p.members.all()
            if m.partner.state_id != state.pk
        }
    else:
        projects = list(partnerships.filter(status=PartnershipStatus.ACTIVE)[:limit])
        plain = partnerships.prefetch_related(None)
        stories = plain.exclude(success_story="")[:limit]
        practices = plain.exclude(good_practice="")[:limit]
        names = set(
            Partner.objects.filter(memberships__partnership__in=partnerships)
            .exclude(state=state)
            .values_list("kind", "name")
            .distinct()
        )
        base = f"{reverse('partnerships:index')}?{urlencode({'country': state.iso3})}"
        if len(listed) == limit:
            summary.more_urls["partnerships"] = base
        if len(projects) == limit:
            summary.more_urls["projects"] = f"{base}&status={PartnershipStatus.ACTIVE}"
    summary.projects = [_partnership_item(p) for p in projects]
    summary.success_stories = [
        SummaryItem(p.title, p.get_absolute_url(), p.start_date, p.success_story)
        for p in stories
    ]
    summary.good_practices = [
        SummaryItem(p.title, p.get_absolute_url(), p.start_date, p.good_practice)
        for p in practices
    ]
    names_by_kind = defaultdict(set)
    for kind, name in names:
        names_by_kind[kind].add(name)
    # Plain text in the reader's language: a report keeps it in a JSON snapshot.
    summary.partners_by_kind = [
        (str(label), sorted(names_by_kind[kind]))
        for kind, label in KIND_HEADINGS
        if names_by_kind[kind]
    ]
    shared = (
        PartnershipPartner.objects.filter(partner__state=state)
        .exclude(partnership__state=state)
        .select_related("partnership__state")
    )
    summary.expertise_shared = [
        SummaryItem(
            title=f"{p.state.name}: {p.title}",
            url=p.get_absolute_url(),
            date=p.start_date,
            detail=m.responsibility,
        )
        for m in (shared if limit is None else shared[:limit])
        for p in [m.partnership]
    ]
    chart = charts.funding_by_year_chart(state=state)
    # No chart where nothing financial is recorded: the page says nothing then.
    summary.funding_chart_svg = chart.svg if chart.rows else ""
    summary.funding_table = [
        (
            year,
            donor,
            f"{formats.number_format(amount, 0, force_grouping=True)} {chart.currency}",
        )
        for year, donor, amount in chart.rows
    ]
    return summary


def _partnership_item(partnership) -> SummaryItem:
    return SummaryItem(
        title=partnership.title,
        url=partnership.get_absolute_url(),
        date=partnership.start_date,
        detail=_partnership_detail(
            partnership, [m.partner for m in partnership.members.all()]
        ),
    )


def _partnership_detail(partnership, partners) -> str:
    flags = []
    if partnership.is_south_south:
        flags.append(_("south-south"))
    if partnership.is_regional:
        flags.append(pgettext("cooperation", "regional"))
    values = {
        "status": partnership.get_status_display(),
        "flags": ", ".join(flags),
        "partners": ", ".join(p.name for p in partners) or _("no partners yet"),
    }
    if flags:
        return _("%(status)s (%(flags)s) · %(partners)s") % values
    return _("%(status)s · %(partners)s") % values


# Lists ---


def partnership_list(*, user, state=None) -> QuerySet[Partnership]:
    """The partnerships `user` may read, with their State and partners, in two
    queries."""
    qs = (
        Partnership.objects.filter(rules.partnership_list_filter(user))
        .select_related("state")
        .prefetch_related(
            Prefetch(
                "members",
                queryset=PartnershipPartner.objects.select_related("partner"),
            )
        )
    )
    if state is not None:
        qs = qs.filter(state=state)
    return qs


PARTNERSHIP_EXPORT_COLUMNS = [
    "id",
    "country_iso3",
    "country",
    "title",
    "description",
    "start_date",
    "end_date",
    "status",
    "status_label",
    "is_south_south",
    "is_regional",
    "partners",
    "financial_commitments",
    "success_story",
    "good_practice",
    "updated_at",
    "url",
]


def partnership_export_rows(
    *, partnerships: QuerySet[Partnership], url
) -> Iterator[dict]:
    """The partnerships list as rows, every column, in three queries whatever
    the number: the partnerships' values, their partners, and their financial
    commitments added up by currency ("USD 1500000.00; EUR 20000.00").
    `url(pk)` is a partnership's address."""
    statuses = choice_labels(PartnershipStatus.choices)
    ids = partnerships.values("pk")
    partners = defaultdict(list)
    for pk, name in (
        PartnershipPartner.objects.filter(partnership__in=ids)
        .order_by("partner__name")
        .values_list("partnership_id", "partner__name")
    ):
        partners[pk].append(name)
    money = defaultdict(list)
    for pk, currency, total in (
        Commitment.objects.filter(
            partnership__in=ids, kind=CommitmentKind.FINANCIAL, amount__isnull=False
        )
        .values("partnership_id", "currency")
        .annotate(total=Sum("amount"))
        .order_by("partnership_id", "currency")
        .values_list("partnership_id", "currency", "total")
    ):
        money[pk].append(f"{currency} {Decimal(total):.2f}")
    for row in partnerships.values(
        "id",
        "state__iso3",
        "state__name",
        "title",
        "description",
        "start_date",
        "end_date",
        "status",
        "is_south_south",
        "is_regional",
        "success_story",
        "good_practice",
        "updated_at",
    ).iterator(chunk_size=1000):
        yield {
            **row,
            "country_iso3": row["state__iso3"],
            "country": row["state__name"],
            "status_label": statuses(row["status"]),
            "partners": "; ".join(partners.get(row["id"], [])),
            "financial_commitments": "; ".join(money.get(row["id"], [])),
            "url": url(row["id"]),
        }


FUNDING_EXPORT_COLUMNS = [
    "year",
    "donor_id",
    "donor",
    "donor_kind",
    "currency",
    "amount",
]


def partnership_counts(*, state_ids) -> dict[int, int]:
    """The number of partnerships of each State, by State pk."""
    return dict(
        Partnership.objects.filter(state_id__in=state_ids)
        .values("state_id")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("state_id", "n")
    )


def partnership_get(*, pk: int) -> Partnership:
    return (
        Partnership.objects.select_related("state", "updated_by")
        .prefetch_related(
            Prefetch(
                "members",
                queryset=PartnershipPartner.objects.select_related("partner__state"),
            ),
            "objectives",
            Prefetch(
                "commitments",
                queryset=Commitment.objects.select_related("partner", "need"),
            ),
            Prefetch(
                "dialogue", queryset=DialogueEntry.objects.select_related("author")
            ),
            Prefetch(
                "interests",
                queryset=Interest.objects.select_related("need", "donor"),
            ),
        )
        .get(pk=pk)
    )


def partner_list() -> QuerySet[Partner]:
    return Partner.objects.select_related("state").annotate(
        partnership_count=Count("memberships", distinct=True)
    )


def need_browser_list(*, user, language: str = "") -> QuerySet[Need]:
    """The needs browser: every published need, with its State and funding gap,
    and its text in `language` (the reader's) where the State translated it
    (country_pages.translation.texts.needs_each_in_language)."""
    return needs_with_languages(
        with_gap(
            Need.objects.filter(rules.need_browser_filter(user)).select_related("state")
        ).order_by("state__name", "theme", "title"),
        language=language or get_language(),
    )


def need_totals(*, needs: QuerySet[Need]) -> list[dict]:
    """Estimated cost, funding secured and gap of `needs` (filtered as the
    browser has them, with their gap) per currency, never converted, from one
    grouped query. A need without an estimated cost counts in funding secured
    and in `uncosted`, not in the cost or the gap."""
    return list(
        needs.order_by()
        .values("currency")
        .annotate(
            count=Count("pk"),
            cost=Sum("estimated_cost"),
            secured=Sum("funding_secured"),
            gap=Sum("gap"),
            uncosted=Count("pk", filter=Q(estimated_cost__isnull=True)),
        )
        .order_by("currency")
    )


def need_readable_list(*, user) -> QuerySet[Need]:
    """Every need `user` may read (country_pages rules: `read_need`): the
    published ones, and the drafts of the States whose drafts they read; with
    the State and the funding gap, as the needs browser has them."""
    return with_gap(
        Need.objects.filter(page_items_visible_filter(user)).select_related("state")
    ).order_by("state__name", "theme", "title", "pk")


CENTS = Decimal("0.01")


def funding_rows(*, commitments: QuerySet[Commitment]) -> list[dict]:
    """Funding by donor and year, from one grouped query over `commitments`
    (financial ones only): a multi-year commitment counts in each year of its
    range, as the charts do. Currencies are never converted: one row per
    donor, year and currency, by year then donor."""
    grouped = (
        commitments.filter(kind=CommitmentKind.FINANCIAL)
        .values(
            "partner_id",
            "partner__name",
            "partner__kind",
            "year_from",
            "year_to",
            "currency",
        )
        .annotate(total=Sum("amount"))
        .order_by()
    )
    totals: dict[tuple, Decimal] = defaultdict(Decimal)
    for row in grouped:
        for year in range(row["year_from"], row["year_to"] + 1):
            key = (
                year,
                row["partner__name"],
                row["partner_id"],
                row["partner__kind"],
                row["currency"],
            )
            totals[key] += row["total"] or 0
    return [
        {
            "year": year,
            "donor_id": partner_id,
            "donor": name,
            "donor_kind": kind,
            "currency": currency,
            "amount": amount.quantize(CENTS),
        }
        for (year, name, partner_id, kind, currency), amount in sorted(totals.items())
    ]


def interest_received_list(*, user) -> QuerySet[Interest]:
    """Interest in the needs of the States the user is focal point for."""
    return (
        Interest.objects.filter(rules.interest_received_filter(user))
        .select_related("need__state", "donor", "partnership")
        .order_by("status", "-created_at")
    )


def interest_sent_list(*, user) -> QuerySet[Interest]:
    """The interest a donor registered."""
    return Interest.objects.filter(rules.interest_sent_filter(user)).select_related(
        "need__state", "partnership"
    )


@dataclass
class NeedFunding:
    """A need's funding secured, split into what recorded commitments account
    for and what the State typed in beyond them."""

    secured: Decimal
    # Financial commitments linked to the need, with their `total`.
    commitments: list[Commitment]
    # Their totals in the need's currency (never converted).
    recorded: Decimal
    # The rest of the funding secured, typed in by the State (never < 0).
    typed: Decimal
    # Recorded commitments add up to more than the funding secured typed in.
    exceeds: bool
    # Linked commitments in another currency: listed, not counted.
    other_currency: list[Commitment]


def need_funding(*, need: Need, commitments: list[Commitment]) -> NeedFunding:
    financial = [c for c in commitments if c.kind == CommitmentKind.FINANCIAL]
    counted = [c for c in financial if c.currency == need.currency]
    recorded = sum((c.total for c in counted), Decimal(0))
    return NeedFunding(
        secured=need.funding_secured,
        commitments=counted,
        recorded=recorded,
        typed=max(need.funding_secured - recorded, Decimal(0)),
        exceeds=recorded > need.funding_secured,
        other_currency=[c for c in financial if c.currency != need.currency],
    )


@dataclass
class NeedPage:
    need: Need
    funding: NeedFunding
    # In-kind and expertise commitments linked to the need.
    other_commitments: list[Commitment]
    # Everyone sees how many donors registered interest; `interests` are
    # those the reader may read (read_interest).
    interest_count: int
    interests: list[Interest]
    partnerships: list[Partnership]
    history: list[NeedChange]


def need_page(*, need: Need, user) -> NeedPage:
    """A need's own page: interest registered in it, the partnerships that
    took it up, its history. A handful of queries, whatever the need."""
    interests = Interest.objects.filter(need=need)
    readable = interests.filter(rules.interest_readable_filter(user))
    commitments = list(
        need.commitments.select_related("partner", "partnership").order_by(
            "year_from", "partner__name", "pk"
        )
    )
    return NeedPage(
        need=need,
        funding=need_funding(need=need, commitments=commitments),
        other_commitments=[
            c for c in commitments if c.kind != CommitmentKind.FINANCIAL
        ],
        interest_count=interests.count(),
        interests=list(
            readable.select_related("donor", "partnership").order_by("created_at")
        ),
        partnerships=list(
            Partnership.objects.filter(
                Q(interests__need=need) | Q(commitments__need=need)
            )
            .distinct()
            .select_related("state")
            .order_by("title", "pk")
        ),
        history=need_history(need=need, user=user),
    )


def interest_ids_for_donor(*, user) -> set[int]:
    """The needs a donor already registered interest in (to mark the browser)."""
    if not user.is_authenticated:
        return set()
    return set(Interest.objects.filter(donor=user).values_list("need_id", flat=True))


# Dashboards ---


@dataclass
class CountryRow:
    iso3: str
    name: str
    partnerships: int = 0
    active: int = 0
    south_south: int = 0
    interest: int = 0
    interest_open: int = 0
    funding: Decimal = Decimal(0)
    has_platform: bool = False


def cross_country_overview() -> tuple[list[CountryRow], str]:
    """Partnerships, interest registered and funding per country, in 4 queries."""
    rows: dict[int, CountryRow] = {}

    def row(pk, iso3, name):
        if pk not in rows:
            rows[pk] = CountryRow(iso3=iso3, name=name)
        return rows[pk]

    for r in (
        Partnership.objects.values("state_id", "state__iso3", "state__name")
        .annotate(
            n=Count("pk"),
            active=Count("pk", filter=Q(status=PartnershipStatus.ACTIVE)),
            south=Count("pk", filter=Q(is_south_south=True)),
        )
        .order_by()
    ):
        x = row(r["state_id"], r["state__iso3"], r["state__name"])
        x.partnerships, x.active, x.south_south = r["n"], r["active"], r["south"]
    for r in (
        Interest.objects.values(
            "need__state_id", "need__state__iso3", "need__state__name"
        )
        .annotate(
            n=Count("pk"),
            open=Count("pk", filter=Q(status=InterestStatus.REGISTERED)),
        )
        .order_by()
    ):
        x = row(r["need__state_id"], r["need__state__iso3"], r["need__state__name"])
        x.interest, x.interest_open = r["n"], r["open"]
    currency, _amounts, _others = charts.funding_by_donor_year()
    for r in (
        charts.financial_commitments()
        .filter(currency=currency)
        .values(
            "partnership__state_id",
            "partnership__state__iso3",
            "partnership__state__name",
            "year_from",
            "year_to",
        )
        .annotate(total=Sum("amount"))
        .order_by()
    ):
        x = row(
            r["partnership__state_id"],
            r["partnership__state__iso3"],
            r["partnership__state__name"],
        )
        x.funding += r["total"] * (r["year_to"] - r["year_from"] + 1)
    for pk, iso3, name in Platform.objects.values_list(
        "state_id", "state__iso3", "state__name"
    ):
        row(pk, iso3, name).has_platform = True
    return sorted(rows.values(), key=lambda r: r.name), currency


@dataclass
class KeyFigures:
    partnerships_active: int
    south_south: int
    interest_open: int
    needs_published: int


def key_figures() -> KeyFigures:
    """A few figures across countries, in 3 queries (dashboards, home page)."""
    partnerships = Partnership.objects.aggregate(
        active=Count("pk", filter=Q(status=PartnershipStatus.ACTIVE)),
        south=Count(
            "pk",
            filter=Q(status=PartnershipStatus.ACTIVE)
            & (Q(is_south_south=True) | Q(is_regional=True)),
        ),
    )
    return KeyFigures(
        partnerships_active=partnerships["active"],
        south_south=partnerships["south"],
        interest_open=Interest.objects.filter(status=InterestStatus.REGISTERED).count(),
        needs_published=Need.objects.filter(is_published=True).count(),
    )


def recent_interest(*, limit: int = 20) -> QuerySet[Interest]:
    return Interest.objects.select_related("need__state", "donor").order_by(
        "-created_at"
    )[:limit]


# National Mine Action Platforms ---


def platform_get(*, state) -> Platform | None:
    return (
        Platform.objects.filter(state=state)
        .select_related("state", "champion_donor", "secretariat", "updated_by")
        .prefetch_related("members")
        .first()
    )


def platform_members_by_group(*, platform: Platform) -> list[tuple[str, list]]:
    """Members grouped in the order the stakeholder groups are declared."""
    groups = defaultdict(list)
    for member in platform.members.all():
        groups[member.group].append(member)
    return [
        (label, groups[value])
        for value, label in StakeholderGroup.choices
        if groups[value]
    ]


def add_months(moment: datetime, months: int) -> datetime:
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@dataclass
class Cadence:
    last_meeting: datetime | None
    next_due: datetime | None
    overdue: bool


def platform_cadence(*, platform: Platform, now: datetime | None = None) -> Cadence:
    """When the platform should next meet, and whether it is overdue.

    A platform that has never met is overdue once a cadence has passed since it
    was established (or at once, without an established date).
    """
    now = now or timezone.now()
    last = meetings.last_meeting_start(state=platform.state, kind="nmap")
    if last is not None:
        due = add_months(last, platform.cadence_months)
    elif platform.established:
        start = datetime.combine(
            platform.established,
            datetime.min.time(),
            tzinfo=timezone.get_current_timezone(),
        )
        due = add_months(start, platform.cadence_months)
    else:
        due = None
    return Cadence(last_meeting=last, next_due=due, overdue=due is None or due < now)


def platforms_overdue_for(*, user) -> list[tuple[Platform, Cadence]]:
    """The platforms of the user's States that are overdue a meeting."""
    platforms = Platform.objects.filter(
        rules.platform_kept_filter(user)
    ).select_related("state")
    result = []
    for platform in platforms:
        cadence = platform_cadence(platform=platform)
        if cadence.overdue:
            result.append((platform, cadence))
    return result


# Across States, for the committee's views ---


@dataclass(frozen=True)
class FundingRow:
    """One partner's financial commitment to one State in one year."""

    state_id: int
    partner: str
    partner_kind: str
    year: int
    currency: str
    amount: Decimal


def funding_by_partner_year(*, state=None) -> list[FundingRow]:
    """Financial commitments per State, partner, year and currency (amounts
    are per year, so a multi-year commitment counts in each year of its range),
    by State, year and partner; one grouped query. Currencies are never
    converted."""
    grouped = (
        charts.financial_commitments(state=state)
        .values(
            "partnership__state_id",
            "partner__name",
            "partner__kind",
            "year_from",
            "year_to",
            "currency",
        )
        .annotate(total=Sum("amount"))
        .order_by()
    )
    amounts = defaultdict(Decimal)
    for row in grouped:
        for year in range(row["year_from"], row["year_to"] + 1):
            key = (
                row["partnership__state_id"],
                year,
                row["partner__name"],
                row["partner__kind"],
                row["currency"],
            )
            amounts[key] += row["total"] or 0
    return [
        FundingRow(
            state_id=state_id,
            partner=partner,
            partner_kind=kind,
            year=year,
            currency=currency,
            amount=amount,
        )
        for (state_id, year, partner, kind, currency), amount in sorted(amounts.items())
    ]


def platform_established_by_state() -> dict[int, datetime | None]:
    """{State pk: the date its National Mine Action Platform was established
    (None when not recorded)} for every State with a platform; one query."""
    return dict(Platform.objects.values_list("state_id", "established"))


def states_with_recorded_support() -> set[int]:
    """The States with a partnership in which a partner other than the State
    itself takes part; one query."""
    return set(
        PartnershipPartner.objects.exclude(
            partner__state_id=F("partnership__state_id")
        ).values_list("partnership__state_id", flat=True)
    )


def partner_for_state(*, state) -> Partner | None:
    """The partner record of a State Party (an affected State can itself be a
    partner, sharing its expertise), matched by its link or else its name."""
    return (
        Partner.objects.filter(state=state).first()
        or Partner.objects.filter(
            name__iexact=state.name, kind=PartnerKind.STATE, state__isnull=True
        ).first()
    )
