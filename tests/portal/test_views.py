"""Every portal view, tried by every role."""

import pytest
from django.urls import reverse

from portal.models import DonorStatus, Role, User

# view name, kwargs builder, roles that may open it; others get 403 or sign-in.
SIGNED_IN = {
    "member", "pending_donor", "donor", "focal_point", "other_focal_point",
    "committee", "chair", "isu",
}  # fmt: skip
MATRIX = [
    ("portal:home", {"anonymous"} | SIGNED_IN),
    ("portal:dashboard", SIGNED_IN),
    ("portal:donor_request", SIGNED_IN),
    ("portal:manage", {"isu"}),
    ("portal:user_list", {"isu"}),
    ("portal:donor_requests", {"isu"}),
    ("portal:manage_audit", {"isu"}),
]


@pytest.mark.parametrize("name,allowed", MATRIX, ids=[m[0] for m in MATRIX])
def test_portal_view_access_by_role(name, allowed, role, make_user, client_for):
    user = make_user(role)
    response = client_for(user).get(reverse(name))
    if role in allowed:
        assert response.status_code == 200
    elif user is None:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == 403


def test_user_role_page_by_role(role, make_user, client_for):
    user = make_user(role)
    target = User.objects.create_user("someone@example.org", "x-password-1")
    response = client_for(user).get(reverse("portal:user_role", args=[target.pk]))
    expected = 200 if role == "isu" else (302 if user is None else 403)
    assert response.status_code == expected


def test_donor_decide_by_role(role, make_user, client_for):
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
        assert response.status_code in (302, 403)
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
        {"organisation": "Ministry of Foreign Affairs of Norway",
         "organisation_kind": "state"},
        follow=True,
    )  # fmt: skip
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
    with django_assert_max_num_queries(6):
        assert client.get("/").status_code == 200
