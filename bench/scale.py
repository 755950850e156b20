"""Data at ten times the Convention's size (DESIGN.md, quality bars): 2,000 needs
across the States Parties, on top of the demo data."""

import random
from decimal import Decimal

THEMES = [
    "clearance",
    "risk_education",
    "victim_assistance",
    "stockpile",
    "capacity",
    "legislation",
    "other",
]
STATUSES = ["open", "in_discussion", "partially_funded", "funded"]


def load_needs(count: int = 2000, seed: int = 2026) -> int:
    from django.utils import timezone

    from country_pages.models import Need, StateParty

    rng = random.Random(seed)
    states = list(StateParty.objects.filter(membership="party"))
    now = timezone.now()
    needs = []
    for i in range(count):
        cost = Decimal(rng.randrange(50_000, 20_000_000, 1000))
        start = rng.randrange(2024, 2030)
        needs.append(
            Need(
                state=rng.choice(states),
                theme=rng.choice(THEMES),
                title=f"Need {i}: survey and clearance of hazardous area {i}",
                description="Non-technical and technical survey, then clearance, "
                "with community liaison and risk education for returnees. " * 3,
                estimated_cost=cost,
                funding_secured=(cost * Decimal(rng.random())).quantize(Decimal("1")),
                currency="USD",
                start_year=start,
                end_year=start + rng.randrange(0, 4),
                status=rng.choice(STATUSES),
                age_gender_considerations="Mixed-gender survey teams.",
                is_published=True,
                published_at=now,
            )
        )
    Need.objects.bulk_create(needs, batch_size=500)
    return count
