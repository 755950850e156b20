"""What the IA brought [002 §7: support "from one state that had not recently
provided assistance", a delegation "which has since committed support"]: per
State, partners and funding in the years before and after its IA launch, new
partners marked; across States, the same per launched State. Public figures:
partnerships and the launch dates the index of States already shows.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from country_pages.models import StateParty
from ia_meetings.selectors import meeting_dates_by_state
from partnerships.charts import donor_base_by_year, funding_by_donor_year
from partnerships.selectors import FundingRow, funding_by_partner_year

from ..tables import Column, Table


@dataclass
class StateImpact:
    state: object
    launched: object = None
    launch_year: int | None = None
    partners_before: list[str] = field(default_factory=list)
    partners_after: list[str] = field(default_factory=list)
    new_partners: list[str] = field(default_factory=list)
    # {currency: amount}
    funding_before: dict = field(default_factory=dict)
    funding_after: dict = field(default_factory=dict)
    years_before: int = 0
    years_after: int = 0
    by_partner: Table | None = None
    donor_base: Table | None = None


def _money(amounts: dict) -> str:
    return "; ".join(
        f"{currency} {number_format(amount, 0, force_grouping=True)}"
        for currency, amount in sorted(amounts.items())
    )


def _split(rows: list[FundingRow], launch_year: int):
    before, after = defaultdict(Decimal), defaultdict(Decimal)
    partners_before, partners_after = set(), set()
    for row in rows:
        if row.year < launch_year:
            before[row.currency] += row.amount
            partners_before.add(row.partner)
        else:
            after[row.currency] += row.amount
            partners_after.add(row.partner)
    return dict(before), dict(after), partners_before, partners_after


def donor_base_table(*, state=None, funding=None) -> Table:
    rows = donor_base_by_year(state=state, funding=funding)
    return Table(
        key="donor_base",
        title=_("Donor base per year"),
        note=_(
            "A first-time donor committed funding in that year and in no earlier "
            "one. The top five's share is of the funding in the main currency."
        ),
        empty=_("No financial commitments yet."),
        columns=[
            Column("year", _("Year")),
            Column("donors", _("Donors"), True),
            Column("first_time", _("First-time donors"), True),
            Column("top_five_share", _("Top five donors' share (%)"), True),
            Column("total", _("Funding"), True),
            Column("currency", _("Currency")),
        ],
        rows=[
            {
                "year": r.year,
                "donors": r.donors,
                "first_time": r.first_time,
                "top_five_share": r.top_five_share,
                "total": r.total,
                "currency": r.currency,
            }
            for r in rows
        ],
    )


def state_impact(*, state) -> StateImpact:
    """Partners and funding of `state` before and after its IA launch."""
    launched = meeting_dates_by_state(state=state).get(state.pk)
    impact = StateImpact(state=state, launched=launched and launched.launched)
    rows = funding_by_partner_year(state=state)
    impact.donor_base = donor_base_table(state=state)
    first_year = {}
    for row in rows:
        first_year[row.partner] = min(first_year.get(row.partner, row.year), row.year)
    years = sorted({row.year for row in rows})
    by_partner = defaultdict(
        lambda: {"before": defaultdict(Decimal), "after": defaultdict(Decimal)}
    )
    launch_year = impact.launched.year if impact.launched else None
    impact.launch_year = launch_year
    for row in rows:
        side = "before" if launch_year and row.year < launch_year else "after"
        by_partner[row.partner][side][row.currency] += row.amount
    if launch_year:
        before, after, p_before, p_after = _split(rows, launch_year)
        impact.funding_before, impact.funding_after = before, after
        impact.partners_before = sorted(p_before)
        impact.partners_after = sorted(p_after)
        impact.new_partners = sorted(p_after - p_before)
        impact.years_before = len([y for y in years if y < launch_year])
        impact.years_after = len([y for y in years if y >= launch_year])
    impact.by_partner = Table(
        key="partners",
        title=_("Partners and funding before and after the IA launch"),
        note=_("Financial commitments in their own currency, never converted.")
        if launch_year
        else _("%(state)s has not launched the IA yet: all funding is listed.")
        % {"state": state.local_name},
        empty=_("No financial commitment recorded."),
        columns=[
            Column("partner", _("Partner")),
            Column("first_year", _("First year"), True),
            Column("before", _("Before the launch")),
            Column("after", _("Since the launch")),
            Column("new_partner", _("New since the launch")),
        ],
        rows=[
            {
                "partner": partner,
                "first_year": first_year[partner],
                "before": _money(sides["before"]),
                "after": _money(sides["after"]),
                "new_partner": bool(launch_year and first_year[partner] >= launch_year),
            }
            for partner, sides in sorted(by_partner.items())
        ],
    )
    return impact


def state_impact_summary(*, state) -> StateImpact:
    """What a country page shows of `state_impact`, in two queries: partners
    before and after the launch and the donor base, in the main currency of
    the State's funding (the impact page lists every currency)."""
    launched = meeting_dates_by_state(state=state).get(state.pk)
    impact = StateImpact(state=state, launched=launched and launched.launched)
    funding = funding_by_donor_year(state=state)
    impact.donor_base = donor_base_table(state=state, funding=funding)
    if impact.launched:
        launch_year = impact.launched.year
        impact.launch_year = launch_year
        before = {donor for donor, year in funding[1] if year < launch_year}
        after = {donor for donor, year in funding[1] if year >= launch_year}
        impact.partners_before = sorted(before)
        impact.partners_after = sorted(after)
        impact.new_partners = sorted(after - before)
    return impact


def impact_across_states() -> Table:
    """Per State that launched the IA: partners and funding before and after;
    three queries whatever the number of commitments."""
    dates = meeting_dates_by_state()
    launched = {pk: d.launched for pk, d in dates.items() if d.launched}
    rows_by_state = defaultdict(list)
    for row in funding_by_partner_year():
        if row.state_id in launched:
            rows_by_state[row.state_id].append(row)
    states = StateParty.objects.filter(pk__in=list(launched)).only("pk", "iso3", "name")
    rows = []
    for state in states.order_by("name"):
        launch_year = launched[state.pk].year
        before, after, p_before, p_after = _split(rows_by_state[state.pk], launch_year)
        rows.append(
            {
                "state": state.name,
                "launched": launched[state.pk],
                "partners_before": len(p_before),
                "partners_after": len(p_after),
                "new_partners": len(p_after - p_before),
                "funding_before": _money(before),
                "funding_after": _money(after),
                "url": reverse("committee:impact_state", kwargs={"iso3": state.iso3}),
            }
        )
    return Table(
        key="states",
        title=_("Partners and funding before and after each IA launch"),
        note=_(
            "Before: the years before the launch; after: the launch year and "
            "later. Amounts in their own currency, never converted."
        ),
        empty=_("No State has launched the IA yet."),
        columns=[
            Column("state", _("State")),
            Column("launched", _("IA launched")),
            Column("partners_before", _("Partners before"), True),
            Column("partners_after", _("Partners after"), True),
            Column("new_partners", _("New partners"), True),
            Column("funding_before", _("Funding before")),
            Column("funding_after", _("Funding after")),
        ],
        rows=rows,
    )
