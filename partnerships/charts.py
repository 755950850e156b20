"""Funding and needs in figures, drawn as server-rendered SVG (portal.charts).

The ebbs and flows of support by year [000], donor concentration [004] and
the needs against the funding secured, for the charts page, the cross-country
dashboard and a country page's partnerships section. Each chart carries its
rows, so a table can say in text what the picture shows.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, QuerySet, Sum
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from country_pages.models import Need, NeedTheme
from portal.charts import Series, bar_chart, format_number, line_chart

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


def funding_by_donor_year(*, state=None) -> tuple[str, dict, list[str]]:
    """{(donor, year): amount} in the main currency, from one grouped query.

    Amounts are per year, so a multi-year commitment counts in each year of its
    range. Currencies are never converted: the chart shows the currency most
    money is committed in (USD when there is a tie) and says which it leaves out.
    """
    grouped = (
        financial_commitments(state=state)
        .values("partner__name", "year_from", "year_to", "currency")
        .annotate(total=Sum("amount"))
        .order_by()
    )
    by_currency = defaultdict(lambda: defaultdict(Decimal))
    for row in grouped:
        for year in range(row["year_from"], row["year_to"] + 1):
            by_currency[row["currency"]][(row["partner__name"], year)] += row["total"]
    if not by_currency:
        return "USD", {}, []
    currency = max(
        by_currency,
        key=lambda c: (len(by_currency[c]), c == "USD", sum(by_currency[c].values())),
    )
    others = sorted(c for c in by_currency if c != currency)
    return currency, by_currency[currency], others


def funding_by_year_chart(*, state=None, funding=None) -> Chart:
    """Funding by year, stacked by donor: the ebbs and flows of support [000].
    `funding`: what `funding_by_donor_year(state=state)` returned, when the
    caller has it already (no query then)."""
    currency, amounts, others = funding or funding_by_donor_year(state=state)
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
    for (donor, _y), amount in amounts.items():
        donor_totals[donor] += amount
    top = sorted(donor_totals, key=lambda d: (-donor_totals[d], d))[:TOP_DONORS]
    series = [Series(d, [amounts.get((d, y), 0) for y in years]) for d in top]
    if len(donor_totals) > len(top):
        series.append(
            Series(
                _("Other donors"),
                [
                    sum(a for (d, yy), a in amounts.items() if yy == y and d not in top)
                    for y in years
                ],
            )
        )
    totals = {y: sum(a for (_d, yy), a in amounts.items() if yy == y) for y in years}
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
    rows = sorted(
        ((y, d, a) for (d, y), a in amounts.items() if a), key=lambda r: (r[0], r[1])
    )
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
