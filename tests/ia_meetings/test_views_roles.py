"""Every ia_meetings view, tried by every role.

Angola's focal point and the ISU act for Angola; the committee (and chair)
read everything; the donor of the matrix is a participant of the
participants-only meeting; everyone reads the public, scheduled meeting.
"""

import pytest
from django.urls import reverse

from tests.ia_meetings.factories import MaterialFactory

ALL = {"anonymous", "member", "pending_donor", "donor", "focal_point",
       "other_focal_point", "committee", "chair", "isu"}  # fmt: skip
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
        "material": MaterialFactory(agenda_item=item),
        "restricted_material": MaterialFactory(agenda_item__meeting=restricted_meeting),
    }


GET_MATRIX = [
    ("list", lambda w: reverse("ia_meetings:list"), ALL),
    ("list-past", lambda w: reverse("ia_meetings:list") + "?when=past", ALL),
    ("detail-public", lambda w: w["public"].get_absolute_url(), ALL),
    ("detail-restricted", lambda w: w["restricted"].get_absolute_url(), INSIDERS),
    ("detail-participants", lambda w: w["participants"].get_absolute_url(),
     INSIDERS | {"donor"}),
    ("ics-public", lambda w: reverse("ia_meetings:ics", args=[w["public"].pk]), ALL),
    ("ics-restricted", lambda w: reverse("ia_meetings:ics", args=[w["restricted"].pk]),
     INSIDERS),
    ("country-ics", lambda w: reverse("ia_meetings:country_ics", args=["AGO"]), ALL),
    ("propose", lambda w: reverse("ia_meetings:propose"), PROPOSERS),
    ("edit", lambda w: reverse("ia_meetings:edit", args=[w["public"].pk]), STATE),
    ("agenda-add", lambda w: reverse("ia_meetings:agenda_add", args=[w["public"].pk]),
     STATE),
    ("agenda-edit-II.A", lambda w: reverse(
        "ia_meetings:agenda_edit", args=[w["public"].pk, w["item"].pk]), STATE),
    ("agenda-edit-I", lambda w: reverse(
        "ia_meetings:agenda_edit", args=[w["public"].pk, w["item_i"].pk]), STATE),
    ("material-upload", lambda w: reverse(
        "ia_meetings:material_upload", args=[w["public"].pk, w["item"].pk]), STATE),
    ("material-public", lambda w: w["material"].get_absolute_url(), ALL),
    ("material-restricted", lambda w: w["restricted_material"].get_absolute_url(),
     INSIDERS),
    ("participants", lambda w: reverse(
        "ia_meetings:participants", args=[w["public"].pk]), INSIDERS),
    ("participants-of-participants-meeting", lambda w: reverse(
        "ia_meetings:participants", args=[w["participants"].pk]),
     INSIDERS | {"donor"}),
    ("contact-list", lambda w: reverse(
        "ia_meetings:contact_list", args=[w["public"].pk]), INSIDERS),
    ("contact-list-as-participant", lambda w: reverse(
        "ia_meetings:contact_list", args=[w["participants"].pk]),
     INSIDERS | {"donor"}),
    ("action-point-add", lambda w: reverse(
        "ia_meetings:action_point_add", args=[w["public"].pk]), STATE),
    ("follow-up-add", lambda w: reverse(
        "ia_meetings:follow_up_add", args=[w["public"].pk]), STATE),
    ("country-action-points", lambda w: reverse(
        "ia_meetings:country_action_points", args=["AGO"]), INSIDERS),
]  # fmt: skip


def _assert_access(response, user, allowed):
    if allowed:
        assert response.status_code == 200
    elif user is None:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("name,url,allowed", GET_MATRIX, ids=[m[0] for m in GET_MATRIX])
def test_get_view_access_by_role(
    name, url, allowed, world, role, make_user, client_for
):
    user = make_user(role)
    response = client_for(user).get(url(world))
    _assert_access(response, user, role in allowed)


def _post_status(w, to):
    return reverse("ia_meetings:status", args=[w["public"].pk]), {"status": to}


POST_MATRIX = [
    ("mark-held-is-for-the-isu", lambda w: _post_status(w, "proposed"), {"isu"}),
    ("cancel", lambda w: _post_status(w, "cancelled"), STATE),
    ("invite", lambda w: (reverse("ia_meetings:invite", args=[w["public"].pk]), {}),
     {"isu"}),
    ("attendance", lambda w: (
        reverse("ia_meetings:attendance", args=[w["public"].pk]), {}), STATE),
    ("agenda-move", lambda w: (reverse(
        "ia_meetings:agenda_move", args=[w["public"].pk, w["item"].pk]),
        {"direction": "up"}), STATE),
    ("agenda-delete", lambda w: (reverse(
        "ia_meetings:agenda_delete", args=[w["public"].pk, w["item_i"].pk]), {}),
     STATE),
    ("agenda-finalise", lambda w: (reverse(
        "ia_meetings:agenda_finalise", args=[w["public"].pk, w["item"].pk]),
        {"version": w["item"].version}), STATE),
    ("agenda-reopen", lambda w: (reverse(
        "ia_meetings:agenda_reopen", args=[w["public"].pk, w["item"].pk]), {}),
     {"isu"}),
    ("material-remove", lambda w: (reverse(
        "ia_meetings:material_remove", args=[w["material"].pk]), {}), STATE),
]  # fmt: skip


@pytest.mark.parametrize(
    "name,action,allowed", POST_MATRIX, ids=[m[0] for m in POST_MATRIX]
)
def test_post_view_access_by_role(
    name, action, allowed, world, role, make_user, client_for
):
    from ia_meetings.models import Participant

    Participant.objects.create(
        meeting=world["public"], group="donor", organisation="Org", name="N",
        email="n@example.org",
    )  # fmt: skip
    user = make_user(role)
    url, data = action(world)
    response = client_for(user).post(url, data)
    if role in allowed:
        assert response.status_code == 302
        assert not response["Location"].startswith(reverse("account_login"))
    elif user is None:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == 403


def test_respond_page_needs_no_account(world, client):
    from ia_meetings.services import participant_response_token
    from tests.ia_meetings.factories import ParticipantFactory

    participant = ParticipantFactory(meeting=world["public"])
    token = participant_response_token(participant=participant)
    response = client.get(reverse("ia_meetings:respond", args=[token]))
    assert response.status_code == 200
    assert world["public"].title in response.content.decode()
