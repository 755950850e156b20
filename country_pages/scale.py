"""Country pages at N times the Convention's size (`manage.py generate_scale`).

Every State Party has a published page of about 2,200 words (all eight
placemat sections), two focal points, `factor` revisions, and the needs and maps
of the affected States.
"""

import datetime as dt
import json
from decimal import Decimal

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from portal.models import Role, User
from portal.scale import EMAIL_DOMAIN, ScaleContext, user_rows

from .geojson import geojson_parse, geojson_to_svg
from .models import (
    CountryFollow,
    CountryPage,
    FocalPointAssignment,
    MapKind,
    Membership,
    Need,
    NeedStatus,
    NeedTheme,
    PageMap,
    PageRevision,
    PageSection,
    ResourceKind,
    SectionKey,
    StateParty,
    section_content_html,
)
from .services import page_snapshot

# At the Convention's size (factor 1).
NEEDS = 200
REVISIONS_PER_PAGE = 1
FOCAL_POINTS_PER_STATE = 2
FOLLOWS_PER_DONOR = 3
EARLIER_NEEDS = 5

# Words per field; with the needs introduction and the contacts, ~2,200 a page.
NATIONAL_CONTEXT_WORDS = {
    "background": 500,
    "national_contribution": 200,
    "socio_economic_impact": 200,
    "victims": 100,
    "gender_dimensions": 150,
    "stabilisation_development": 150,
    "migration": 120,
    "provision_of_aid": 120,
}


def _sections(ctx: ScaleContext, rng, state: StateParty) -> dict[str, dict]:
    context = {
        name: ctx.text(rng, words) for name, words in NATIONAL_CONTEXT_WORDS.items()
    }
    context["number_of_victims"] = rng.randrange(0, 20_000)
    context["sdgs"] = sorted(rng.sample([str(n) for n in range(1, 18)], 4), key=int)
    slug = state.name.lower().replace(" ", "-")
    return {
        SectionKey.NATIONAL_CONTEXT: context,
        SectionKey.STATUS: {},
        SectionKey.NEEDS: {"introduction": ctx.text(rng, 150)},
        SectionKey.MAPS: {"introduction": ctx.text(rng, 80)},
        SectionKey.IA: {"highlights": ctx.text(rng, 220)},
        SectionKey.PARTNERSHIPS: {"highlights": ctx.text(rng, 160)},
        SectionKey.CONTACTS: {
            "national_authority": ctx.text(rng, 40),
            "victim_assistance": ctx.text(rng, 30),
            "capacity_building": ctx.text(rng, 30),
            "other_contacts": ctx.text(rng, 20),
        },
        SectionKey.RESOURCES: {
            "links": [
                {
                    "kind": kind,
                    "title": f"{label}: {state.name}",
                    "url": f"https://example.org/{slug}/{kind}",
                }
                for kind, label in ResourceKind.choices
            ]
        },
    }


