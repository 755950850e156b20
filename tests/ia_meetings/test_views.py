"""What people see and do on the meeting pages, bad input included."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from ia_meetings.models import ActionPoint, Material, Meeting
from ia_meetings.services.invitations import invitations_send
from tests.ia_meetings.factories import PDF_BYTES, MeetingFactory, ParticipantFactory
from tests.roles import assert_refused, assert_shows

pytestmark = pytest.mark.django_db


def _meeting_form(**changes):
    data = {
        "title": "Angola: IA follow-up",
        "kind": "ia_follow_up",
        "setting": "in_country",
        "format": "hybrid",
        "venue": "Luanda",
        "starts_at": "2027-03-10T10:00",
        "ends_at": "2027-03-10T13:00",
        "timezone": "Africa/Luanda",
        "visibility": "public",
    }
    return data | changes


def test_a_focal_point_proposes_a_meeting_in_its_local_time(focal_point, client_for):
    response = client_for(focal_point).post(
        reverse("ia_meetings:propose"),
        _meeting_form(timezone="Asia/Colombo", starts_at="2027-03-10T10:00"),
    )
    meeting = Meeting.objects.get()
    assert response.status_code == 302 and response["Location"] == (
        meeting.get_absolute_url()
    )
    # 10:00 in Colombo (UTC+5:30) is stored as 04:30 UTC.
    assert meeting.starts_at == dt.datetime(2027, 3, 10, 4, 30, tzinfo=dt.UTC)
    assert meeting.state.iso3 == "AGO" and meeting.status == "proposed"
    page = client_for(focal_point).get(meeting.get_absolute_url()).content.decode()
    assert "10:00" in page and "Asia/Colombo" in page


@pytest.mark.parametrize(
    "changes,message",
    [
        ({"ends_at": "2027-03-10T09:00"}, "The meeting must end after it starts."),
        ({"timezone": "Africa/Atlantis"}, "“Africa/Atlantis” is not a known time zone"),
        ({"starts_at": "tomorrow"}, "Enter a valid date/time."),
    ],
)
def test_bad_meeting_input_gets_a_clear_message_and_saves_nothing(
    focal_point, client_for, changes, message
):
    response = client_for(focal_point).post(
        reverse("ia_meetings:propose"), _meeting_form(**changes)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    # What was typed stays in the form.
    assert "Angola: IA follow-up" in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_focal_point_cannot_propose_for_another_state(focal_point, client_for):
    response = client_for(focal_point).post(
        reverse("ia_meetings:propose") + "?state=ZWE", _meeting_form()
    )
    assert response.status_code in (200, 404)
    assert not Meeting.objects.exists()


def test_isu_chooses_the_state_before_proposing(isu, client_for):
    client = client_for(isu)
    assert (
        "Affected State" in client.get(reverse("ia_meetings:propose")).content.decode()
    )
    client.post(reverse("ia_meetings:propose") + "?state=SDN", _meeting_form())
    meeting = Meeting.objects.get()
    assert meeting.state.iso3 == "SDN" and meeting.proposed_by == isu


def test_two_editors_of_one_agenda_item_see_both_versions(
    meeting_with_agenda, focal_point, isu, client_for
):
    item = meeting_with_agenda.agenda_items.get(code="II.A")
    url = reverse("ia_meetings:agenda_edit", args=[meeting_with_agenda.pk, item.pk])
    base = {"code": "II.A", "title": item.title, "version": item.version}
    first = client_for(isu).post(
        url, {**base, "by_state": "on", "minutes": "The ISU's minutes."}
    )
    assert first.status_code == 302
    second = client_for(focal_point).post(
        url, {**base, "content": "Angola's text.", "minutes": "Angola's minutes."}
    )
    page = second.content.decode()
    assert second.status_code == 200
    assert f"{escape(isu)} saved this at" in page
    # Theirs in the box above the form, the focal point's own in the form.
    box, form = page.split('id="conflict-heading"')[1].split("</section>", 1)
    assert "The ISU&#x27;s minutes." in box and "Angola&#x27;s minutes." not in box
    assert "Angola&#x27;s minutes." in form
    item.refresh_from_db()
    assert item.minutes == "The ISU's minutes."
    # Saving again, having seen both, keeps the focal point's version.
    client_for(focal_point).post(
        url,
        {
            **base,
            "version": item.version,
            "content": "Angola's text.",
            "minutes": "Merged minutes.",
        },
    )
    item.refresh_from_db()
    assert item.minutes == "Merged minutes." and item.content == "Angola's text."


def test_a_focal_point_writes_section_ii_but_not_the_chairs_introduction(
    meeting_with_agenda, focal_point, client_for
):
    intro = meeting_with_agenda.agenda_items.get(code="I")
    url = reverse("ia_meetings:agenda_edit", args=[meeting_with_agenda.pk, intro.pk])
    client_for(focal_point).post(
        url,
        {
            "code": "I",
            "title": "Opening by the Chair",
            "version": intro.version,
            "minutes": "Not theirs to write.",
        },
    )
    intro.refresh_from_db()
    assert intro.title == "Opening by the Chair"  # the State shapes the agenda
    assert intro.minutes == ""  # but the Chair's item is written by the ISU


def test_a_focal_point_adds_an_agenda_item_to_the_states_presentation(
    meeting_with_agenda, focal_point, client_for
):
    client_for(focal_point).post(
        reverse("ia_meetings:agenda_add", args=[meeting_with_agenda.pk]),
        {"code": "II.G", "title": "Gender and diversity in mine action"},
    )
    item = meeting_with_agenda.agenda_items.order_by("order").last()
    assert (item.code, item.by_state) == ("II.G", True)


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("tool.exe", b"MZ\x90\x00", "This type of file is not accepted"),
        ("slides.pdf", b"<html>not a pdf</html>", "not a PDF file"),
        ("big.pdf", PDF_BYTES + b"0" * 2048, "the limit is"),
        ("empty.pdf", b"", "The submitted file is empty."),
    ],
)
def test_a_wrong_or_too_large_file_is_refused_and_nothing_is_stored(
    meeting_with_agenda,
    focal_point,
    client_for,
    settings,
    tmp_path,
    name,
    content,
    message,
):
    settings.IA_MATERIAL_MAX_BYTES = 1024
    settings.MEDIA_ROOT = tmp_path
    item = meeting_with_agenda.agenda_items.get(code="II.A")
    response = client_for(focal_point).post(
        reverse("ia_meetings:material_upload", args=[meeting_with_agenda.pk, item.pk]),
        {"title": "Slides", "file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Material.objects.exists()
    assert not [path for path in tmp_path.rglob("*") if path.is_file()]


def test_materials_are_uploaded_and_downloaded_with_their_name_and_type(
    meeting_with_agenda, focal_point, client_for, client
):
    item = meeting_with_agenda.agenda_items.get(code="II.A")
    client_for(focal_point).post(
        reverse("ia_meetings:material_upload", args=[meeting_with_agenda.pk, item.pk]),
        {"title": "Clearance plan", "file": SimpleUploadedFile("plan.pdf", PDF_BYTES)},
    )
    material = Material.objects.get()
    assert material.content_type == "application/pdf"
    assert "plan" not in material.file.name
    response = client.get(material.get_absolute_url())
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="plan.pdf"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_a_focal_point_adds_an_action_point_with_its_agenda_item(
    meeting_with_agenda, focal_point, client_for
):
    item = meeting_with_agenda.agenda_items.get(code="II.A")
    response = client_for(focal_point).post(
        reverse("ia_meetings:action_point_add", args=[meeting_with_agenda.pk]),
        {
            "description": "Publish the survey results.",
            "owner_organisation": "CNIDAH",
            "due_date": "2027-01-31",
            "status": "open",
            "agenda_item": item.pk,
        },
    )
    point = ActionPoint.objects.get()
    assert response["Location"].endswith(f"#action-{point.pk}")
    assert point.agenda_item == item and point.created_by == focal_point
    assert point.due_date == dt.date(2027, 1, 31)


def test_an_agenda_item_of_another_meeting_cannot_be_chosen(
    meeting_with_agenda, focal_point, client_for
):
    other_item = MeetingFactory().agenda_items.create(order=1, title="Elsewhere")
    response = client_for(focal_point).post(
        reverse("ia_meetings:action_point_add", args=[meeting_with_agenda.pk]),
        {
            "description": "X",
            "owner_organisation": "Y",
            "status": "open",
            "agenda_item": other_item.pk,
        },
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not ActionPoint.objects.exists()


def test_follow_ups_show_the_six_kinds_of_seed_001(
    meeting_with_agenda, focal_point, client_for
):
    page = (
        client_for(focal_point)
        .get(reverse("ia_meetings:follow_up_add", args=[meeting_with_agenda.pk]))
        .content.decode()
    )
    for label in (
        "Report shared with participants",
        "Subsequent meeting",
        "Information sharing",
        "Contact list",
        "Enhanced national reporting",
        "Platform for partnerships",
    ):
        assert label in page


def test_country_action_points_are_open_overdue_or_done(focal_point, client_for):
    meeting = MeetingFactory()
    today = timezone.localdate()
    for text, due, status in [
        ("Late task", today - dt.timedelta(days=1), "open"),
        ("Coming task", today + dt.timedelta(days=9), "in_progress"),
        ("Finished task", today - dt.timedelta(days=30), "done"),
    ]:
        ActionPoint.objects.create(
            meeting=meeting,
            description=text,
            owner_organisation="O",
            due_date=due,
            status=status,
        )
    page = (
        client_for(focal_point)
        .get(reverse("ia_meetings:country_action_points", args=["AGO"]))
        .content.decode()
    )
    overdue, rest = page.split('id="overdue-heading"')[1].split('id="open-heading"')
    opened, done = rest.split('id="done-heading"')
    assert "Late task" in overdue and "Coming task" in opened
    assert "Finished task" in done


def test_the_list_filters_by_country_kind_and_year(client, zimbabwe):
    MeetingFactory(title="Angola launch")
    MeetingFactory(title="Zimbabwe platform", state=zimbabwe, kind="nmap")
    url = reverse("ia_meetings:list")
    page = client.get(url, {"state": "ZWE"}).content.decode()
    assert "Zimbabwe platform" in page and "Angola launch" not in page
    page = client.get(url, {"kind": "ia_launch"}).content.decode()
    assert "Angola launch" in page and "Zimbabwe platform" not in page
    MeetingFactory(
        title="Angola 2017",
        starts_at=dt.datetime(2017, 6, 8, 11, tzinfo=dt.UTC),
        status="held",
    )
    page = client.get(url, {"when": "past", "year": "2017"}).content.decode()
    assert "Angola 2017" in page
    page = client.get(url, {"year": "2017"}).content.decode()
    assert "Angola launch" not in page


def test_the_public_sees_final_minutes_but_not_drafts(meeting_with_agenda, client):
    items = meeting_with_agenda.agenda_items
    items.filter(code="II.A").update(minutes="Draft words")
    items.filter(code="II.B").update(
        minutes="Agreed words", minutes_final=True, minutes_finalised_at=timezone.now()
    )
    page = client.get(meeting_with_agenda.get_absolute_url()).content.decode()
    assert "Agreed words" in page and "Draft words" not in page


def test_a_proposed_public_meeting_is_not_public_yet(
    client, donor, focal_point, client_for
):
    meeting = MeetingFactory(status="proposed", title="Angola: launch to come")
    assert_refused(client.get(meeting.get_absolute_url()), None)
    assert_refused(
        client_for(donor).get(meeting.get_absolute_url()),
        donor,
        hidden=("Angola: launch to come",),
    )
    assert_shows(
        client_for(focal_point).get(meeting.get_absolute_url()),
        "Angola: launch to come",
    )


def test_the_edit_form_shows_times_in_the_meetings_zone(focal_point, client_for):
    meeting = MeetingFactory(
        starts_at=dt.datetime(2027, 6, 8, 4, 30, tzinfo=dt.UTC),
        ends_at=dt.datetime(2027, 6, 8, 6, 30, tzinfo=dt.UTC),
        timezone="Asia/Colombo",
    )
    page = (
        client_for(focal_point)
        .get(reverse("ia_meetings:edit", args=[meeting.pk]))
        .content.decode()
    )
    assert 'value="2027-06-08T10:00"' in page and 'value="2027-06-08T12:00"' in page


def test_a_subsequent_meeting_is_proposed_from_the_meeting_it_follows(
    focal_point, client_for
):
    earlier = MeetingFactory(title="Angola: IA launch", status="held")
    client = client_for(focal_point)
    page = client.get(reverse("ia_meetings:manage", args=[earlier.pk])).content
    assert f"previous={earlier.pk}" in page.decode()
    url = reverse("ia_meetings:propose") + f"?state=AGO&previous={earlier.pk}"
    form = client.get(url).content.decode()
    assert f'<option value="{earlier.pk}" selected>' in form
    client.post(url, _meeting_form(previous_meeting=earlier.pk))
    assert Meeting.objects.get(title="Angola: IA follow-up").previous_meeting == earlier


def test_a_line_break_in_a_title_does_not_stop_the_invitations(
    isu, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(title="Angola:\nIA launch")
    participant = ParticipantFactory(meeting=meeting)
    with django_capture_on_commit_callbacks(execute=True):
        invitations_send(
            meeting_id=meeting.pk,
            participant_ids=[participant.pk],
            requested_at=timezone.now().isoformat(),
            base_url="http://x/",
        )
    assert mail.outbox[0].subject.endswith("Invitation: Angola: IA launch")


def _status_buttons(page: str) -> list[str]:
    return re.findall(r'<button type="submit" name="status" value="(\w+)"', page)


def test_a_held_meeting_offers_no_status_change(client_for, isu, focal_point, angola):
    """No orphan note field on a held meeting: its status is final."""
    meeting = MeetingFactory(
        state=angola, status="held", starts_at=timezone.now() - dt.timedelta(days=2)
    )
    for user in (isu, focal_point):
        url = reverse("ia_meetings:manage", args=[meeting.pk])
        page = client_for(user).get(url).content.decode()
        assert 'name="note"' not in page and _status_buttons(page) == []
        assert "its status is final" in page


@pytest.mark.parametrize(
    "status,started,isu_sees,focal_point_sees",
    [
        ("proposed", False, ["scheduled", "cancelled"], ["cancelled"]),
        ("scheduled", False, ["proposed", "cancelled"], ["cancelled"]),
        ("scheduled", True, ["held", "proposed", "cancelled"], ["cancelled"]),
        ("cancelled", False, ["proposed"], []),
        ("held", True, [], []),
    ],
)
def test_the_meeting_page_offers_only_the_status_changes_the_reader_may_make_now(
    client_for, isu, focal_point, committee, status, started, isu_sees, focal_point_sees
):
    starts = timezone.now() + dt.timedelta(days=-1 if started else 30)
    meeting = MeetingFactory(status=status, starts_at=starts)
    for user, expected in [
        (isu, isu_sees),
        (focal_point, focal_point_sees),
        (committee, []),
    ]:
        reading = client_for(user).get(meeting.get_absolute_url()).content.decode()
        assert _status_buttons(reading) == []
        manage = client_for(user).get(reverse("ia_meetings:manage", args=[meeting.pk]))
        if user == committee:
            assert manage.status_code == 403
            continue
        page = manage.content.decode()
        # Cancelling is a link to the page that says who will be told.
        buttons = [s for s in expected if s != "cancelled"]
        assert _status_buttons(page) == buttons
        assert ('name="note"' in page) == bool(buttons)
        cancel_url = reverse("ia_meetings:cancel", args=[meeting.pk])
        assert (f'href="{cancel_url}"' in page) == ("cancelled" in expected)


def test_a_state_cannot_cancel_a_held_meeting(client_for, focal_point, isu):
    meeting = MeetingFactory(
        status="held", starts_at=timezone.now() - dt.timedelta(days=2)
    )
    for user in (focal_point, isu):
        response = client_for(user).post(
            reverse("ia_meetings:status", args=[meeting.pk]), {"status": "cancelled"}
        )
        assert_refused(response, user)
    meeting.refresh_from_db()
    assert meeting.status == "held"


def test_marking_a_meeting_held_before_it_starts_is_refused_with_a_message(
    client_for, isu
):
    meeting = MeetingFactory()
    response = client_for(isu).post(
        reverse("ia_meetings:status", args=[meeting.pk]),
        {"status": "held"},
        follow=True,
    )
    assert "A meeting that has not started yet cannot be held." in (
        response.content.decode()
    )
    meeting.refresh_from_db()
    assert meeting.status == "scheduled"


def test_an_unknown_status_is_refused_with_a_message(client_for, isu):
    meeting = MeetingFactory()
    response = client_for(isu).post(
        reverse("ia_meetings:status", args=[meeting.pk]),
        {"status": "postponed"},
        follow=True,
    )
    assert "Unknown status." in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.status == "scheduled"


def test_two_editors_of_one_meeting_see_the_saved_times_in_its_zone(
    focal_point, isu, client_for
):
    meeting = MeetingFactory(
        starts_at=dt.datetime(2027, 6, 8, 4, 30, tzinfo=dt.UTC),
        ends_at=dt.datetime(2027, 6, 8, 6, 30, tzinfo=dt.UTC),
        timezone="Asia/Colombo",
    )
    url = reverse("ia_meetings:edit", args=[meeting.pk])
    form = _meeting_form(
        timezone="Asia/Colombo",
        starts_at="2027-06-08T11:00",
        ends_at="2027-06-08T13:00",
        version=meeting.version,
    )
    client_for(isu).post(url, form)
    response = client_for(focal_point).post(url, form | {"venue": "Colombo"})
    page = assert_shows(response, "8 June 2027, 11:00 (Asia/Colombo)")
    # The focal point's venue is still in the form; the ISU's is saved.
    assert 'value="Colombo"' in page
    meeting.refresh_from_db()
    assert meeting.venue == "Luanda" and meeting.version == 2
    assert meeting.starts_at == dt.datetime(2027, 6, 8, 5, 30, tzinfo=dt.UTC)


def test_bad_edits_get_the_forms_own_message_and_change_nothing(
    meeting_with_agenda, focal_point, client_for
):
    """The forms validate a copy of the record: the model's own checks add no
    second message, and the record stays as it was."""
    meeting = meeting_with_agenda
    client = client_for(focal_point)
    local = timezone.localtime(meeting.starts_at, meeting.tzinfo)
    response = client.post(
        reverse("ia_meetings:edit", args=[meeting.pk]),
        _meeting_form(
            timezone="Europe/Zurich",
            starts_at=local.strftime("%Y-%m-%dT%H:%M"),
            ends_at=(local - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            version=meeting.version,
        ),
    )
    page = assert_shows(response, "The meeting must end after it starts.")
    assert "Constraint" not in page
    follow_up = client.post(
        reverse("ia_meetings:follow_up_add", args=[meeting.pk]),
        {
            "kind": "report",
            "status": "planned",
            "subsequent_meeting": MeetingFactory(previous_meeting=meeting).pk,
        },
    )
    page = follow_up.content.decode()
    assert "Only a follow-up of the kind “Subsequent meeting” links a meeting." in page
    assert "Constraint" not in page
    meeting.refresh_from_db()
    assert meeting.title == "Angola: launch of the Individualised Approach"
    assert not meeting.follow_ups.exists()
