"""Seed the first edition of the guidance, question by question, from
research/article7.md. The treaty paragraphs are close paraphrases of Article 7
(S1); the column lists and practice notes are recalled, not read in a source,
so every section starts unchecked and shows so until the ISU checks it against
the official Guide to Reporting (14MSP, 2015) and the current templates."""

from django.db import migrations

TREATY = "Convention, Article 7.1{item} (paraphrased)"
RECALLED = "; columns and practice as recalled in the ISU's research note, unchecked"

SECTIONS = [
    ("cover", "Cover page", "Research note on the cover page; the CCM's cover page "
     "(CCM/MSP/2010/PM/10) follows the same pattern, unchecked",
     "Name the State Party, the national point(s) of contact and the reporting "
     "period. For each form say whether it changed, is unchanged since an earlier "
     "report (give that report's year) or does not apply. The simplified cover page "
     "lets a State send only the forms with new information; it is not meant for "
     "the initial report.",
     [("Who is the national point of contact?",
       "Organisation, name, telephone and e-mail of the office that can answer "
       "questions on the report."),
      ("What period does the report cover?",
       "An annual report covers 1 January to 31 December of the previous year and "
       "is due by 30 April (Article 7.2). The initial report is due within 180 days "
       "of entry into force (Article 7.1).")]),
    ("A", "National implementation measures", TREATY.format(item="(a)") + RECALLED,
     "The legal, administrative and other measures taken under Article 9 to "
     "prevent and suppress prohibited activity, including penal sanctions.",
     [("Which measures have been adopted?",
       "Each law, regulation or administrative measure, with its date of adoption "
       "or entry into force and, where possible, the text attached.")]),
    ("B", "Stockpiled anti-personnel mines", TREATY.format(item="(b)") + RECALLED,
     "The total of all stockpiled anti-personnel mines the State owns or "
     "possesses, or that are under its jurisdiction or control, by type, quantity "
     "and, if possible, lot numbers. Previously unknown stockpiles found after the "
     "destruction deadline are reported too (form revised at the 8MSP).",
     [("What is held, by type?", "One row per type: quantity and lot numbers if "
       "possible. Enter 0 rows and mark the form not applicable if nothing is held.")]),
    ("C", "Location of mined areas", TREATY.format(item="(c)") + RECALLED,
     "As far as possible, the location of all mined areas that contain or are "
     "suspected to contain anti-personnel mines, with the type and quantity of "
     "each type and when they were emplaced. In practice, report by region the "
     "number and size (m²) of confirmed (CHA) and suspected (SHA) hazardous "
     "areas, and flag mines of an improvised nature: an evidence-based baseline.",
     [("How much area remains, by region?", "One row per region and category (CHA "
       "or SHA): number of areas and their size in m² at the end of the year."),
      ("Are any mines of an improvised nature?", "Tick the flag on the rows where "
       "they are found."),
      ("What share is marked or fenced?", "A percentage between 0 and 100, where "
       "known (it also informs Form I).")]),
    ("D", "Mines retained or transferred", TREATY.format(item="(d)") + RECALLED,
     "Types, quantities and, if possible, lot numbers of mines retained or "
     "transferred under Article 3 for development of and training in mine "
     "detection, clearance or destruction, or transferred for destruction, and "
     "the institutions authorised. Intended purpose and actual use are reported "
     "voluntarily (form revised at the 6MSP).",
     [("What was retained, by whom, and what for?", "Institution, type, quantity, "
       "the number used during the year and the activities it was used for.")]),
    ("E", "Conversion or decommissioning of production facilities",
     TREATY.format(item="(e)") + RECALLED,
     "The status of programmes to convert or decommission anti-personnel mine "
     "production facilities.",
     [("Which facilities, and where do they stand?", "Each facility, whether it is "
       "converted or decommissioned, and whether that is in process or completed.")]),
    ("F", "Destruction programmes", TREATY.format(item="(f)") + RECALLED,
     "The status of programmes to destroy mines under Articles 4 (stockpiles) and "
     "5 (mined areas): methods, location of destruction sites, and the safety and "
     "environmental standards observed.",
     [("How are mines destroyed, where, and to which standards?", "Describe each "
       "programme: sites, methods, safety and environmental standards.")]),
    ("G", "Mines destroyed and land released", TREATY.format(item="(g)") + RECALLED,
     "Types and quantities of all mines destroyed since entry into force, by "
     "Article 4 and Article 5. In practice joined by land-release figures: area "
     "cancelled, reduced and cleared, and mines and other devices destroyed, per "
     "year.",
     [("How much land was released in the year?", "Per year and region: m² "
       "cancelled (non-technical survey), reduced (technical survey) and cleared. "
       "A year's release cannot exceed the area that remained at the end of the "
       "year before."),
      ("How many mines were destroyed?", "Anti-personnel mines, and other devices, "
       "destroyed in the course of release.")]),
    ("H", "Technical characteristics", TREATY.format(item="(h)") + RECALLED,
     "The technical characteristics of each type produced, to the extent known, "
     "and of each type now owned or possessed: at least dimensions, fusing, "
     "explosive content, metallic content, colour photographs and other "
     "information that may help clearance.",
     [("What are the characteristics of each type?", "One row per type and table "
       "(produced, or now held).")]),
    ("I", "Warning measures", TREATY.format(item="(i)") + RECALLED,
     "Measures taken to provide an immediate and effective warning to the "
     "population of all areas identified under Article 5.2: marking, fencing, "
     "monitoring, mine risk education, community liaison. Since the Oslo Action "
     "Plan, beneficiaries are broken down by sex, age and disability.",
     [("Who was reached, by sex, age and disability?", "Women, men, girls and "
       "boys reached by each measure, and of whom persons with disabilities.")]),
    ("J", "Other relevant matters (voluntary)",
     "No treaty paragraph: a voluntary form (ICBL, transparency reports)" + RECALLED,
     "Victim assistance; international cooperation and assistance provided or "
     "received; Claymore-type and OZM-72 mines and the steps that ensure they can "
     "only be command-detonated; destruction of fuses that could make "
     "anti-vehicle mines victim-activated; foreign stockpiles.",
     [("How many casualties and survivors, by sex and age?", "Per year: killed, "
       "injured and survivors, as women, men, girls, boys and unknown."),
      ("What cooperation was received or provided?", "Partner, pillar, year, "
       "amount and currency (an ISO 4217 code).")]),
]


def seed(apps, schema_editor):
    Edition = apps.get_model("article7", "GuideEdition")
    Section = apps.get_model("article7", "GuideSection")
    Question = apps.get_model("article7", "GuideQuestion")
    if Edition.objects.exists():
        return
    edition = Edition.objects.create(
        code="portal-2026",
        title="Guidance on Article 7 reporting (portal edition, to be checked "
        "against the 14MSP Guide to Reporting)",
        is_current=True,
        note="Drawn from the treaty text and the ISU's research note. Sections "
        "marked unchecked have not been compared with the official documents yet.",
    )
    for order, (form, heading, source, body, questions) in enumerate(SECTIONS):
        section = Section.objects.create(
            edition=edition, form=form, order=order, heading=heading, body=body,
            source=source[:500], verified=False,
        )
        for q_order, (prompt, help_text) in enumerate(questions):
            Question.objects.create(
                section=section, order=q_order, prompt=prompt, help=help_text
            )


class Migration(migrations.Migration):
    dependencies = [("article7", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
