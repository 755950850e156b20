"""Each role's first journey in Chromium, on a desktop and a 390 px phone, and
axe-core on the key pages (issue 14, item 12)."""

import datetime as dt

import pytest
from django.utils import timezone

from tests.browser.conftest import sign_in, sign_in_with_totp
from tests.factories import (
    TEST_PASSWORD,
    TEST_TOTP_SECRET,
    CommitteeFactory,
    DonorFactory,
    FocalPointFactory,
    IsuFactory,
    NeedFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PHONE = {"width": 390, "height": 844}


def _before(page, selector):
    """The text a cell's ::before shows (its column's name on a phone)."""
    return page.eval_on_selector(
        selector, "el => getComputedStyle(el, '::before').content"
    )


def test_a_donor_on_a_phone_finds_their_tasks_and_a_labelled_needs_table(page):
    from country_pages.models import CountryFollow, StateParty
    from tests.ia_meetings.factories import MeetingFactory, ParticipantFactory

    page.set_viewport_size(PHONE)
    sudan = StateParty.objects.get(iso3="SDN")
    donor = DonorFactory(email="donor@example.org")
    CountryFollow.objects.create(user=donor, state=sudan)
    NeedFactory(state=sudan, title="Clear the east", published_at=timezone.now())
    meeting = MeetingFactory(state=sudan, title="Sudan follow-up")
    ParticipantFactory(meeting=meeting, email=donor.email)

    sign_in(page, "donor@example.org", TEST_PASSWORD)
    assert page.get_by_role("heading", name="Your invitations").is_visible()
    assert page.get_by_role("link", name="Sudan follow-up").is_visible()
    assert page.get_by_role("heading", name="Countries you follow").is_visible()
    page.get_by_role("link", name="1 need published in the last 90 days").click()
    assert "country=SDN" in page.url
    # On a phone each amount says what it is.
    assert _before(page, "td[data-label='Gap']") == '"Gap"'
    assert _before(page, "td[data-label='Secured']") == '"Secured"'
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_focal_point_is_led_to_a_failed_field_by_the_error_summary(page):
    from country_pages.models import StateParty
    from tests.ia_meetings.factories import AgendaItemFactory, MeetingFactory

    sudan = StateParty.objects.get(iso3="SDN")
    FocalPointFactory(email="focal.sudan@example.org", states=[sudan])
    meeting = MeetingFactory(state=sudan, title="Sudan launch", status="proposed")
    AgendaItemFactory(meeting=meeting, content="")

    sign_in(page, "focal.sudan@example.org", TEST_PASSWORD)
    assert page.get_by_role("heading", name="Meetings to prepare").is_visible()
    assert page.get_by_role("link", name="Add the participants").is_visible()
    page.goto("/meetings/propose/?state=SDN")
    page.get_by_label("Title").fill("Sudan: NMAP meeting")
    page.get_by_label("Starts").fill("2027-03-10T10:00")
    page.get_by_label("Ends").fill("2027-03-10T09:00")
    page.get_by_label("Type to narrow the list").fill("khartoum")
    assert page.get_by_label("Time zone").input_value() == "Africa/Khartoum"
    page.get_by_role("button", name="Propose meeting").click()
    # The summary has the focus and leads to the field; what was typed stays.
    assert page.evaluate("document.activeElement.className") == "error-summary"
    page.get_by_role("link", name="Ends: The meeting must end after it starts.").click()
    assert page.evaluate("document.activeElement.id") == "id_ends_at"
    assert page.get_by_label("Title").input_value() == "Sudan: NMAP meeting"
    assert page.get_by_label("Time zone").input_value() == "Africa/Khartoum"


def test_the_isu_meets_donor_requests_and_meetings_to_mark_held(page):
    from tests.ia_meetings.factories import MeetingFactory

    IsuFactory(email="isu@example.org")
    DonorFactory(donor_status="pending", organisation="Ruritania MFA")
    MeetingFactory(
        title="Started today",
        starts_at=timezone.now() - dt.timedelta(hours=1),
        ends_at=timezone.now() + dt.timedelta(hours=1),
    )
    sign_in_with_totp(page, "isu@example.org", TEST_PASSWORD, TEST_TOTP_SECRET)
    assert page.get_by_role(
        "heading", name="Donor access requests to decide"
    ).is_visible()
    held_panel = page.locator(
        "section",
        has=page.get_by_role(
            "heading", name="Meetings that have started: mark them held"
        ),
    )
    held_panel.get_by_role("link", name="Started today").click()
    assert page.get_by_role("button", name="Mark as held").is_visible()


def test_the_committee_on_a_phone_reads_the_reports_ready(page):
    from portal.models import DocumentStatus
    from tests.meeting_reports.factories import version_in

    page.set_viewport_size(PHONE)
    CommitteeFactory(email="committee@example.org")
    version_in(DocumentStatus.READY)
    sign_in_with_totp(page, "committee@example.org", TEST_PASSWORD, TEST_TOTP_SECRET)
    assert page.get_by_role("heading", name="Reports ready").is_visible()
    assert page.get_by_role("heading", name="Upcoming meetings").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_an_anonymous_reader_of_a_restricted_meeting_reads_why_at_sign_in(page):
    from tests.ia_meetings.factories import MeetingFactory

    meeting = MeetingFactory(visibility="participants")
    page.goto(meeting.get_absolute_url())
    assert page.get_by_role("heading", name="Sign in").is_visible()
    assert page.get_by_text("This meeting is open to its participants").is_visible()


def test_sign_up_offers_donor_access_as_a_clear_choice(page):
    page.goto("/accounts/signup/")
    assert page.get_by_role("heading", name="Register").is_visible()
    page.get_by_label("To offer assistance").check()
    page.get_by_label("Full name").fill("Camilla Example")
    page.get_by_label("Email").fill("camilla@example.org")
    # The labels end in a required mark ("Password *"): fill by id.
    page.locator("#id_password1").fill("a-long-enough-password-2026")
    page.locator("#id_password2").fill("a-long-enough-password-2026")
    page.get_by_role("button", name="Register").click()
    assert page.get_by_role(
        "link",
        name="State or organisation you represent: Name the State or organisation "
        "you represent.",
    ).is_visible()


KEY_PAGES = [
    ("anonymous", "/"),
    ("anonymous", "/countries/"),
    ("anonymous", "/countries/SDN/"),
    ("anonymous", "/needs/"),
    ("anonymous", "/meetings/"),
    ("anonymous", "/accounts/login/"),
    ("anonymous", "/accounts/signup/"),
    ("anonymous", "/no-such-page/"),
    ("donor", "/dashboard/"),
    ("focal_point", "/dashboard/"),
    ("focal_point", "/meetings/propose/?state=SDN"),
]


@pytest.mark.parametrize("width", [1366, 390])
def test_key_pages_have_no_axe_violations(page, width):
    from axe_playwright_python.sync_playwright import Axe

    from country_pages.models import StateParty

    sudan = StateParty.objects.get(iso3="SDN")
    DonorFactory(email="donor@example.org")
    FocalPointFactory(email="focal.sudan@example.org", states=[sudan])
    NeedFactory(state=sudan, title="Clear the east", published_at=timezone.now())
    page.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    found = {}
    signed_in = None
    for role, path in KEY_PAGES:
        if role != "anonymous" and role != signed_in:
            email = {
                "donor": "donor@example.org",
                "focal_point": "focal.sudan@example.org",
            }[role]
            page.context.clear_cookies()
            sign_in(page, email, TEST_PASSWORD)
            signed_in = role
        page.goto(path)
        results = axe.run(page)
        if results.violations_count:
            found[f"{role} {path}"] = [
                (v["id"], len(v["nodes"]), v["nodes"][0]["target"])
                for v in results.response["violations"]
            ]
    assert found == {}
