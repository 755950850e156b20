"""Every ia_meetings view, tried by every role.

Angola's focal point and the ISU act for Angola; the committee (and chair)
read everything; the donor of the matrix is a participant of the
participants-only meeting; everyone reads the public, scheduled meeting.

A page open to a role shows what it is for; a refused role reads that the
page is not open to it and none of its content. A POST either did what it
is for (the database says so) or, refused, changed nothing.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from ia_meetings.models import (
    ActionPoint,
    AgendaItem,
    FollowUp,
    Material,
    Meeting,
    Participant,
)
from ia_meetings.services.invitations import participant_response_token
from tests.ia_meetings.factories import (
    PDF_BYTES,
    ActionPointFactory,
    FollowUpFactory,
    MaterialFactory,
    ParticipantFactory,
)
from tests.roles import REFUSED_TEXT, assert_refused

ALL = {
    "anonymous",
    "member",
    "pending_donor",
    "donor",
    "focal_point",
    "other_focal_point",
    "committee",
    "chair",
    "isu",
}
STATE = {"focal_point", "isu"}
INSIDERS = {"focal_point", "committee", "chair", "isu"}
PROPOSERS = {"focal_point", "other_focal_point", "isu"}


@pytest.fixture
def world(meeting_with_agenda, restricted_meeting, participants_meeting):
    public = meeting_with_agenda
    item = public.agenda_items.get(code="II.A")
    return {
        "public": public,
        "restricted": restricted_meeting,
        "participants": participants_meeting,
        "item": item,
        "item_i": public.agenda_items.get(code="I"),
        "material": MaterialFactory(agenda_item=item, title="Public slides"),
        "restricted_material": MaterialFactory(
            agenda_item__meeting=restricted_meeting, title="Restricted slides"
        ),
        "participant": ParticipantFactory(
            meeting=public, email="guest@example.org", name="Ms Guest"
        ),
        "point": ActionPointFactory(meeting=public, description="Survey the north"),
        "follow_up": FollowUpFactory(meeting=public, notes="Share the contacts"),
    }


def _content(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode()


# (name, url, roles that may open it, what they see there)
GET_MATRIX = [
    ("list", lambda w: reverse("ia_meetings:list"), ALL,
     lambda w: w["public"].title),
    ("list-past", lambda w: reverse("ia_meetings:list") + "?when=past", ALL,
     lambda w: "No past meetings"),
    ("detail-public", lambda w: w["public"].get_absolute_url(), ALL,
     lambda w: w["public"].title),
    ("detail-restricted", lambda w: w["restricted"].get_absolute_url(), INSIDERS,
     lambda w: w["restricted"].title),
    ("detail-participants", lambda w: w["participants"].get_absolute_url(),
     INSIDERS | {"donor"}, lambda w: w["participants"].title),
    ("ics-public", lambda w: reverse("ia_meetings:ics", args=[w["public"].pk]), ALL,
     lambda w: "SUMMARY:Angola: launch of the Individualised Approach"),
    ("ics-restricted", lambda w: reverse("ia_meetings:ics", args=[w["restricted"].pk]),
     INSIDERS, lambda w: "SUMMARY:Restricted meeting"),
    ("country-ics", lambda w: reverse("ia_meetings:country_ics", args=["AGO"]), ALL,
     lambda w: "SUMMARY:Angola: launch of the Individualised Approach"),
    ("propose", lambda w: reverse("ia_meetings:propose"), PROPOSERS,
     lambda w: "<h1>Propose a meeting"),
    ("edit", lambda w: reverse("ia_meetings:edit", args=[w["public"].pk]), STATE,
     lambda w: "Save meeting"),
    ("agenda-add", lambda w: reverse("ia_meetings:agenda_add", args=[w["public"].pk]),
     STATE, lambda w: "Add an agenda item"),
    ("agenda-edit-II.A", lambda w: reverse(
        "ia_meetings:agenda_edit", args=[w["public"].pk, w["item"].pk]), STATE,
     lambda w: 'name="content"'),
    ("agenda-edit-I", lambda w: reverse(
        "ia_meetings:agenda_edit", args=[w["public"].pk, w["item_i"].pk]), STATE,
     lambda w: 'name="title"'),
    ("material-upload", lambda w: reverse(
        "ia_meetings:material_upload", args=[w["public"].pk, w["item"].pk]), STATE,
     lambda w: "Upload material"),
    ("material-public", lambda w: w["material"].get_absolute_url(), ALL,
     lambda w: "%PDF-"),
    ("material-restricted", lambda w: w["restricted_material"].get_absolute_url(),
     INSIDERS, lambda w: "%PDF-"),
    ("participants", lambda w: reverse(
        "ia_meetings:participants", args=[w["public"].pk]), INSIDERS,
     lambda w: "guest@example.org"),
    ("participants-of-participants-meeting", lambda w: reverse(
        "ia_meetings:participants", args=[w["participants"].pk]),
     INSIDERS | {"donor"}, lambda w: "Ms Donor Delegate"),
    ("contact-list", lambda w: reverse(
        "ia_meetings:contact_list", args=[w["public"].pk]), INSIDERS,
     lambda w: "guest@example.org"),
    # The State has not chosen to share the addresses with participants.
    ("contact-list-as-participant", lambda w: reverse(
        "ia_meetings:contact_list", args=[w["participants"].pk]),
     INSIDERS, lambda w: "Ms Donor Delegate"),
    ("action-point-add", lambda w: reverse(
        "ia_meetings:action_point_add", args=[w["public"].pk]), STATE,
     lambda w: "Add an action point"),
    ("action-point-edit", lambda w: reverse(
        "ia_meetings:action_point_edit", args=[w["public"].pk, w["point"].pk]), STATE,
     lambda w: "Survey the north"),
    ("follow-up-add", lambda w: reverse(
        "ia_meetings:follow_up_add", args=[w["public"].pk]), STATE,
     lambda w: "Add a follow-up"),
    ("follow-up-edit", lambda w: reverse(
        "ia_meetings:follow_up_edit", args=[w["public"].pk, w["follow_up"].pk]),
     STATE, lambda w: "Share the contacts"),
    # The public tracker: everyone reads the public meetings' action points.
    ("country-action-points", lambda w: reverse(
        "ia_meetings:country_action_points", args=["AGO"]), ALL,
     lambda w: "Survey the north"),
    ("manage", lambda w: reverse(
        "ia_meetings:manage", args=[w["public"].pk]), STATE,
     lambda w: "Agenda, materials and minutes"),
    ("cancel-confirm", lambda w: reverse(
        "ia_meetings:cancel", args=[w["public"].pk]), STATE,
     lambda w: "Cancel the meeting"),
    ("minutes-history", lambda w: reverse(
        "ia_meetings:minutes_history", args=[w["public"].pk, w["item"].pk]),
     INSIDERS, lambda w: "History of II.A"),
    ("participant-edit", lambda w: reverse(
        "ia_meetings:participant_edit", args=[w["public"].pk, w["participant"].pk]),
     STATE, lambda w: "Ms Guest"),
    ("participants-bulk", lambda w: reverse(
        "ia_meetings:participants_bulk", args=[w["public"].pk]), STATE,
     lambda w: "Add several participants"),
    ("participant-remove-confirm", lambda w: reverse(
        "ia_meetings:participant_remove", args=[w["public"].pk, w["participant"].pk]),
     STATE, lambda w: "Remove Ms Guest from the list?"),
    ("agenda-remove-confirm", lambda w: reverse(
        "ia_meetings:agenda_delete", args=[w["public"].pk, w["item_i"].pk]),
     STATE, lambda w: "Remove the item"),
    ("material-remove-confirm", lambda w: reverse(
        "ia_meetings:material_remove", args=[w["material"].pk]), STATE,
     lambda w: "Remove the file"),
    ("action-point-progress", lambda w: reverse(
        "ia_meetings:action_point_progress", args=[w["public"].pk, w["point"].pk]),
     STATE, lambda w: "Survey the north"),
    ("action-point-remove-confirm", lambda w: reverse(
        "ia_meetings:action_point_delete", args=[w["public"].pk, w["point"].pk]),
     STATE, lambda w: "Remove the action point"),
    ("follow-up-remove-confirm", lambda w: reverse(
        "ia_meetings:follow_up_delete", args=[w["public"].pk, w["follow_up"].pk]),
     STATE, lambda w: "Remove the follow-up"),
]  # fmt: skip


@pytest.mark.parametrize(
    "name,url,allowed,shown", GET_MATRIX, ids=[m[0] for m in GET_MATRIX]
)
def test_each_role_sees_a_page_or_reads_that_it_is_not_open_to_it(
    name, url, allowed, shown, world, role, make_user, client_for
):
    user = make_user(role)
    response = client_for(user).get(url(world))
    if role in allowed:
        assert response.status_code == 200
        assert shown(world) in _content(response)
    else:
        assert_refused(response, user, hidden=(shown(world),))


@dataclass
class Action:
    """A POST, and how to tell from the database that it did its work."""

    name: str
    request: Callable  # world -> (url, data); may prepare the world first
    done: Callable  # world -> bool
    allowed: set


def _status_request(to):
    return lambda w: (
        reverse("ia_meetings:status", args=[w["public"].pk]),
        {"status": to},
    )


def _meeting(w) -> Meeting:
    return Meeting.objects.get(pk=w["public"].pk)


def _item(w, key="item") -> AgendaItem | None:
    return AgendaItem.objects.filter(pk=w[key].pk).first()


def _finalised(w):
    AgendaItem.objects.filter(pk=w["item"].pk).update(
        minutes_final=True, minutes_finalised_at=timezone.now()
    )
    return (
        reverse("ia_meetings:agenda_reopen", args=[w["public"].pk, w["item"].pk]),
        {},
    )


def _meeting_form(w):
    meeting = w["public"]
    local = timezone.localtime(meeting.starts_at, meeting.tzinfo)
    return (
        reverse("ia_meetings:edit", args=[meeting.pk]),
        {
            "title": "Angola: renamed launch",
            "kind": meeting.kind,
            "setting": meeting.setting,
            "format": meeting.format,
            "venue": meeting.venue,
            "starts_at": local.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (local + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "timezone": meeting.timezone,
            "visibility": meeting.visibility,
            "version": meeting.version,
        },
    )


def _upload(w):
    return (
        reverse("ia_meetings:material_upload", args=[w["public"].pk, w["item"].pk]),
        {"title": "Uploaded plan", "file": SimpleUploadedFile("plan.pdf", PDF_BYTES)},
    )


def _points_form(w, url_name, *args):
    return (
        reverse(url_name, args=[w["public"].pk, *args]),
        {
            "description": "Publish the survey",
            "owner_organisation": "CNIDAH",
            "status": "done",
            "version": 1,
        },
    )


def _follow_up_form(w, url_name, *args):
    return (
        reverse(url_name, args=[w["public"].pk, *args]),
        {"kind": "contact_list", "status": "done", "notes": "Sent", "version": 1},
    )


POST_MATRIX = [
    Action(
        "back-to-proposed-is-for-the-isu",
        _status_request("proposed"),
        lambda w: _meeting(w).status == "proposed",
        {"isu"},
    ),
    Action(
        "cancel",
        _status_request("cancelled"),
        lambda w: _meeting(w).status == "cancelled",
        STATE,
    ),
    Action(
        "invite",
        lambda w: (reverse("ia_meetings:invite", args=[w["public"].pk]), {}),
        lambda w: (
            [m.to for m in mail.outbox] == [["guest@example.org"]]
            and Participant.objects.get(email="guest@example.org").invitation_sent_at
        ),
        {"isu"},
    ),
    Action(
        "attendance",
        lambda w: (
            reverse("ia_meetings:attendance", args=[w["public"].pk]),
            {"attended": [w["participant"].pk]},
        ),
        lambda w: Participant.objects.get(pk=w["participant"].pk).attended,
        # The meeting has not started: nobody records attendance yet
        # (test_manage tries a meeting that has).
        set(),
    ),
    Action(
        "participant-add",
        lambda w: (
            reverse("ia_meetings:participants", args=[w["public"].pk]),
            {
                "group": "ngo",
                "organisation": "HALO",
                "name": "Mr New",
                "email": "new@example.org",
            },
        ),
        lambda w: Participant.objects.filter(email="new@example.org").exists(),
        STATE,
    ),
    Action(
        "participant-remove",
        lambda w: (
            reverse(
                "ia_meetings:participant_remove",
                args=[w["public"].pk, w["participant"].pk],
            ),
            {},
        ),
        lambda w: not Participant.objects.filter(pk=w["participant"].pk).exists(),
        STATE,
    ),
    Action(
        "meeting-edit",
        _meeting_form,
        lambda w: _meeting(w).title == "Angola: renamed launch",
        STATE,
    ),
    Action(
        "agenda-add",
        lambda w: (
            reverse("ia_meetings:agenda_add", args=[w["public"].pk]),
            {"code": "II.G", "title": "Gender and diversity", "by_state": "on"},
        ),
        lambda w: w["public"].agenda_items.filter(code="II.G").exists(),
        STATE,
    ),
    Action(
        "agenda-edit",
        lambda w: (
            reverse("ia_meetings:agenda_edit", args=[w["public"].pk, w["item"].pk]),
            {
                "code": "II.A",
                "title": w["item"].title,
                "by_state": "on",
                "content": "Remaining areas",
                "version": w["item"].version,
            },
        ),
        lambda w: _item(w).content == "Remaining areas",
        STATE,
    ),
    Action(
        "agenda-move",
        lambda w: (
            reverse("ia_meetings:agenda_move", args=[w["public"].pk, w["item"].pk]),
            {"direction": "up"},
        ),
        lambda w: (
            _item(w).order
            < AgendaItem.objects.get(meeting=w["public"], code="II").order
        ),
        STATE,
    ),
    Action(
        "agenda-delete",
        lambda w: (
            reverse("ia_meetings:agenda_delete", args=[w["public"].pk, w["item_i"].pk]),
            {},
        ),
        lambda w: _item(w, "item_i") is None,
        STATE,
    ),
    Action(
        "agenda-finalise",
        lambda w: (
            reverse("ia_meetings:agenda_finalise", args=[w["public"].pk, w["item"].pk]),
            {"version": w["item"].version},
        ),
        lambda w: _item(w).minutes_final,
        STATE,
    ),
    Action(
        "agenda-reopen",
        _finalised,
        lambda w: not _item(w).minutes_final,
        {"isu"},
    ),
    Action(
        "material-upload",
        _upload,
        lambda w: Material.objects.filter(title="Uploaded plan").exists(),
        STATE,
    ),
    Action(
        "material-remove",
        lambda w: (
            reverse("ia_meetings:material_remove", args=[w["material"].pk]),
            {},
        ),
        lambda w: not Material.objects.filter(pk=w["material"].pk).exists(),
        STATE,
    ),
    Action(
        "action-point-add",
        lambda w: _points_form(w, "ia_meetings:action_point_add"),
        lambda w: ActionPoint.objects.filter(description="Publish the survey").exists(),
        STATE,
    ),
    Action(
        "action-point-edit",
        lambda w: _points_form(w, "ia_meetings:action_point_edit", w["point"].pk),
        lambda w: ActionPoint.objects.get(pk=w["point"].pk).status == "done",
        STATE,
    ),
    Action(
        "action-point-delete",
        lambda w: (
            reverse(
                "ia_meetings:action_point_delete", args=[w["public"].pk, w["point"].pk]
            ),
            {},
        ),
        lambda w: not ActionPoint.objects.filter(pk=w["point"].pk).exists(),
        STATE,
    ),
    Action(
        "follow-up-add",
        lambda w: _follow_up_form(w, "ia_meetings:follow_up_add"),
        lambda w: FollowUp.objects.filter(kind="contact_list").exists(),
        STATE,
    ),
    Action(
        "follow-up-edit",
        lambda w: _follow_up_form(w, "ia_meetings:follow_up_edit", w["follow_up"].pk),
        lambda w: FollowUp.objects.get(pk=w["follow_up"].pk).notes == "Sent",
        STATE,
    ),
    Action(
        "follow-up-delete",
        lambda w: (
            reverse(
                "ia_meetings:follow_up_delete",
                args=[w["public"].pk, w["follow_up"].pk],
            ),
            {},
        ),
        lambda w: not FollowUp.objects.filter(pk=w["follow_up"].pk).exists(),
        STATE,
    ),
]


@pytest.mark.parametrize("action", POST_MATRIX, ids=[a.name for a in POST_MATRIX])
def test_each_role_either_does_the_action_or_changes_nothing(
    action, world, role, make_user, client_for, django_capture_on_commit_callbacks
):
    user = make_user(role)
    url, data = action.request(world)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(user).post(url, data)
    if role in action.allowed:
        assert response.status_code == 302
        assert not response["Location"].startswith(reverse("account_login"))
        assert action.done(world), f"{role}: {action.name} did not happen"
    else:
        assert_refused(response, user)
        assert not action.done(world), f"{role}: {action.name} happened"
        assert mail.outbox == []


def test_respond_page_needs_no_account(world, client):
    token = participant_response_token(participant=world["participant"])
    response = client.get(reverse("ia_meetings:respond", args=[token]))
    page = response.content.decode()
    assert world["public"].title in page and REFUSED_TEXT not in page
    assert 'name="response"' in page
