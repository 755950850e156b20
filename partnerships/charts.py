"""Funding and needs in figures, drawn as server-rendered SVG (portal.charts).

The ebbs and flows of support by year [000], donor concentration [004] and
the needs against the funding secured, for the charts page, the cross-country
dashboard and a country page's partnerships section. Each chart carries its
rows, so a table can say in text what the picture shows.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Case, Count, F, Max, Min, QuerySet, Sum, When
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from country_pages.models import Need, NeedTheme
from portal.charts import Series, bar_chart, format_number, line_chart
from portal.content import content_memoize

from .models import Commitment, CommitmentKind

TOP_DONORS = 5


@dataclass
class Chart:
    svg: SafeString
    currency: str = ""
    rows: list = field(default_factory=list)
    # Commitments left out of the chart because they are in other currencies.
    other_currencies: list[str] = field(default_factory=list)
    summary: str = ""


def financial_commitments(*, state=None) -> QuerySet[Commitment]:
    """Financial commitments, of one State's partnerships or of all."""
    qs = Commitment.objects.filter(kind=CommitmentKind.FINANCIAL)
    if state is not None:
        qs = qs.filter(partnership__state=state)
    return qs


@content_memoize("partnerships:funding-by-donor-year", language=False)
def funding_by_donor_year(*, state=None) -> tuple[str, dict, list[str]]:
    """{(donor, year): amount} in the main currency, summed in SQL.

    Amounts are per year, so a multi-year commitment counts in each year of its
    range. Currencies are never converted: the chart shows the currency with
    the most commitment-years (USD when there is a tie, then the most money)
    and says which it leaves out. Two grouped queries whose rows do not grow
    with the commitments (one per currency, then one per donor with a column
    per year), computed once per content version.
    """
    commitments = financial_commitments(state=state)
    years_of = F("year_to") - F("year_from") + 1
    currencies = {
        row["currency"]: row
        for row in commitments.values("currency")
        .annotate(
            first=Min("year_from"),
            last=Max("year_to"),
            pairs=Sum(years_of),
            total=Sum(F("amount") * years_of),
        )
        .order_by()
    }
    if not currencies:
        return "USD", {}, []
    currency = max(
        currencies,
        key=lambda c: (
            currencies[c]["pairs"],
            c == "USD",
            currencies[c]["total"] or 0,
        ),
    )
    main = currencies[currency]
    years = range(main["first"], main["last"] + 1)
    grouped = (
        commitments.filter(currency=currency, amount__isnull=False)
        .values("partner__name")
        .annotate(
            **{
                f"y{year}": Sum(
                    Case(When(year_from__lte=year, year_to__gte=year, then="amount"))
                )
                for year in years
            }
        )
        .order_by()
    )
    amounts = {}
    for row in grouped:
        for year in years:
            if (amount := row[f"y{year}"]) is not None:
                amounts[(row["partner__name"], year)] = amount
    others = sorted(c for c in currencies if c != currency)
    return currency, amounts, others


@content_memoize("partnerships:funding-by-year-chart")
def funding_by_year_chart(*, state=None) -> Chart:
    """Funding by year, stacked by donor: the ebbs and flows of support [000].

    Its table has the chart's own rows (each year's top donors and the others
    together), not one per donor and year: thousands at scale."""
    currency, amounts, others = funding_by_donor_year(state=state)
    if state is not None:
        title = _("Funding committed by year, %(state)s (%(currency)s)") % {
            "state": state.name,
            "currency": currency,
        }
    else:
        title = _("Funding committed by year, all countries (%(currency)s)") % {
            "currency": currency
        }
    if not amounts:
        return Chart(
            svg=bar_chart(
                title=title,
                desc=_("No financial commitments yet."),
                categories=[],
                series=[],
            ),
            currency=currency,
        )
    years = list(range(min(y for _d, y in amounts), max(y for _d, y in amounts) + 1))
    donor_totals = defaultdict(Decimal)
    totals = dict.fromkeys(years, Decimal(0))
    for (donor, year), amount in amounts.items():
        donor_totals[donor] += amount
        totals[year] += amount
    top = sorted(donor_totals, key=lambda d: (-donor_totals[d], d))[:TOP_DONORS]
    series = [Series(d, [amounts.get((d, y), 0) for y in years]) for d in top]
    if len(donor_totals) > len(top):
        series.append(
            Series(
                _("Other donors"),
                [totals[y] - sum(amounts.get((d, y), 0) for d in top) for y in years],
            )
        )
    peak = max(totals, key=totals.get)
    desc = _(
        "Financial commitments per year from %(first)s to %(last)s in "
        "%(currency)s, by donor; the highest year is %(peak)s with %(amount)s."
    ) % {
        "first": years[0],
        "last": years[-1],
        "currency": currency,
        "peak": peak,
        "amount": format_number(totals[peak]),
    }
    rows = [
        (year, s.name, s.values[index])
        for index, year in enumerate(years)
        for s in series
        if s.values[index]
    ]
    return Chart(
        svg=bar_chart(
            title=title,
            desc=desc,
            categories=[str(y) for y in years],
            series=series,
            stacked=True,
            unit=currency,
        ),
        currency=currency,
        rows=rows,
        other_currencies=others,
        summary=desc,
    )


