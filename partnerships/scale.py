"""Partnerships at N times the Convention's size (`manage.py generate_scale`).

500 partnerships for completion at factor 1, each with its partners and their
responsibilities, objectives, commitments by year and a dialogue; donors'
interest in needs; a National Mine Action Platform for each affected State.
"""

import datetime as dt
from decimal import Decimal

from country_pages.models import Membership, Need, StateParty
from portal.models import Role, User
from portal.scale import ScaleContext

from .models import (
    Commitment,
    CommitmentKind,
    DialogueEntry,
    Interest,
    InterestStatus,
    Objective,
    Partner,
    PartnerKind,
    Partnership,
    PartnershipPartner,
    PartnershipStatus,
    Platform,
    PlatformMember,
    StakeholderGroup,
)

# At the Convention's size (factor 1).
PARTNERSHIPS = 500
ORGANISATIONS = 60
STATE_PARTNERS = 40
INTERESTS = 100
MEMBERS_PER_PARTNERSHIP = 3
OBJECTIVES_PER_PARTNERSHIP = 2
COMMITMENTS_PER_PARTNERSHIP = 3
DIALOGUE_PER_PARTNERSHIP = 2
PLATFORM_MEMBERS = 12

ORGANISATION_KINDS = [k for k in PartnerKind.values if k != PartnerKind.STATE]


def _partners(ctx: ScaleContext, rng, states) -> list[Partner]:
    donors = sorted(states, key=lambda s: s.iso3)[:STATE_PARTNERS]
    partners = [
        Partner(
            name=state.name,
            kind=PartnerKind.STATE,
            state=state,
            description=ctx.text(rng, 40),
        )
        for state in donors
    ]
    for i in range(1, ctx.scaled(ORGANISATIONS) + 1):
        partners.append(
            Partner(
                name=f"Partner Organisation {i}",
                kind=rng.choice(ORGANISATION_KINDS),
                website=f"https://partner-{i}.example.org",
                description=ctx.text(rng, 40),
            )
        )
    return Partner.objects.bulk_create(partners, batch_size=1000)


def generate(ctx: ScaleContext) -> None:
    rng = ctx.rng("partnerships")
    today = ctx.today
    states = list(StateParty.objects.filter(membership=Membership.PARTY))
    affected = [s for s in states if s.article5_obligations_remaining] or states
    partners = _partners(ctx, rng, states)
    ctx.made("partners", len(partners))

    partnerships = []
    for i in range(ctx.scaled(PARTNERSHIPS)):
        state = rng.choice(affected) if rng.random() < 0.85 else rng.choice(states)
        start = today - dt.timedelta(days=rng.randint(0, 8 * 365))
        end = start + dt.timedelta(days=rng.randint(365, 6 * 365))
        status = (
            PartnershipStatus.COMPLETED
            if end < today
            else rng.choice([PartnershipStatus.ACTIVE, PartnershipStatus.PLANNED])
        )
        partnerships.append(
            Partnership(
                state=state,
                title=f"Partnership {i + 1}: {ctx.text(rng, 6)[:120]}",
                description=ctx.text(rng, 120),
                start_date=start,
                end_date=end,
                status=status,
                is_south_south=rng.random() < 0.15,
                is_regional=rng.random() < 0.2,
                success_story=ctx.text(rng, 60) if rng.random() < 0.3 else "",
                good_practice=ctx.text(rng, 50) if rng.random() < 0.3 else "",
            )
        )
    Partnership.objects.bulk_create(partnerships, batch_size=1000)
    ctx.made("partnerships", len(partnerships))

    members, objectives, commitments, dialogue = [], [], [], []
    authors = list(User.objects.filter(role=Role.FOCAL_POINT).order_by("pk")[:50])
    for p in partnerships:
        chosen = rng.sample(partners, MEMBERS_PER_PARTNERSHIP)
        for partner in chosen:
            members.append(
                PartnershipPartner(
                    partnership=p, partner=partner, responsibility=ctx.text(rng, 25)
                )
            )
        for _ in range(OBJECTIVES_PER_PARTNERSHIP):
            objectives.append(
                Objective(
                    partnership=p,
                    text=ctx.text(rng, 20),
                    target_date=p.start_date
                    + dt.timedelta(days=rng.randint(180, 1800)),
                    is_age_gender_sensitive=rng.random() < 0.6,
                    is_met=rng.random() < 0.3,
                )
            )
        for _ in range(COMMITMENTS_PER_PARTNERSHIP):
            kind = rng.choices(CommitmentKind.values, [70, 20, 10])[0]
            year = rng.randint(p.start_date.year, p.end_date.year)
            commitments.append(
                Commitment(
                    partnership=p,
                    partner=rng.choice(chosen),
                    kind=kind,
                    year_from=year,
                    year_to=year + rng.randint(0, 3),
                    amount=Decimal(rng.randrange(20_000, 5_000_000, 1000))
                    if kind == CommitmentKind.FINANCIAL
                    else None,
                    currency=rng.choice(["USD", "USD", "EUR", "GBP"]),
                    description=ctx.text(rng, 15),
                )
            )
        for n in range(DIALOGUE_PER_PARTNERSHIP):
            dialogue.append(
                DialogueEntry(
                    partnership=p,
                    date=p.start_date + dt.timedelta(days=90 * (n + 1)),
                    progress=ctx.text(rng, 60),
                    challenges=ctx.text(rng, 30),
                    author=rng.choice(authors) if authors else None,
                )
            )
    PartnershipPartner.objects.bulk_create(members, batch_size=2000)
    Objective.objects.bulk_create(objectives, batch_size=2000)
    Commitment.objects.bulk_create(commitments, batch_size=2000)
    DialogueEntry.objects.bulk_create(dialogue, batch_size=2000)
    ctx.made("partnership partners", len(members))
    ctx.made("objectives", len(objectives))
    ctx.made("commitments", len(commitments))
    ctx.made("dialogue entries", len(dialogue))

    _interests(ctx, rng, partnerships)
    _platforms(ctx, rng, affected, partners)


