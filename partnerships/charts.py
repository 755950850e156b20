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


def funding_by_year_chart(*, state=None) -> Chart:
    """Funding by year, stacked by donor: the ebbs and flows of support [000]."""
    currency, amounts, others = funding_by_donor_year(state=state)
    where = state.name if state is not None else "all countries"
    title = f"Funding committed by year, {where} ({currency})"
    if not amounts:
        return Chart(
            svg=bar_chart(
                title=title,
                desc="No financial commitments yet.",
                categories=[],
                series=[],
            ),
            currency=currency,
        )
    years = list(range(min(y for _, y in amounts), max(y for _, y in amounts) + 1))
    donor_totals = defaultdict(Decimal)
    for (donor, _), amount in amounts.items():
        donor_totals[donor] += amount
    top = sorted(donor_totals, key=lambda d: (-donor_totals[d], d))[:TOP_DONORS]
    series = [Series(d, [amounts.get((d, y), 0) for y in years]) for d in top]
    if len(donor_totals) > len(top):
        series.append(
            Series(
                "Other donors",
                [
                    sum(a for (d, yy), a in amounts.items() if yy == y and d not in top)
                    for y in years
                ],
            )
        )
    totals = {y: sum(a for (_, yy), a in amounts.items() if yy == y) for y in years}
    peak = max(totals, key=totals.get)
    desc = (
        f"Financial commitments per year from {years[0]} to {years[-1]} in "
        f"{currency}, by donor; the highest year is {peak} with "
        f"{format_number(totals[peak])}."
    )
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
    share_desc = "; ".join(f"{y}: {s} % of {format_number(t)}" for y, _, t, s in rows)
    share = Chart(
        svg=bar_chart(
            title=f"Share of funding from the top five donors ({currency})",
            desc=f"Share of each year's funding given by its five largest donors. "
            f"{share_desc or 'No financial commitments yet.'}",
            categories=categories,
            series=[
                Series("Top five donors", [r[3] for r in rows]),
                Series("Other donors", [100 - r[3] for r in rows]),
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
    count_desc = "; ".join(f"{y}: {n}" for y, n, _, _ in rows)
    number = Chart(
        svg=line_chart(
            title="Number of donors per year",
            desc=f"Donors with financial commitments each year. "
            f"{count_desc or 'No financial commitments yet.'}",
            categories=categories,
            series=[Series("Donors", [r[1] for r in rows])],
            unit="donors",
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
        f"{label}: {format_number(cost)} needed, {format_number(secured)} secured"
        for label, _, cost, secured, _ in rows
    )
    return Chart(
        svg=bar_chart(
            title=f"Needs against funding secured, by theme ({currency})",
            desc=desc or "No published needs yet.",
            categories=[r[0] for r in rows],
            series=[
                Series("Estimated cost", [r[2] for r in rows]),
                Series("Funding secured", [r[3] for r in rows]),
            ],
            unit=currency,
        ),
        currency=currency,
        rows=rows,
        other_currencies=other_currencies,
        summary=desc,
    )