def _geojson(rng) -> bytes:
    lon, lat = rng.uniform(-20, 120), rng.uniform(-30, 50)
    features = []
    for n in range(12):
        x, y = lon + (n % 4) * 0.5, lat + (n // 4) * 0.5
        ring = [[x, y], [x + 0.4, y], [x + 0.4, y + 0.4], [x, y + 0.4], [x, y]]
        features.append(
            {
                "type": "Feature",
                "properties": {"name": f"Hazardous area {n + 1}"},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        )
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


def generate(ctx: ScaleContext) -> None:
    rng = ctx.rng("country_pages")
    states = list(StateParty.objects.filter(membership=Membership.PARTY))
    affected = [s for s in states if s.article5_obligations_remaining] or states
    now = ctx.now

    # Focal points: two per State, focal.<iso3>.<n>@...
    focal_points = user_rows(
        [
            {
                "email": f"focal.{s.iso3.lower()}.{n}@{EMAIL_DOMAIN}",
                "full_name": f"Focal Point {n} ({s.name})",
                "organisation": f"National Mine Action Authority, {s.name}",
                "role": Role.FOCAL_POINT,
            }
            for s in states
            for n in range(1, FOCAL_POINTS_PER_STATE + 1)
        ]
    )
    FocalPointAssignment.objects.bulk_create(
        [
            FocalPointAssignment(user=user, state=states[i // FOCAL_POINTS_PER_STATE])
            for i, user in enumerate(focal_points)
        ],
        batch_size=1000,
    )
    ctx.made("focal point assignments", len(focal_points))

    # Needs: most of them the affected States'.
    needs = []
    themes, statuses = NeedTheme.values, NeedStatus.values
    for i in range(ctx.scaled(NEEDS)):
        state = rng.choice(affected) if rng.random() < 0.8 else rng.choice(states)
        cost = Decimal(rng.randrange(50_000, 20_000_000, 1000))
        start = rng.randrange(2024, 2031)
        published = rng.random() < 0.92
        needs.append(
            Need(
                state=state,
                theme=rng.choice(themes),
                title=f"Need {i + 1}: {ctx.text(rng, 8)[:150].rstrip('.')}",
                description=ctx.text(rng, 120),
                estimated_cost=cost,
                funding_secured=(cost * Decimal(rng.random() * 0.9)).quantize(
                    Decimal("1")
                ),
                currency="USD" if rng.random() < 0.85 else "EUR",
                start_year=start,
                end_year=start + rng.randrange(0, 4),
                status=rng.choice(statuses),
                age_gender_considerations=ctx.text(rng, 30),
                is_published=published,
                published_at=now if published else None,
            )
        )
    Need.objects.bulk_create(needs, batch_size=1000)
    ctx.made("needs", len(needs))

    # Maps: a GeoJSON map of each affected State's hazardous areas.
    maps = []
    for state in affected:
        raw = _geojson(rng)
        title = f"Hazardous areas in {state.name}"
        name = default_storage.save(
            f"country_pages/maps/{state.iso3}/scale-{ctx.seed}.geojson",
            ContentFile(raw),
        )
        maps.append(
            PageMap(
                state=state,
                title=title,
                kind=MapKind.GEOJSON,
                file=name,
                content_type="application/geo+json",
                extension="geojson",
                svg=geojson_to_svg(geojson_parse(raw), title=title),
                description=ctx.text(rng, 40),
                source="Nationally-owned IMSMA data",
                link="https://example.org/map",
                is_published=True,
                published_at=now,
            )
        )
    PageMap.objects.bulk_create(maps)
    ctx.made("maps", len(maps))

    # Pages: the draft sections, then `factor` revisions, the last one public.
    sections = []
    for state in states:
        for key, content in _sections(ctx, rng, state).items():
            sections.append(
                PageSection(
                    state=state,
                    key=key,
                    content=content,
                    content_html=section_content_html(key=key, content=content),
                    version=1,
                    updated_at=now,
                    updated_by=None,
                )
            )
    PageSection.objects.bulk_create(sections, batch_size=500)
    ctx.made("page sections", len(sections))

    revisions_each = ctx.scaled(REVISIONS_PER_PAGE)
    authors = {
        a.state_id: a.user for a in FocalPointAssignment.objects.select_related("user")
    }
    pages, revisions = [], []
    for state in states:
        snapshot = page_snapshot(state=state)
        # Earlier revisions held the needs the page first had: the history
        # grows with the factor without each old snapshot holding every need.
        earlier = {**snapshot, "needs": snapshot["needs"][:EARLIER_NEEDS]}
        for number in range(1, revisions_each + 1):
            revisions.append(
                PageRevision(
                    state=state,
                    number=number,
                    snapshot=snapshot if number == revisions_each else earlier,
                    created_by=authors.get(state.pk),
                    note=f"Update {number}",
                )
            )
        pages.append(
            CountryPage(
                state=state,
                draft_changed_at=now - dt.timedelta(days=1),
                published_at=now,
                draft_version=len(SectionKey.values),
            )
        )
    PageRevision.objects.bulk_create(revisions, batch_size=200)
    ctx.made("page revisions", len(revisions))
    latest = {
        r.state_id: r.pk
        for r in PageRevision.objects.filter(number=revisions_each).only("pk", "state")
    }
    for page in pages:
        page.published_revision_id = latest[page.state_id]
    CountryPage.objects.bulk_create(pages)
    ctx.made("country pages", len(pages))

    # Donors follow a few States each.
    donors = list(User.objects.filter(role=Role.DONOR).order_by("pk"))
    follows = [
        CountryFollow(user=donor, state=state)
        for donor in donors
        for state in rng.sample(affected, min(FOLLOWS_PER_DONOR, len(affected)))
    ]
    CountryFollow.objects.bulk_create(follows, batch_size=1000)
    ctx.made("follows", len(follows))