def _interests(ctx: ScaleContext, rng, partnerships) -> None:
    donors = list(
        User.objects.filter(role=Role.DONOR, donor_status="approved").order_by("pk")
    )
    needs = list(
        Need.objects.filter(is_published=True).order_by("pk").only("pk", "state_id")
    )
    by_state = {}
    for p in partnerships:
        by_state.setdefault(p.state_id, []).append(p)
    seen, interests = set(), []
    target = min(ctx.scaled(INTERESTS), len(donors) * len(needs))
    while len(interests) < target:
        donor, need = rng.choice(donors), rng.choice(needs)
        if (donor.pk, need.pk) in seen:
            continue
        seen.add((donor.pk, need.pk))
        status = rng.choices(InterestStatus.values, [60, 25, 15])[0]
        linked = (
            by_state.get(need.state_id) if status == InterestStatus.PARTNERED else None
        )
        interests.append(
            Interest(
                donor=donor,
                need=need,
                message=ctx.text(rng, 50),
                indicative_amount=Decimal(rng.randrange(10_000, 2_000_000, 1000)),
                status=status,
                partnership=rng.choice(linked) if linked else None,
            )
        )
    Interest.objects.bulk_create(interests, batch_size=2000)
    ctx.made("interests", len(interests))


def _platforms(ctx: ScaleContext, rng, affected, partners) -> None:
    platforms = [
        Platform(
            state=state,
            lead_authority=f"National Mine Action Authority, {state.name}",
            champion_donor=rng.choice(partners),
            secretariat=rng.choice(partners),
            cadence_months=rng.choice([3, 3, 4, 6]),
            political=ctx.text(rng, 60),
            technical=ctx.text(rng, 60),
            participatory=ctx.text(rng, 60),
            resource_mobilisation=ctx.text(rng, 60),
            activities=ctx.text(rng, 80),
            established=ctx.today - dt.timedelta(days=rng.randint(100, 2000)),
        )
        for state in affected
    ]
    Platform.objects.bulk_create(platforms)
    groups = StakeholderGroup.values
    members = [
        PlatformMember(
            platform=platform,
            name=f"Member {n} of {platform.state.iso3}",
            group=rng.choice(groups),
            role=ctx.text(rng, 5)[:200],
        )
        for platform in platforms
        for n in range(1, PLATFORM_MEMBERS + 1)
    ]
    PlatformMember.objects.bulk_create(members, batch_size=2000)
    ctx.made("platforms", len(platforms))
    ctx.made("platform members", len(members))
