"""Demo partners, partnerships, interest and platforms, drawn from the seeds.

Sudan's IA launch led to a stakeholder meeting in Khartoum hosted by the
Embassy of Japan, and a State "which had not previously been engaged in Sudan"
committed support [002 §7]; Norway explains its funding rationale [000];
affected States share expertise south-south, e.g. on mines in forested areas
[004]; UNDP is the model NMAP secretariat [003 §10]. Several years of funding
show the ebbs and flows [000] and the concentration of donors [004]. Figures
are illustrative and every description says so.
"""

import datetime
from decimal import Decimal

from country_pages.models import Need, StateParty
from portal.models import User

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

DEMO_NOTE = "\n\n*Demo data: illustrative, drawn from the Convention's documents.*"

STATE_PARTNERS = {
    "JPN": "Japan",
    "NOR": "Norway",
    "SWE": "Sweden",
    "CAN": "Canada",
    "GBR": "United Kingdom",
    "THA": "Thailand",
    "KHM": "Cambodia",
    "TUR": "Türkiye",
    "DZA": "Algeria",
    "DEU": "Germany",
    "CHE": "Switzerland",
}
ORGANISATIONS = [
    ("United Nations Development Programme (UNDP)", PartnerKind.UN),
    ("Humanity & Inclusion", PartnerKind.INTL_NGO),
    ("Sudanese national demining NGOs' network", PartnerKind.NATIONAL_NGO),
]

PARTNERSHIPS = [
    {
        "key": "SDN",
        "title": "Completing clearance in Blue Nile and South Kordofan",
        "description": "Born of Sudan's IA launch in Geneva in June 2017 and the "
        "stakeholder coordination meeting in Khartoum in October 2017, hosted by "
        "the Embassy of Japan.",
        "start": datetime.date(2017, 10, 1),
        "end": datetime.date(2027, 12, 31),
        "status": PartnershipStatus.ACTIVE,
        "success_story": "A State that had not previously been engaged in Sudan "
        "sent a delegation after the IA launch and has since committed support "
        "to Sudan's mine action objectives.",
        "good_practice": "The report of the Geneva launch was shared with every "
        "participant of the Khartoum meeting, so that in-country partners started "
        "from the same facts.",
        "partners": [
            (
                "Japan",
                "Funds survey and clearance teams; hosted the Khartoum "
                "stakeholder coordination meeting.",
            ),
            ("Norway", "Funds clearance and national capacity."),
            ("United Kingdom", "Funds non-technical survey."),
            (
                "United Nations Development Programme (UNDP)",
                "Supports the national "
                "authority and acts as secretariat of the platform.",
            ),
            (
                "Humanity & Inclusion",
                "Risk education and victim assistance in affected communities.",
            ),
        ],
        "objectives": [
            ("Release all recorded hazardous areas in Blue Nile", "2026-12-31", False),
            (
                "Survey teams include women so that women and girls are consulted; "
                "data disaggregated by sex and age",
                "2025-12-31",
                True,
            ),
        ],
        "dialogue": [
            (
                "2017-10-15",
                "Stakeholder coordination meeting in Khartoum, hosted "
                "by the Embassy of Japan; the ISU delivered remarks for the Committee.",
                "Access to some areas depends on security.",
            ),
            (
                "2018-02-14",
                "Follow-up with the Committee at the Meeting of National "
                "Mine Action Programme Directors.",
                "",
            ),
        ],
    },
    {
        "key": "ZWE",
        "title": "Border minefields: Sango Border Post to Crooks Corner",
        "description": "Support to Zimbabwe's national mine action strategy, "
        "launched in Harare in March 2018 at its second stakeholder gathering.",
        "start": datetime.date(2018, 3, 1),
        "end": datetime.date(2027, 12, 31),
        "status": PartnershipStatus.ACTIVE,
        "partners": [
            ("Norway", "Funds clearance teams on the border minefields."),
            ("United Kingdom", "Funds clearance and quality management."),
            ("Canada", "Funds community liaison and risk education."),
        ],
        "objectives": [
            (
                "Clear the Sango Border Post to Crooks Corner minefield",
                "2027-12-31",
                False,
            ),
        ],
        "dialogue": [
            (
                "2018-03-20",
                "Second stakeholder gathering in Harare, with the launch "
                "of the national mine action strategy.",
                "",
            ),
        ],
    },
    {
        "key": "LKA",
        "title": "South-south exchange on clearance in forested areas",
        "description": "Cambodia and Thailand share their experience of "
        "addressing mines in forested areas and of improving efficiency in "
        "clearance with Sri Lanka's national authority.",
        "start": datetime.date(2019, 6, 1),
        "end": datetime.date(2021, 6, 30),
        "status": PartnershipStatus.COMPLETED,
        "south_south": True,
        "regional": True,
        "good_practice": "Exchange of expertise between mine-affected States is "
        "cooperation too, not only financial support.",
        "partners": [
            ("Cambodia", "Hosts exchange visits of Sri Lankan survey teams."),
            ("Thailand", "Shares land release methodology in forested areas."),
        ],
        "objectives": [
            ("Two exchange visits completed", "2020-12-31", False),
        ],
        "dialogue": [],
    },
    {
        "key": "SRB",
        "title": "Technical survey in southern Serbia",
        "description": "Follow-up to Serbia's IA launch at the June 2018 "
        "intersessional meetings.",
        "start": datetime.date(2019, 1, 1),
        "end": datetime.date(2026, 12, 31),
        "status": PartnershipStatus.ACTIVE,
        "partners": [
            ("Sweden", "Funds technical survey."),
            ("Türkiye", "Funds survey equipment."),
        ],
        "objectives": [],
        "dialogue": [],
    },
]