@content_memoize("partnerships:donor-concentration-charts")
def donor_concentration_charts() -> tuple[Chart, Chart]:
    """Share of the top five donors, and the number of donors, per year [004]."""
    currency, amounts, others = funding_by_donor_year()
    by_year = defaultdict(dict)
    for (donor, year), amount in amounts.items():
        if amount:
            by_year[year][donor] = amount
    years = sorted(by_year)
    rows = []
    for year in years:
        gifts = sorted(by_year[year].values(), reverse=True)
        total = sum(gifts)
        share = (sum(gifts[:TOP_DONORS]) / total * 100) if total else 0
        rows.append((year, len(gifts), total, round(share)))
    categories = [str(r[0]) for r in rows]
    share_desc = "; ".join(
        _("%(year)s: %(share)s %% of %(total)s")
        % {"year": y, "share": s, "total": format_number(t)}
        for y, _n, t, s in rows
    )
    share = Chart(
        svg=bar_chart(
            title=_("Share of funding from the top five donors (%(currency)s)")
            % {"currency": currency},
            desc=_(
                "Share of each year's funding given by its five largest donors. "
                "%(figures)s"
            )
            % {"figures": share_desc or _("No financial commitments yet.")},
            categories=categories,
            series=[
                Series(_("Top five donors"), [r[3] for r in rows]),
                Series(_("Other donors"), [100 - r[3] for r in rows]),
            ],
            stacked=True,
            percent=True,
            unit="%",
        ),
        currency=currency,
        rows=rows,
        other_currencies=others,
        summary=share_desc,
    )
    count_desc = "; ".join(
        _("%(year)s: %(donors)s") % {"year": y, "donors": n} for y, n, _t, _s in rows
    )
    number = Chart(
        svg=line_chart(
            title=_("Number of donors per year"),
            desc=_("Donors with financial commitments each year. %(figures)s")
            % {"figures": count_desc or _("No financial commitments yet.")},
            categories=categories,
            series=[Series(_("Donors"), [r[1] for r in rows])],
            unit=pgettext("chart axis", "donors"),
        ),
        currency=currency,
        rows=rows,
        other_currencies=others,
        summary=count_desc,
    )
    return share, number


@content_memoize("partnerships:needs-by-theme-chart")
def needs_by_theme_chart(*, state=None, currency: str = "USD") -> Chart:
    """Estimated cost of published needs against funding secured, by theme."""
    qs = Need.objects.filter(is_published=True, currency=currency)
    if state is not None:
        qs = qs.filter(state=state)
    grouped = {
        row["theme"]: row
        for row in qs.values("theme")
        .annotate(
            count=Count("pk"),
            cost=Sum("estimated_cost"),
            secured=Sum("funding_secured"),
        )
        .order_by()
    }
    other_currencies = sorted(
        set(
            Need.objects.filter(is_published=True)
            .exclude(currency=currency)
            .filter(**({"state": state} if state is not None else {}))
            .values_list("currency", flat=True)
            .distinct()
        )
    )
    themes = [(t, label) for t, label in NeedTheme.choices if t in grouped]
    rows = []
    for theme, label in themes:
        row = grouped[theme]
        cost, secured = row["cost"] or Decimal(0), row["secured"] or Decimal(0)
        rows.append((label, row["count"], cost, secured, max(cost - secured, 0)))
    desc = "; ".join(
        _("%(theme)s: %(needed)s needed, %(secured)s secured")
        % {
            "theme": label,
            "needed": format_number(cost),
            "secured": format_number(secured),
        }
        for label, _n, cost, secured, _gap in rows
    )
    return Chart(
        svg=bar_chart(
            title=_("Needs against funding secured, by theme (%(currency)s)")
            % {"currency": currency},
            desc=desc or _("No published needs yet."),
            categories=[str(r[0]) for r in rows],
            series=[
                Series(_("Estimated cost"), [r[2] for r in rows]),
                Series(_("Funding secured"), [r[3] for r in rows]),
            ],
            unit=currency,
        ),
        currency=currency,
        rows=rows,
        other_currencies=other_currencies,
        summary=desc,
    )


@dataclass(frozen=True)
class DonorBaseYear:
    """The donor base of one year [004: "encourage more states to become
    donors"]: how many donors gave, how many gave for the first time, and the
    share of the five largest."""

    year: int
    donors: int
    first_time: int
    top_five_share: int
    total: Decimal
    currency: str


def donor_base_by_year(*, state=None, funding=None) -> list[DonorBaseYear]:
    """Per year: donors with financial commitments (to `state`, or to any
    State), first-time donors (none of whose commitments came in an earlier
    year) and the top five's share, in the main currency (funding_by_donor_year)
    for the share; one grouped query, none when given what
    `funding_by_donor_year` returned."""
    currency, amounts, _others = funding or funding_by_donor_year(state=state)
    by_year = defaultdict(dict)
    for (donor, year), amount in amounts.items():
        if amount:
            by_year[year][donor] = amount
    seen: set[str] = set()
    rows = []
    for year in sorted(by_year):
        gifts = by_year[year]
        ranked = sorted(gifts.values(), reverse=True)
        total = sum(ranked)
        rows.append(
            DonorBaseYear(
                year=year,
                donors=len(gifts),
                first_time=len(set(gifts) - seen),
                top_five_share=round(sum(ranked[:TOP_DONORS]) / total * 100)
                if total
                else 0,
                total=total,
                currency=currency,
            )
        )
        seen |= set(gifts)
    return rows
