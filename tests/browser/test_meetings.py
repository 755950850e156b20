"""The meetings journey: the ISU convenes, the focal point writes section II.A
and an action point, and the public sees the meeting."""

import pytest

from tests.browser.conftest import sign_in, sign_in_with_totp
from tests.factories import (
    TEST_PASSWORD,
    TEST_TOTP_SECRET,
    FocalPointFactory,
    IsuFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_isu_convenes_focal_point_writes_ii_a_and_the_public_sees_it(page, new_page):
    from django.contrib.auth.models import AnonymousUser

    from country_pages.models import StateParty
    from ia_meetings.models import Meeting
    from ia_meetings.selectors import country_ia_summary

    sudan = StateParty.objects.get(iso3="SDN")
    IsuFactory(email="isu@example.org")
    FocalPointFactory(email="focal.sudan@example.org", states=[sudan])

    # ISU staff propose the meeting for Sudan, then confirm and schedule it.
    sign_in_with_totp(page, "isu@example.org", TEST_PASSWORD, TEST_TOTP_SECRET)
    page.goto("/meetings/")
    page.get_by_role("link", name="Propose a meeting").click()
    page.get_by_label("Affected State").select_option("SDN")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Title").fill("Sudan: IA follow-up meeting")
    page.get_by_label("Kind").select_option("ia_follow_up")
    page.get_by_label("Where").select_option("intersessional")
    page.get_by_label("Format").select_option("hybrid")
    page.get_by_label("Venue").fill("Palais des Nations, Room XXIV")
    page.get_by_label("Starts").fill("2030-06-19T10:00")
    page.get_by_label("Ends").fill("2030-06-19T12:00")
    page.get_by_label("Time zone").select_option("Europe/Zurich")
    page.get_by_role("button", name="Propose meeting").click()
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Sudan: IA follow-up meeting"
    )
    # Reading first; what one can do is on the management view.
    page.get_by_role("link", name="Manage this meeting").click()
    page.get_by_role("button", name="Confirm and schedule").click()
    assert page.get_by_text("The meeting is now scheduled.").is_visible()
    meeting = Meeting.objects.get()
    assert meeting.status == "scheduled"

    # Sudan's focal point writes section II.A and an action point.
    focal = new_page()
    sign_in(focal, "focal.sudan@example.org", TEST_PASSWORD)
    focal.goto(meeting.get_absolute_url())
    focal.get_by_role("link", name="Manage this meeting").click()
    focal.locator(f"#item-{meeting.agenda_items.get(code='II.A').pk}").get_by_role(
        "link", name="Write"
    ).click()
    focal.get_by_label("Presentation").fill(
        "Remaining hazardous areas in **Blue Nile** and South Kordofan."
    )
    focal.get_by_role("button", name="Save").click()
    assert focal.get_by_text("Remaining hazardous areas in").is_visible()
    focal.get_by_role("link", name="Manage this meeting").click()
    focal.get_by_role("link", name="Add an action point").click()
    focal.get_by_label("What").fill("Share the survey results with operators.")
    focal.get_by_label("Owner (organisation)").fill("National Mine Action Centre")
    focal.get_by_label("Due date").fill("2030-09-30")
    focal.get_by_label("Agenda item").select_option(
        label="II.A Circumstances, needs and challenges in mine clearance"
    )
    focal.get_by_role("button", name="Save action point").click()
    assert focal.get_by_role("cell", name="Share the survey results").is_visible()

    # The public finds it among Sudan's meetings, section II.A included.
    public = new_page()
    public.goto("/meetings/?state=SDN")
    public.get_by_role("link", name="Sudan: IA follow-up meeting").click()
    assert public.get_by_role("strong").filter(has_text="Blue Nile").is_visible()
    assert public.get_by_text("Share the survey results with operators.").is_visible()
    summary = country_ia_summary(state=sudan, user=AnonymousUser())
    assert [item.title for item in summary.upcoming_meetings] == [
        "Sudan: IA follow-up meeting"
    ]
    # And Sudan's country page shows it in its Individualised Approach section.
    public.goto("/countries/SDN/")
    assert public.get_by_role("link", name="Sudan: IA follow-up meeting").is_visible()
