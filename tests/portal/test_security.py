"""Sign-in that an attacker cannot block, and two-factor authentication that
the roles needing it cannot switch off (issue 16, items 5 and 6)."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.forms import DeactivateTOTPForm
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse

from portal.models import AuditEntry
from tests.factories import TEST_PASSWORD, UserFactory

LOGIN = "/accounts/login/"


def sign_in(client, email, password=TEST_PASSWORD, ip="203.0.113.5"):
    return client.post(
        LOGIN, {"login": email, "password": password}, REMOTE_ADDR=ip, follow=True
    )


@pytest.fixture
def _tight_limits(settings):
    cache.clear()
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,3/5m/key"}
    yield
    cache.clear()


@pytest.mark.usefixtures("_tight_limits")
def test_an_attacker_failing_sign_ins_does_not_lock_the_owner_out(db):
    UserFactory(email="isu.officer@example.org")
    attacker = Client()
    for _ in range(4):
        sign_in(attacker, "isu.officer@example.org", "guess", ip="198.51.100.66")
    blocked = sign_in(attacker, "isu.officer@example.org", ip="198.51.100.66")
    assert "Your dashboard" not in blocked.content.decode()

    owner = sign_in(Client(), "isu.officer@example.org", ip="203.0.113.5")
    assert "Your dashboard" in owner.content.decode()


@pytest.mark.usefixtures("_tight_limits")
def test_the_isu_sees_a_throttled_sign_in_once_in_the_audit_trail(db):
    UserFactory(email="reader@example.org")
    attacker = Client()
    for _ in range(6):
        sign_in(attacker, "reader@example.org", "guess", ip="198.51.100.66")
    [entry] = AuditEntry.objects.filter(action="sign-in.throttled")
    assert "reader@example.org" in entry.summary
    assert "198.51.100.66" in entry.summary


@pytest.mark.usefixtures("_tight_limits")
@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_the_proxy_each_client_is_counted_by_its_own_address(db):
    UserFactory(email="reader@example.org")
    proxy = "10.0.0.2"
    attacker = Client(HTTP_X_FORWARDED_FOR="198.51.100.66")
    for _ in range(4):
        sign_in(attacker, "reader@example.org", "guess", ip=proxy)
    owner = Client(HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert (
        "Your dashboard"
        in sign_in(owner, "reader@example.org", ip=proxy).content.decode()
    )


@pytest.mark.parametrize("role", ["isu", "committee", "chair"])
def test_roles_that_need_two_factor_cannot_switch_it_off(role, make_user):
    user = make_user(role)
    totp = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    form = DeactivateTOTPForm({}, authenticator=totp)
    assert not form.is_valid()
    assert "cannot be switched off" in str(form.errors)
    assert Authenticator.objects.filter(pk=totp.pk).exists()


def test_a_donor_may_switch_two_factor_off(make_user):
    user = make_user("donor")
    totp = Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    assert DeactivateTOTPForm({}, authenticator=totp).is_valid()


def test_removing_an_authenticator_ends_the_persons_sessions_and_is_audited(
    make_user, client_for
):
    user = make_user("isu")
    client = client_for(user)
    assert "Your dashboard" in client.get(reverse("portal:dashboard")).content.decode()
    Authenticator.objects.filter(
        user=user
    ).delete()  # e.g. an ISU colleague, in the admin
    response = client.get(reverse("portal:dashboard"))
    assert response["Location"].startswith(reverse("account_login"))
    assert AuditEntry.objects.filter(
        action="mfa.removed", object_id=str(user.pk)
    ).exists()


@pytest.mark.django_db(transaction=True)
def test_setting_up_two_factor_keeps_this_session_and_ends_the_others():
    user = UserFactory(email="donor.officer@example.org")
    elsewhere = Client()
    elsewhere.force_login(user)
    here = Client()
    sign_in(here, "donor.officer@example.org")
    here.post(reverse("account_reauthenticate"), {"password": TEST_PASSWORD})
    here.get(reverse("mfa_activate_totp"))
    secret = here.session[SECRET_SESSION_KEY]
    counter = next(iter(yield_hotp_counters_from_time()))
    code = format_hotp_value(hotp_value(secret, counter))
    here.post(reverse("mfa_activate_totp"), {"code": code})
    assert Authenticator.objects.filter(user=user, type="totp").exists()

    assert "Your dashboard" in here.get(reverse("portal:dashboard")).content.decode()
    gone = elsewhere.get(reverse("portal:dashboard"))
    assert gone["Location"].startswith(reverse("account_login"))
    assert AuditEntry.objects.filter(action="mfa.added").exists()


class CountingHasher(PBKDF2PasswordHasher):
    """A real hasher that counts its work (test settings use a fast one)."""

    algorithm = "counting_pbkdf2"
    iterations = 1000
    calls = 0

    def encode(self, password, salt, iterations=None):
        CountingHasher.calls += 1
        return super().encode(password, salt, iterations)


@override_settings(
    PASSWORD_HASHERS=["tests.portal.test_security.CountingHasher"],
)
def test_sign_up_does_the_same_work_whether_or_not_the_address_has_an_account(
    db, django_capture_on_commit_callbacks
):
    UserFactory(email="taken@example.org")
    password = "a-long-enough-password-2026"
    form = {"password1": password, "password2": password, "full_name": "Someone"}
    work = {}
    for email in ("taken@example.org", "free@example.org"):
        CountingHasher.calls = 0
        with django_capture_on_commit_callbacks(execute=True):
            page = Client().post(
                "/accounts/signup/", {**form, "email": email}, follow=True
            )
        work[email] = (
            CountingHasher.calls,
            "Confirm your e-mail address" in page.content.decode(),
        )
    assert work["taken@example.org"] == work["free@example.org"] == (1, True)
    # Each address is told by e-mail, after the response.
    assert sorted(m.to[0] for m in mail.outbox) == [
        "free@example.org",
        "taken@example.org",
    ]


def test_an_isu_colleague_resets_a_lost_authenticator_in_the_admin(
    make_user, client_for
):
    isu = make_user("isu")
    chair = make_user("chair")
    totp = Authenticator.objects.get(user=chair, type="totp")
    admin = client_for(isu)
    page = admin.get(f"/admin/mfa/authenticator/{totp.pk}/delete/")
    assert "Are you sure" in page.content.decode()
    admin.post(f"/admin/mfa/authenticator/{totp.pk}/delete/", {"post": "yes"})
    assert not Authenticator.objects.filter(pk=totp.pk).exists()


def test_nobody_else_reaches_authenticators_in_the_admin(make_user, client_for):
    chair = make_user("chair")
    totp = Authenticator.objects.get(user=chair, type="totp")
    response = client_for(make_user("donor")).get(
        f"/admin/mfa/authenticator/{totp.pk}/delete/", follow=True
    )
    assert "Are you sure" not in response.content.decode()
    assert Authenticator.objects.filter(pk=totp.pk).exists()
