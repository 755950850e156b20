"""Recurring meetings, minutes history, participants in bulk, the contact
sharing rule, the secretariat's right and the public action point tracker."""

import csv
import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from ia_meetings.models import AgendaItem, Meeting, MinutesRevision, Participant
from ia_meetings.services.agenda import (
    agenda_item_finalise,
    agenda_item_reopen,
    agenda_item_update,
)
from ia_meetings.services.meetings import meeting_propose
from ia_meetings.services.series import meeting_series_next
from portal.diff import word_diff
from tests.factories import DonorFactory, UserFactory
from tests.ia_meetings.factories import (
    ActionPointFactory,
    AgendaItemFactory,
    MeetingFactory,
    ParticipantFactory,
)
from tests.roles import assert_refused, assert_shows

pytestmark = pytest.mark.django_db


def _past(days):
    return (timezone.now() - dt.timedelta(days=days)).replace(
        minute=0, second=0, microsecond=0
    )


def test_the_next_nmap_meeting_is_proposed_from_the_last_in_one_step(isu):
    start = _past(20)
    last = MeetingFactory(
        kind="nmap",
        title="Angola NMAP",
        status="held",
        venue="CNIDAH, Luanda",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=3),
        timezone="Africa/Luanda",
    )
    AgendaItemFactory(meeting=last, code="1", title="Survey results", minutes="Ok")
    ParticipantFactory(
        meeting=last,
        email="undp@example.org",
        response="accepted",
        responded_at=start,
        invitation_sent_at=start,
    )
    open_point = ActionPointFactory(meeting=last, description="Publish the survey")
    ActionPointFactory(meeting=last, status="done", description="Already done")
    new = meeting_series_next(meeting=last, user=isu)
    assert new.kind == "nmap" and new.venue == "CNIDAH, Luanda"
    assert new.status == "proposed" and new.previous_meeting == last
    assert new.series == Meeting.objects.get(pk=last.pk).series
    # Quarterly by default, at the same local time.
    assert new.starts_local.hour == last.starts_local.hour
    assert (new.starts_local.month - last.starts_local.month) % 12 == 3
    assert new.title.startswith("Angola NMAP, ")
    [item] = new.agenda_items.all()
    assert (item.code, item.title, item.minutes) == ("1", "Survey results", "")
    [person] = new.participants.all()
    assert person.email == "undp@example.org" and person.response == "none"
    assert person.invitation_sent_at is None
    # The open action point is carried over; the done one is not.
    from ia_meetings.selectors import series_open_action_points

    assert series_open_action_points(meeting=new, user=isu) == [open_point]


def test_the_series_page_warns_when_the_next_meeting_is_overdue(
    isu, focal_point, client_for, make_user
):
    start = _past(200)
    last = MeetingFactory(
        kind="nmap",
        status="held",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
    )
    series = meeting_series_next(meeting=last, user=isu).series
    Meeting.objects.filter(series=series, status="proposed").delete()
    page = assert_shows(
        client_for(focal_point).get(series.get_absolute_url()),
        "none is planned",
        "Schedule the next meeting",
    )
    assert last.title in page
    anonymous = client_for(None).get(series.get_absolute_url())
    assert "Schedule the next meeting" not in anonymous.content.decode()


def test_propose_a_subsequent_meeting_keeps_the_kind_title_venue_and_time(
    focal_point, client_for
):
    last = MeetingFactory(kind="nmap", title="NMAP of Angola", venue="Luanda")
    response = client_for(focal_point).get(
        reverse("ia_meetings:propose") + f"?state=AGO&previous={last.pk}"
    )
    page = assert_shows(response, 'value="NMAP of Angola"', 'value="Luanda"')
    assert '<option value="nmap" selected>' in page
    expected = (last.starts_local + dt.timedelta(days=1)).strftime("%H:%M")
    assert last.starts_local.strftime("%H:%M") in page or expected in page


def test_a_focused_meeting_s_agenda_has_that_area_only(isu, angola):
    start = timezone.now() + dt.timedelta(days=40)
    meeting = meeting_propose(
        state=angola,
        user=isu,
        title="Victim assistance",
        kind="ia_follow_up",
        setting="geneva",
        format="in_person",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        focus="victim_assistance",
    )
    codes = list(meeting.agenda_items.values_list("code", flat=True))
    assert codes == ["I", "II", "II.D", "III", "IV"]