# (partnership key, partner, year, amount in USD): the ebbs and flows [000].
FUNDING = [
    ("SDN", "Norway", {2017: 3.2, 2018: 3.0, 2019: 2.4, 2020: 1.1, 2021: 1.5,
                       2022: 2.0, 2023: 2.6, 2024: 2.2, 2025: 2.0}),
    ("SDN", "Japan", {2018: 1.8, 2019: 2.5, 2020: 2.5, 2021: 1.2, 2022: 1.0,
                      2023: 1.6, 2024: 1.9, 2025: 2.1}),
    ("SDN", "United Kingdom", {2017: 2.5, 2018: 2.2, 2019: 1.4, 2020: 0.6,
                               2021: 0.4, 2023: 0.8, 2024: 1.0}),
    ("ZWE", "Norway", {2018: 1.2, 2019: 1.4, 2020: 1.0, 2021: 1.3, 2022: 1.5,
                       2023: 1.7, 2024: 1.6, 2025: 1.4}),
    ("ZWE", "United Kingdom", {2018: 1.0, 2019: 1.1, 2020: 0.5, 2022: 0.7,
                               2023: 0.9}),
    ("ZWE", "Canada", {2017: 0.6, 2018: 0.6, 2019: 0.5, 2021: 0.4, 2024: 0.5}),
    ("SRB", "Sweden", {2017: 0.5, 2019: 0.6, 2020: 0.6, 2022: 0.8, 2023: 0.7,
                       2024: 0.9, 2025: 0.9}),
    ("SRB", "Türkiye", {2017: 0.15, 2019: 0.1, 2022: 0.2, 2023: 0.25,
                        2024: 0.3, 2025: 0.35}),
    ("SDN", "Germany", {2017: 0.9, 2018: 0.7, 2019: 0.8, 2021: 0.6, 2022: 0.9,
                        2023: 0.8, 2024: 0.7, 2025: 0.6}),
    ("ZWE", "Switzerland", {2017: 0.6, 2018: 0.5, 2019: 0.6, 2020: 0.5,
                            2021: 0.5, 2022: 0.6, 2023: 0.6, 2024: 0.5,
                            2025: 0.5}),
    ("SDN", "Algeria", {2017: 0.4, 2019: 0.3, 2022: 0.3, 2024: 0.4}),
    ("LKA", "Thailand", {2019: 0.2, 2020: 0.2}),
]  # fmt: skip
EXPERTISE = [
    ("LKA", "Cambodia", 2019, 2021, "Exchange visits and on-the-job training."),
    ("LKA", "Thailand", 2019, 2020, "Land release methodology workshops."),
]

PLATFORMS = {
    "SDN": {
        "lead_authority": "National Mine Action Center (NMAC), Sudan",
        "champion_donor": "Japan",
        "secretariat": "United Nations Development Programme (UNDP)",
        "established": datetime.date(2019, 6, 1),
        "political": "Chaired by the Ministry of Foreign Affairs; reports to the "
        "national steering committee.",
        "technical": "Data management (IMSMA), land release methodology, "
        "national mine action standards, tasking and prioritisation.",
        "participatory": "Government bodies, donors, international and national "
        "NGOs, UN agencies and representatives of affected communities.",
        "resource_mobilisation": "An annual resource mobilisation plan tied to "
        "the Article 5 work plan.",
        "activities": "- Identify trends, gaps and priorities\n"
        "- Benchmark progress against the Article 5 work plan\n"
        "- Document lessons learned and good practices",
        "members": [
            ("National Mine Action Center", StakeholderGroup.GOVERNMENT, "Lead"),
            ("Ministry of Foreign Affairs", StakeholderGroup.GOVERNMENT, ""),
            ("Embassy of Japan", StakeholderGroup.DONOR, "Champion donor"),
            ("Embassy of Norway", StakeholderGroup.DONOR, ""),
            ("UNDP", StakeholderGroup.UN, "Secretariat"),
            ("Humanity & Inclusion", StakeholderGroup.INTL_NGO, ""),
            (
                "Sudanese national demining NGOs' network",
                StakeholderGroup.NATIONAL_NGO,
                "",
            ),
            ("Survivors' association of Kassala", StakeholderGroup.AFFECTED, ""),
        ],
    },
    "ZWE": {
        "lead_authority": "Zimbabwe Mine Action Centre (ZIMAC)",
        "champion_donor": "Norway",
        "secretariat": None,
        "established": datetime.date(2020, 3, 1),
        "members": [
            ("Zimbabwe Mine Action Centre", StakeholderGroup.GOVERNMENT, "Lead"),
            ("Embassy of Norway", StakeholderGroup.DONOR, "Champion donor"),
        ],
    },
}

