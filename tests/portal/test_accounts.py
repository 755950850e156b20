"""Signing in, signing up and two-factor, as a person meets them."""

import pytest
from allauth.mfa.models import Authenticator
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

from portal.models import DonorStatus, Role, User
from tests.factories import TEST_PASSWORD, IsuFactory, UserFactory

LOGIN = "/accounts/login/"
WRONG = "The email address and/or password you specified are not correct."


def sign_in(client, email, password=TEST_PASSWORD):
    return client.post(LOGIN, {"login": email, "password": password}, follow=True)


def test_sign_in_by_email_reaches_the_dashboard(client, db):
    UserFactory(email="reader@example.org")
    response = sign_in(client, "reader@example.org")
    assert response.redirect_chain[-1][0] == reverse("portal:dashboard")
    assert "Your dashboard" in response.content.decode()


def test_wrong_password_gets_a_clear_message(client, db):
    UserFactory(email="reader@example.org")
    response = sign_in(client, "reader@example.org", "not the password")
    assert response.status_code == 200
    assert WRONG in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_unknown_email_gets_the_same_message(client, db):
    response = sign_in(client, "nobody@example.org")
    assert WRONG in response.content.decode()


def test_empty_sign_in_form_gets_field_messages_not_an_error(client, db):
    response = client.post(LOGIN, {"login": "", "password": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_unverified_account_is_told_to_verify(
    client, db, django_capture_on_commit_callbacks
):
    UserFactory(email="new@example.org", verified=False)
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_in(client, "new@example.org")
    assert "_auth_user_id" not in client.session
    assert "Confirm your e-mail address" in response.content.decode()
    assert mail.outbox and "new@example.org" in mail.outbox[-1].to


def test_sign_up_as_donor_waits_for_isu_approval(
    client, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/accounts/signup/",
            {
                "email": "delegate@norway.example",
                "password1": "a-long-enough-password-2026",
                "password2": "a-long-enough-password-2026",
                "full_name": "Camilla Example",
                "organisation": "Norwegian Ministry of Foreign Affairs",
                "organisation_kind": "state",
                "access": "donor",
            },
            follow=True,
        )
    assert "Confirm your e-mail address" in response.content.decode()
    user = User.objects.get(email="delegate@norway.example")
    assert user.role == Role.DONOR and user.donor_status == DonorStatus.PENDING
    assert not user.has_perm("portal.approve_donors")
    # The confirmation e-mail goes out; after confirming, the dashboard says pending.
    assert any("delegate@norway.example" in m.to for m in mail.outbox)


def test_sign_up_as_donor_without_organisation_is_refused(client, db):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "delegate@example.org",
            "password1": "a-long-enough-password-2026",
            "password2": "a-long-enough-password-2026",
            "full_name": "A Delegate",
            "access": "donor",
        },
    )
    assert response.status_code == 200
    assert "Name the State or organisation you represent." in response.content.decode()
    assert not User.objects.filter(email="delegate@example.org").exists()


def test_pending_donor_sees_the_request_is_pending(client, db):
    UserFactory(
        email="pending@example.org", role=Role.DONOR, donor_status=DonorStatus.PENDING
    )
    response = sign_in(client, "pending@example.org")
    assert "Your donor access is pending" in response.content.decode()


def test_isu_without_totp_is_sent_to_set_it_up(client, db):
    IsuFactory(email="isu@example.org", totp=False)
    sign_in(client, "isu@example.org")
    response = client.get(reverse("portal:manage"), follow=True)
    assert response.redirect_chain[0][0] == reverse("mfa_activate_totp")
    assert "Manage the portal" not in response.content.decode()


def test_isu_with_totp_must_give_a_code_at_sign_in(client, db):
    IsuFactory(email="isu@example.org")
    response = sign_in(client, "isu@example.org")
    assert "_auth_user_id" not in client.session
    assert reverse("mfa_authenticate") in response.redirect_chain[-1][0]


def test_committee_member_without_totp_cannot_read_pages(make_user, client_for):
    user = make_user("committee")
    Authenticator.objects.filter(user=user).delete()
    user.refresh_from_db()
    response = client_for(user).get(reverse("portal:dashboard"), follow=True)
    assert response.redirect_chain[0][0] == reverse("mfa_activate_totp")
    assert "Your dashboard" not in response.content.decode()


def test_donor_needs_no_totp(make_user, client_for):
    response = client_for(make_user("donor")).get(reverse("portal:dashboard"))
    assert "Your dashboard" in response.content.decode()


def test_password_reset_sends_an_email(client, db, django_capture_on_commit_callbacks):
    UserFactory(email="reader@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password/reset/", {"email": "reader@example.org"})
    [message] = mail.outbox
    assert message.to == ["reader@example.org"]
    assert message.subject.startswith("[IA Portal] ")
    assert "[IA Portal] [IA Portal]" not in message.subject


def test_admin_sign_in_goes_through_allauth(client, db):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/accounts/login/")
    assert "Sign in" in response.content.decode()


def test_admin_is_for_isu_only(make_user, client_for):
    isu_page = client_for(make_user("isu")).get("/admin/").content.decode()
    assert "Site administration" in isu_page
    donor = client_for(make_user("donor")).get("/admin/", follow=True)
    assert donor.status_code == 403
    assert "Site administration" not in donor.content.decode()


@pytest.mark.django_db
@override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "3/m/ip"})
def test_repeated_failed_sign_ins_are_rate_limited(client):
    cache.clear()
    UserFactory(email="reader@example.org")
    for _ in range(3):
        sign_in(client, "reader@example.org", "wrong password")
    response = sign_in(client, "reader@example.org", "wrong password")
    assert response.status_code == 429 or "Too many" in response.content.decode()
    cache.clear()