def test_every_save_of_the_minutes_is_a_revision_compared_word_by_word(isu, client_for):
    item = AgendaItemFactory(minutes="")
    for text in ("The State presented its plan.", "The State presented its new plan."):
        item = agenda_item_update(
            item=item,
            user=isu,
            expected_version=item.version,
            **{
                name: getattr(item, name)
                for name in ("code", "title", "by_state", "presenter", "start_time")
            },
            content=item.content,
            minutes=text,
        )
    item = agenda_item_finalise(item=item, user=isu, expected_version=item.version)
    agenda_item_reopen(item=item, user=isu)
    events = list(
        MinutesRevision.objects.filter(item=item).values_list("event", flat=True)
    )
    assert events == ["saved", "saved", "locked", "reopened"]
    page = assert_shows(
        client_for(isu).get(
            reverse("ia_meetings:minutes_history", args=[item.meeting_id, item.pk])
            + "?from=1&to=2"
        ),
        '<ins><span class="visually-hidden">Added: </span>new </ins>',
    )
    assert "Locked as final" in page and "Reopened" in page
    manage = client_for(isu).get(reverse("ia_meetings:manage", args=[item.meeting_id]))
    assert_shows(manage, "locked as final by", "reopened by")
    # Bad revision numbers fall back to the latest two, never an error.
    bad = client_for(isu).get(
        reverse("ia_meetings:minutes_history", args=[item.meeting_id, item.pk])
        + "?from=x&to=99"
    )
    assert bad.status_code == 200


def test_the_minutes_history_is_not_open_to_the_public(client_for):
    item = AgendaItemFactory(minutes="Draft")
    url = reverse("ia_meetings:minutes_history", args=[item.meeting_id, item.pk])
    assert_refused(client_for(None).get(url), None)


def test_word_diff_marks_only_the_changed_words():
    parts = word_diff("a b c", "a x c")
    assert [(p.kind, p.text) for p in parts] == [
        ("same", "a "),
        ("del", "b"),
        ("ins", "x"),
        ("same", " c"),
    ]


def test_a_pasted_list_is_previewed_and_only_good_lines_added_on_confirmation(
    focal_point, client_for
):
    meeting = MeetingFactory()
    ParticipantFactory(meeting=meeting, email="known@example.org")
    url = reverse("ia_meetings:participants_bulk", args=[meeting.pk])
    text = (
        "Name,Organisation,E-mail,Group\n"
        "Ms Ada,Norway,ada@norway.example,donor\n"
        "Mr Bo,HALO Trust,not-an-address,operator\n"
        "Ms Known,UNDP,KNOWN@example.org,un\n"
        "Ms Ada again,Norway,ada@norway.example,donor\n"
        "Mr Cy,,cy@example.org\n"
        "Mr Dee,MAG,dee@mag.example,wizard\n"
        "Ms Eve,ICBL,eve@icbl.example\n"
    )
    client = client_for(focal_point)
    preview = client.post(
        url, {"step": "preview", "text": text, "default_group": "ngo"}
    )
    assert_shows(
        preview,
        "5 lines cannot be added",
        "Line 3: “not-an-address” is not an e-mail address.",
        "Line 4: known@example.org is already on the participant list.",
        "Line 5: ada@norway.example is also on line 2.",
        "Line 6: The organisation is missing.",
        "Line 7: “wizard” is not a group",
        "Add 2 participants",
    )
    assert meeting.participants.count() == 1
    client.post(url, {"step": "add", "text": text, "default_group": "ngo"})
    emails = set(meeting.participants.values_list("email", flat=True))
    assert emails == {"known@example.org", "ada@norway.example", "eve@icbl.example"}
    assert Participant.objects.get(email="eve@icbl.example").group == "ngo"


def test_a_csv_file_of_participants_is_read_and_a_bad_file_changes_nothing(
    focal_point, client_for
):
    meeting = MeetingFactory()
    url = reverse("ia_meetings:participants_bulk", args=[meeting.pk])
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["Ms Ada", "Norway", "ada@norway.example", "donor"]])
    upload = SimpleUploadedFile("list.csv", buffer.getvalue().encode("utf-8"))
    preview = client_for(focal_point).post(
        url, {"step": "preview", "file": upload, "default_group": "other"}
    )
    assert_shows(preview, "Add 1 participant")
    binary = SimpleUploadedFile("list.csv", b"\xff\xfe\x00bad")
    response = client_for(focal_point).post(
        url, {"step": "preview", "file": binary, "default_group": "other"}
    )
    assert_shows(response, "not a CSV file in UTF-8")
    assert not meeting.participants.exists()


def test_registered_donors_are_picked_into_the_list(focal_point, client_for):
    meeting = MeetingFactory()
    donor = DonorFactory(email="donor@norway.example", organisation="Norway")
    url = reverse("ia_meetings:participants_bulk", args=[meeting.pk])
    assert_shows(client_for(focal_point).get(url), "Norway")
    client_for(focal_point).post(url, {"step": "pick", "people": [donor.pk]})
    person = meeting.participants.get()
    assert (person.email, person.organisation, person.group) == (
        "donor@norway.example",
        "Norway",
        "donor",
    )