INTERESTS = [
    (
        "donor@demo.example",
        "SDN",
        "Physical rehabilitation in Kassala",
        "Japan could support prosthetic services in the east over two years.",
        Decimal("600000"),
        InterestStatus.REGISTERED,
    ),
    (
        "donor.norway@demo.example",
        "ZWE",
        "Clearance of the Sango Border Post",
        "Norway is considering extending its clearance funding to 2027.",
        Decimal("1500000"),
        InterestStatus.DISCUSSED,
    ),
]


def load(stdout):
    states = {s.iso3: s for s in StateParty.objects.all()}
    partners = {}
    for iso3, name in STATE_PARTNERS.items():
        partners[name], _ = Partner.objects.get_or_create(
            name=name, defaults={"kind": PartnerKind.STATE, "state": states[iso3]}
        )
    for name, kind in ORGANISATIONS:
        partners[name], _ = Partner.objects.get_or_create(
            name=name, defaults={"kind": kind}
        )
    isu = User.objects.filter(email="isu@demo.example").first()
    made = {}
    for spec in PARTNERSHIPS:
        state = states[spec["key"]]
        p, created = Partnership.objects.get_or_create(
            state=state,
            title=spec["title"],
            defaults={
                "description": spec["description"] + DEMO_NOTE,
                "start_date": spec["start"],
                "end_date": spec["end"],
                "status": spec["status"],
                "is_south_south": spec.get("south_south", False),
                "is_regional": spec.get("regional", False),
                "success_story": spec.get("success_story", ""),
                "good_practice": spec.get("good_practice", ""),
                "updated_by": isu,
            },
        )
        made[spec["key"]] = p
        if not created:
            continue
        for name, responsibility in spec["partners"]:
            PartnershipPartner.objects.create(
                partnership=p, partner=partners[name], responsibility=responsibility
            )
        for text, target, sensitive in spec["objectives"]:
            Objective.objects.create(
                partnership=p,
                text=text,
                target_date=target,
                is_age_gender_sensitive=sensitive,
            )
        for day, progress, challenges in spec["dialogue"]:
            DialogueEntry.objects.create(
                partnership=p,
                date=day,
                progress=progress,
                challenges=challenges,
                author=isu,
            )
        for key, name, years in FUNDING:
            if key != spec["key"]:
                continue
            PartnershipPartner.objects.get_or_create(
                partnership=p,
                partner=partners[name],
                defaults={"responsibility": "Funding."},
            )
            for year, millions in years.items():
                Commitment.objects.create(
                    partnership=p,
                    partner=partners[name],
                    kind=CommitmentKind.FINANCIAL,
                    year_from=year,
                    year_to=year,
                    amount=Decimal(str(millions)) * 1_000_000,
                    currency="USD",
                )
        for key, name, first, last, text in EXPERTISE:
            if key == spec["key"]:
                Commitment.objects.create(
                    partnership=p,
                    partner=partners[name],
                    kind=CommitmentKind.EXPERTISE,
                    year_from=first,
                    year_to=last,
                    currency="",
                    description=text,
                )
    for iso3, spec in PLATFORMS.items():
        platform, created = Platform.objects.get_or_create(
            state=states[iso3],
            defaults={
                "lead_authority": spec["lead_authority"],
                "champion_donor": partners[spec["champion_donor"]],
                "secretariat": partners.get(spec["secretariat"]),
                "established": spec["established"],
                **{
                    field: spec.get(field, "")
                    for field in (
                        "political",
                        "technical",
                        "participatory",
                        "resource_mobilisation",
                        "activities",
                    )
                },
                "updated_by": isu,
            },
        )
        if created:
            for name, group, role in spec["members"]:
                PlatformMember.objects.create(
                    platform=platform, name=name, group=group, role=role
                )
    for email, iso3, title_start, message, amount, status in INTERESTS:
        donor = User.objects.filter(email=email).first()
        need = Need.objects.filter(
            state=states[iso3], title__startswith=title_start
        ).first()
        if donor and need:
            Interest.objects.get_or_create(
                donor=donor,
                need=need,
                defaults={
                    "message": message,
                    "indicative_amount": amount,
                    "currency": "USD",
                    "status": status,
                },
            )
    stdout.write(
        f"Demo partnerships: {Partnership.objects.count()} partnerships, "
        f"{Partner.objects.count()} partners, {Platform.objects.count()} platforms."
    )
