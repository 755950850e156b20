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
    PageTranslation,
    StateParty,
)
from .services import country_page_publish, page_section_save
from .translation.services import (
    need_translation_save,
    page_original_language_set,
    page_section_translation_save,
    page_translation_publish,
)

ASSIGNMENTS = {
    "focal.sudan@demo.example": "SDN",
    "focal.zimbabwe@demo.example": "ZWE",
    "focal.serbia@demo.example": "SRB",
    "focal.srilanka@demo.example": "LKA",
    "focal.colombia@demo.example": "COL",
    "focal.francophone@demo.example": "SRB",
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
    # Colombia writes its page in Spanish.
    ("COL", NeedTheme.CLEARANCE, "Desminado humanitario en Antioquia y Cauca",
     "Estudio no técnico y despeje de las zonas sospechosas registradas en los "
     "municipios priorizados.",
     Decimal("15000000"), Decimal("5200000"), 2026, 2028, NeedStatus.PARTIALLY_FUNDED),
]  # fmt: skip


AGE_GENDER = (
    "Teams include women surveyors so that women and girls can be consulted; "
    "data disaggregated by sex and age."
)


def load(stdout):
    states = {
        s.iso3: s
        for s in StateParty.objects.filter(iso3__in=["SDN", "ZWE", "SRB", "LKA", "COL"])
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
    stdout.write(f"Demo needs: {added} added; focal points assigned for 5 States.")
    published = _load_pages(states)
    stdout.write(f"Demo country pages: {published} published.")
    translated = _load_translations(states)
    stdout.write(f"Demo translations: {translated} published.")


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
    "COL": {
        "national_context": {
            "background": "Colombia trabaja para cumplir sus obligaciones del "
            "artículo 5 con el apoyo de sus socios y de las comunidades afectadas. "
            "(Ejemplo de demostración.)",
            "national_contribution": "El Estado financia la mayor parte del "
            "desminado humanitario con recursos nacionales.",
        },
    },
}

# The language each demo page is written in where it is not English.
ORIGINAL_LANGUAGES = {"COL": "es"}

# Versions in other languages, published once: {iso3: {language: {section: text
# fields}}}, and need titles by the original's title.
TRANSLATIONS = {
    "SDN": {
        "ar": {
            "national_context": {
                "background": "أطلق السودان منصة النهج الفردي في حزيران/يونيه 2017، "
                "وتلاه اجتماع لتنسيق أصحاب المصلحة في الخرطوم في تشرين الأول/أكتوبر "
                "2017 استضافته سفارة اليابان مشكورة.",
                "socio_economic_impact": "يحول التلوث دون الوصول إلى الأراضي "
                "الزراعية والمراعي ومصادر المياه في النيل الأزرق وجنوب كردفان.",
            },
            "ia": {
                "highlights": "استقطبت المنصة دعماً من دولة لم تكن قد موّلت مؤخراً "
                "الأعمال المتعلقة بالألغام في السودان، واهتماماً من منظمات غير "
                "حكومية تنظر في العمل في السودان.",
            },
        },
    },
    "SRB": {
        "fr": {
            "national_context": {
                "background": "La Serbie a lancé sa plateforme d'approche "
                "individualisée lors des réunions intersessions de juin 2018.",
            },
        },
    },
    "COL": {
        "en": {
            "national_context": {
                "background": "Colombia is working to meet its Article 5 "
                "obligations with the support of its partners and of affected "
                "communities. (Demo example.)",
                "national_contribution": "The State funds most humanitarian "
                "demining from national resources.",
            },
        },
    },
}

NEED_TRANSLATIONS = {
    ("SDN", "ar", "Physical rehabilitation in Kassala"): "إعادة التأهيل البدني في كسلا",
    ("COL", "en", "Desminado humanitario en Antioquia y Cauca"): (
        "Humanitarian demining in Antioquia and Cauca"
    ),
}


def _load_translations(states) -> int:
    """Publish each demo translation once; a version someone already worked on
    is left as they left it."""
    published = 0
    for iso3, languages in TRANSLATIONS.items():
        state = states[iso3]
        authors = User.objects.filter(focal_point_assignments__state=state)
        for language, sections in languages.items():
            # The focal point who reads that language writes it, if there is one.
            author = (
                authors.filter(preferred_language=language).first() or authors.first()
            )
            if PageTranslation.objects.filter(state=state, language=language).exists():
                continue
            for key, content in sections.items():
                page_section_translation_save(
                    state=state,
                    key=key,
                    language=language,
                    user=author,
                    content=content,
                    expected_version=0,
                )
            for (need_iso3, need_language, title), text in NEED_TRANSLATIONS.items():
                need = Need.objects.filter(state=state, title=title).first()
                if need_iso3 == iso3 and need_language == language and need:
                    need_translation_save(
                        need=need,
                        language=language,
                        user=author,
                        expected_version=0,
                        title=text,
                        description="",
                        age_gender_considerations="",
                    )
            page_translation_publish(
                state=state, language=language, user=author, note="Demo translation"
            )
            published += 1
    return published


def _load_pages(states) -> int:
    """Publish a first revision of each demo State's page, once."""
    published = 0
    for iso3, sections in PAGES.items():
        state = states[iso3]
        if (
            iso3 in ORIGINAL_LANGUAGES
            and not PageSection.objects.filter(state=state).exists()
        ):
            page_original_language_set(
                state=state, user=None, language=ORIGINAL_LANGUAGES[iso3]
            )
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
