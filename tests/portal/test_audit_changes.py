"""Issue 16, class 9: every change records who, when, what, and each field
before → after, so the ISU reads in the trail what a save changed."""

import datetime as dt

from country_pages import services as page_services
from ia_meetings.services import action_points as point_services
from partnerships import services as partnership_services
from portal.models import AuditEntry
from tests.factories import NeedFactory
from tests.ia_meetings.factories import ActionPointFactory
from tests.partnerships.factories import InterestFactory, PartnershipFactory


def changes_of(action):
    return AuditEntry.objects.filter(action=action).latest("pk").data["changes"]


def test_a_section_save_records_each_field_before_and_after(focal_point, angola):
    for version, text in enumerate(["Ministry of Defence", "CNIDAH"]):
        page_services.page_section_save(
            state=angola,
            key="contacts",
            user=focal_point,
            is_visible=True,
            content={"national_authority": text},
            expected_version=version,
        )
    entry = AuditEntry.objects.filter(action="country_page.section").latest("pk")
    assert entry.actor == focal_point and entry.state_code == "AGO"
    assert entry.data["changes"] == {
        "national_authority": ["Ministry of Defence", "CNIDAH"]
    }


def test_a_need_edit_records_before_and_after(focal_point, angola):
    need = NeedFactory(state=angola, title="Survey", status="open")
    values = {
        f: getattr(need, f)
        for f in (
            "theme",
            "description",
            "estimated_cost",
            "currency",
            "funding_secured",
            "start_year",
            "end_year",
            "age_gender_considerations",
        )
    }
    page_services.need_update(
        need=need,
        user=focal_point,
        expected_version=need.version,
        **values,
        title="Survey of Moxico",
        status="funded",
    )
    assert changes_of("need.update") == {
        "title": ["Survey", "Survey of Moxico"],
        "status": ["open", "funded"],
    }


def test_partnership_interest_and_action_point_edits_record_changes(
    focal_point, donor, angola
):
    partnership = PartnershipFactory(state=angola, title="Clearance")
    partnership_services.partnership_update(
        partnership=partnership,
        actor=focal_point,
        expected_version=partnership.version,
        title="Clearance of Moxico",
        description=partnership.description,
        start_date=partnership.start_date,
        end_date=partnership.end_date,
        status=partnership.status,
        is_south_south=partnership.is_south_south,
        is_regional=partnership.is_regional,
        success_story="",
        good_practice="",
    )
    assert changes_of("partnership.update") == {
        "title": ["Clearance", "Clearance of Moxico"]
    }
    interest = InterestFactory(donor=donor, need=NeedFactory(state=angola))
    partnership_services.interest_answer(
        interest=interest,
        actor=focal_point,
        status="discussed",
        expected_version=interest.version,
    )
    assert changes_of("interest.answer")["status"][1] == "discussed"
    point = ActionPointFactory(owner_organisation="ANAMA")
    point_services.action_point_update(
        point=point,
        user=focal_point,
        expected_version=point.version,
        description=point.description,
        owner_organisation="CNIDAH",
        due_date=dt.date(2031, 1, 1),
        status=point.status,
        agenda_item=None,
    )
    changes = changes_of("action_point.update")
    assert changes["owner_organisation"] == ["ANAMA", "CNIDAH"]
    assert changes["due_date"][1] == "2031-01-01"