def test_a_participant_is_edited_in_place_and_a_duplicate_refused(
    focal_point, client_for
):
    meeting = MeetingFactory()
    ParticipantFactory(meeting=meeting, email="taken@example.org")
    person = ParticipantFactory(meeting=meeting, name="Mr Typo")
    url = reverse("ia_meetings:participant_edit", args=[meeting.pk, person.pk])
    data = {"group": "donor", "organisation": "Norway", "name": "Mr Right"}
    response = client_for(focal_point).post(url, data | {"email": "taken@example.org"})
    assert_shows(response, "taken@example.org is already on the participant list.")
    assert Participant.objects.get(pk=person.pk).name == "Mr Typo"
    client_for(focal_point).post(url, data | {"email": "right@example.org"})
    assert Participant.objects.get(pk=person.pk).name == "Mr Right"


def test_participants_see_each_others_addresses_only_if_the_state_chose_so(
    client_for, make_user
):
    donor = make_user("donor")
    meeting = MeetingFactory(visibility="participants")
    ParticipantFactory(meeting=meeting, email=donor.email)
    ParticipantFactory(meeting=meeting, email="colleague@example.org")
    url = reverse("ia_meetings:participants", args=[meeting.pk])
    page = assert_shows(client_for(donor).get(url), "has not chosen to share")
    assert "colleague@example.org" not in page
    contacts = reverse("ia_meetings:contact_list", args=[meeting.pk])
    assert client_for(donor).get(contacts).status_code == 403
    Meeting.objects.filter(pk=meeting.pk).update(contacts_shared=True)
    assert_shows(client_for(donor).get(url), "colleague@example.org")
    committee = client_for(make_user("committee")).get(url)
    assert_shows(committee, "colleague@example.org")


def test_the_secretariat_writes_minutes_and_action_points_but_not_the_page(
    isu, focal_point, client_for
):
    start = _past(5)
    meeting = MeetingFactory(
        kind="nmap",
        status="held",
        visibility="committee",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
    )
    series = meeting_series_next(meeting=meeting, user=isu).series
    undp = UserFactory(email="secretariat@undp.example")
    client_for(focal_point).post(
        series.get_absolute_url(), {"form": "secretary", "email": undp.email}
    )
    assert list(series.secretaries.all()) == [undp]
    item = AgendaItemFactory(meeting=meeting, by_state=False, code="III")
    client = client_for(undp)
    assert_shows(client.get(meeting.get_absolute_url()), meeting.title)
    assert_shows(
        client.get(reverse("ia_meetings:agenda_edit", args=[meeting.pk, item.pk])),
        "Minutes",
    )
    assert_shows(
        client.get(reverse("ia_meetings:action_point_add", args=[meeting.pk])),
        "Add",
    )
    edit_page = client.get(reverse("country_pages:edit", args=["AGO"]))
    assert edit_page.status_code == 403
    assert client.get(reverse("ia_meetings:edit", args=[meeting.pk])).status_code == (
        403
    )


def test_the_public_tracker_counts_public_meetings_action_points_only(
    client_for, focal_point
):
    public = MeetingFactory(status="held")
    restricted = MeetingFactory(status="held", visibility="committee")
    ActionPointFactory(meeting=public, description="Public open")
    ActionPointFactory(meeting=public, description="Public done", status="done")
    ActionPointFactory(
        meeting=public,
        description="Public late",
        due_date=timezone.localdate() - dt.timedelta(days=3),
    )
    ActionPointFactory(meeting=restricted, description="Secret task")
    url = reverse("ia_meetings:country_action_points", args=["AGO"])
    page = assert_shows(
        client_for(None).get(url),
        "Public open",
        "Public done",
        "Public late",
        "Overdue: <strong>1</strong>",
        "Open: <strong>1</strong>",
        "Done: <strong>1</strong>",
    )
    assert "Secret task" not in page
    assert_shows(client_for(focal_point).get(url), "Secret task")
    export = client_for(None).get(url + "?format=csv")
    rows = list(
        csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode()))
    )
    assert {row["description"] for row in rows} == {
        "Public open",
        "Public done",
        "Public late",
    }
    late = [row for row in rows if row["description"] == "Public late"]
    assert [row["overdue"] for row in late] == ["True"]


def test_an_agenda_item_keeps_its_code_in_the_series_copy(isu):
    last = MeetingFactory(
        status="held", starts_at=_past(3), ends_at=_past(3) + dt.timedelta(hours=1)
    )
    AgendaItem.objects.create(meeting=last, order=1, code="X", title="Only item")
    new = meeting_series_next(meeting=last, user=isu)
    assert list(new.agenda_items.values_list("code", flat=True)) == ["X"]
