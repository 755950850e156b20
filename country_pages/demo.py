"""Demo focal point assignments and needs, drawn from the seed documents.

Sudan and Zimbabwe launched their IA platforms in 2017; Serbia and Sri Lanka in
June 2018 [002 §§5–8]. Figures are illustrative and marked as demo.
"""

from decimal import Decimal

from django.utils import timezone

from portal.models import User

from .models import (
    FocalPointAssignment,
    Need,
    NeedStatus,
    NeedTheme,
    PageRevision,
    PageSection,
    StateParty,
)
from .services import country_page_publish, page_section_save

ASSIGNMENTS = {
    "focal.sudan@demo.example": "SDN",
    "focal.zimbabwe@demo.example": "ZWE",
    "focal.serbia@demo.example": "SRB",
    "focal.srilanka@demo.example": "LKA",
}

NEEDS = [
    ("SDN", NeedTheme.CLEARANCE, "Survey and clearance of remaining hazardous areas "
     "in Blue Nile and South Kordofan",
     "Non-technical survey and clearance of the areas recorded in the national "
     "database, to meet Sudan's Article 5 deadline.",
     Decimal("21000000"), Decimal("6500000"), 2025, 2027, NeedStatus.PARTIALLY_FUNDED),
    ("SDN", NeedTheme.VICTIM_ASSISTANCE, "Physical rehabilitation in Kassala",
     "Prosthetic and orthotic services and referral for survivors in the east.",
     Decimal("1800000"), Decimal("0"), 2026, 2028, NeedStatus.OPEN),
    ("ZWE", NeedTheme.CLEARANCE, "Clearance of the Sango Border Post to Crooks "
     "Corner minefield",
     "Clearance of the remaining minefields along the border, launched with the "
     "national mine action strategy in Harare in March 2018.",
     Decimal("12500000"), Decimal("9000000"), 2025, 2027, NeedStatus.PARTIALLY_FUNDED),
    ("SRB", NeedTheme.CLEARANCE, "Technical survey in Bujanovac municipality",
     "Technical survey of suspected hazardous areas in southern Serbia.",
     Decimal("2400000"), Decimal("400000"), 2026, 2027, NeedStatus.OPEN),
    ("LKA", NeedTheme.RISK_EDUCATION, "Mine risk education for returnees in the "
     "Northern Province",
     "School- and community-based risk education for families returning to "
     "released land.",
     Decimal("650000"), Decimal("150000"), 2026, 2026, NeedStatus.OPEN),
    ("LKA", NeedTheme.CAPACITY, "Information management capacity (IMSMA)",
     "Training national staff to keep the nationally-owned IMSMA database.",
     Decimal("300000"), Decimal("300000"), 2025, 2026, NeedStatus.FUNDED),
]  # fmt: skip


AGE_GENDER = (
    "Teams include women surveyors so that women and girls can be consulted; "
    "data disaggregated by sex and age."
)


def load(stdout):
    states = {
        s.iso3: s
        for s in StateParty.objects.filter(iso3__in=["SDN", "ZWE", "SRB", "LKA"])
    }
    isu = User.objects.filter(email="isu@demo.example").first()
    for email, iso3 in ASSIGNMENTS.items():
        user = User.objects.filter(email=email).first()
        if user:
            FocalPointAssignment.objects.get_or_create(
                user=user, state=states[iso3], defaults={"assigned_by": isu}
            )
    added = 0
    for iso3, theme, title, text, cost, secured, start, end, status in NEEDS:
        _, created = Need.objects.get_or_create(
            state=states[iso3],
            title=title,
            defaults={
                "theme": theme,
                "description": text,
                "estimated_cost": cost,
                "currency": "USD",
                "funding_secured": secured,
                "start_year": start,
                "end_year": end,
                "status": status,
                "is_published": True,
                "published_at": timezone.now(),
                "age_gender_considerations": AGE_GENDER,
            },
        )
        added += created
    stdout.write(f"Demo needs: {added} added; focal points assigned for 4 States.")
    published = _load_pages(states)
    stdout.write(f"Demo country pages: {published} published.")


PAGES = {
    "SDN": {
        "national_context": {
            "background": "Sudan launched its Individualised Approach platform in "
            "June 2017. A stakeholder coordination meeting followed in Khartoum in "
            "October 2017, kindly hosted by the Embassy of Japan.",
            "socio_economic_impact": "Contamination blocks access to farmland, "
            "grazing and water points in Blue Nile and South Kordofan.",
            "stabilisation_development": "Clearance opens roads and land for "
            "returning communities and for development projects.",
            "sdgs": ["1", "2", "16"],
        },
        "ia": {
            "highlights": "The platform brought support from a State that had not "
            "recently funded mine action in Sudan, and interest from NGOs "
            "considering work in Sudan.",
        },
        "contacts": {
            "national_authority": "National Mine Action Centre (NMAC), Khartoum "
            "(demo contact).",
        },
    },
    "ZWE": {
        "national_context": {
            "background": "Zimbabwe launched its IA platform at the Sixteenth "
            "Meeting of the States Parties in December 2017 and held a second "
            "stakeholder gathering in Harare in March 2018, launching its national "
            "mine action strategy.",
            "gender_dimensions": "Survey teams include women so that women and "
            "girls in border communities can be consulted.",
        },
        "resources": {
            "links": [
                {
                    "kind": "landmine_monitor",
                    "title": "Landmine Monitor: Zimbabwe",
                    "url": "https://the-monitor.org/country-profile/zimbabwe",
                },
            ],
        },
    },
    "SRB": {
        "national_context": {
            "background": "Serbia launched its IA platform during the "
            "intersessional meetings of June 2018.",
        },
    },
    "LKA": {
        "national_context": {
            "background": "Sri Lanka launched its IA platform during the "
            "intersessional meetings of June 2018.",
            "migration": "Families return to land released after clearance in the "
            "Northern Province.",
        },
    },
}


def _load_pages(states) -> int:
    """Publish a first revision of each demo State's page, once."""
    published = 0
    for iso3, sections in PAGES.items():
        state = states[iso3]
        # Someone has already worked on this page: leave it as they left it.
        if (
            PageRevision.objects.filter(state=state).exists()
            or PageSection.objects.filter(state=state).exists()
        ):
            continue
        author = User.objects.filter(focal_point_assignments__state=state).first()
        for key, content in sections.items():
            page_section_save(
                state=state,
                key=key,
                user=author,
                is_visible=True,
                content=content,
                expected_version=0,
            )
        country_page_publish(state=state, user=author, note="Demo page")
        published += 1
    return published
