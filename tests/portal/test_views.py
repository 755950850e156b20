"""Every portal view, tried by every role."""

import pytest
from django.urls import reverse

from portal.models import DonorStatus, Role, User
from tests.conftest import ROLES
from tests.roles import assert_refused, assert_shows

SIGNED_IN = set(ROLES) - {"anonymous"}
# view name, roles that may open it, what those roles read there. The others
# are sent to sign in (anonymous) or read that the page is not theirs.
MATRIX = [
    ("portal:home", set(ROLES), "Partnerships for completion"),
    ("portal:dashboard", SIGNED_IN, "Your dashboard"),
    ("portal:donor_request", SIGNED_IN, "Ask for donor access"),
    ("portal:manage", {"isu"}, "Manage the portal"),
    ("portal:user_list", {"isu"}, "People and roles"),
    ("portal:donor_requests", {"isu"}, "Donor requests"),
    ("portal:manage_audit", {"isu"}, "Audit trail"),
]


@pytest.mark.parametrize("name,allowed,heading", MATRIX, ids=[m[0] for m in MATRIX])
def test_each_portal_page_shows_its_heading_to_its_roles_only(
    name, allowed, heading, role, make_user, client_for
):
    user = make_user(role)
    response = client_for(user).get(reverse(name))
    if role in allowed:
        assert_shows(response, f"<h1>{heading}</h1>")
    else:
        assert_refused(response, user, hidden=(f"<h1>{heading}</h1>",))


def test_only_the_isu_opens_a_persons_role_page(role, make_user, client_for):
    user = make_user(role)
    target = User.objects.create_user("someone@example.org", "x-password-1")
    response = client_for(user).get(reverse("portal:user_role", args=[target.pk]))
    if role == "isu":
        assert_shows(response, "Role of", "someone@example.org")
    else:
        assert_refused(response, user, hidden=("someone@example.org",))


def test_only_the_isu_decides_a_donor_request(role, make_user, client_for):
    user = make_user(role)
    applicant = User.objects.create_user(
        "applicant@example.org",
        "x-password-1",
        role=Role.DONOR,
        donor_status=DonorStatus.PENDING,
        organisation="Ministry of Foreign Affairs of Ruritania",
    )
    response = client_for(user).post(
        reverse("portal:donor_decide", args=[applicant.pk]), {"decision": "approve"}
    )
    applicant.refresh_from_db()
    if role == "isu":
        assert response.status_code == 302
        assert applicant.donor_status == DonorStatus.APPROVED
    else:
        assert_refused(response, user)
        assert applicant.donor_status == DonorStatus.PENDING


def test_isu_gives_committee_chair_role_and_it_is_audited(isu, client_for):
    person = User.objects.create_user("delegate@example.org", "x-password-1")
    response = client_for(isu).post(
        reverse("portal:user_role", args=[person.pk]),
        {"role": "committee", "is_committee_chair": "on"},
        follow=True,
    )
    person.refresh_from_db()
    assert person.role == Role.COMMITTEE and person.is_committee_chair
    assert "Committee chair" in response.content.decode()
    audit = client_for(isu).get(reverse("portal:manage_audit")).content.decode()
    assert "delegate@example.org" in audit


def test_chair_without_committee_role_is_refused_with_message(isu, client_for):
    person = User.objects.create_user("delegate@example.org", "x-password-1")
    response = client_for(isu).post(
        reverse("portal:user_role", args=[person.pk]),
        {"role": "donor", "is_committee_chair": "on"},
    )
    assert response.status_code == 200
    assert "Only a committee member can be the committee chair." in (
        response.content.decode()
    )
    person.refresh_from_db()
    assert person.role == Role.MEMBER


def test_isu_cannot_remove_their_own_isu_role(isu, client_for):
    response = client_for(isu).post(
        reverse("portal:user_role", args=[isu.pk]), {"role": "member"}
    )
    assert "You cannot remove your own ISU role." in response.content.decode()
    isu.refresh_from_db()
    assert isu.role == Role.ISU


def test_member_asks_for_donor_access_and_sees_it_pending(make_user, client_for):
    member = make_user("member")
    client = client_for(member)
    response = client.post(
        reverse("portal:donor_request"),
        {
            "organisation": "Ministry of Foreign Affairs of Norway",
            "organisation_kind": "state",
        },
        follow=True,
    )
    assert "Your donor access is pending" in response.content.decode()
    member.refresh_from_db()
    assert member.donor_status == DonorStatus.PENDING


def test_donor_request_without_organisation_gets_a_message(make_user, client_for):
    member = make_user("member")
    response = client_for(member).post(
        reverse("portal:donor_request"), {"organisation": "", "organisation_kind": ""}
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    member.refresh_from_db()
    assert member.role == Role.MEMBER


def test_navigation_follows_the_role(make_user, client_for):
    anonymous = client_for(None).get("/").content.decode()
    assert "Sign in" in anonymous and 'href="/manage/"' not in anonymous
    isu_page = client_for(make_user("isu")).get("/").content.decode()
    assert 'href="/manage/"' in isu_page and 'href="/dashboard/"' in isu_page
    donor_page = client_for(make_user("donor")).get("/").content.decode()
    assert 'href="/manage/"' not in donor_page


def test_home_page_query_count_is_bounded(
    django_assert_max_num_queries, isu, client_for
):
    client = client_for(isu)
    client.get("/")
    # Session and user, then the blocks: key figures (3), latest needs (1),
    # next meetings (1); signed-in readers' pages are not cached.
    with django_assert_max_num_queries(11):
        assert client.get("/").status_code == 200
