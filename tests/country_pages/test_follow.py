"""Following a country, and the e-mail followers receive."""

import pytest
from django.core import mail
from django.urls import reverse

from country_pages.models import CountryFollow
from country_pages.services import country_followers_notify
from tests.roles import assert_refused


def test_anyone_signed_in_can_follow_and_anonymous_readers_sign_in_first(
    role, make_user, client_for, angola
):
    user = make_user(role)
    response = client_for(user).post(reverse("country_pages:follow", args=["AGO"]))
    follows = CountryFollow.objects.filter(state=angola).exists()
    if user is None:
        assert_refused(response, user)
        assert not follows
    else:
        assert follows


def test_donor_follows_and_unfollows(donor, client_for, angola):
    client = client_for(donor)
    page = client.post(reverse("country_pages:follow", args=["AGO"]), follow=True)
    assert "You follow Angola" in page.content.decode()
    assert "Stop following Angola" in page.content.decode()
    client.post(reverse("country_pages:follow", args=["AGO"]), {"action": "unfollow"})
    assert not CountryFollow.objects.filter(user=donor).exists()


@pytest.mark.django_db(transaction=True)
def test_followers_are_emailed_one_message_each(make_user, angola):
    first, second = make_user("donor"), make_user("member")
    CountryFollow.objects.create(user=first, state=angola)
    CountryFollow.objects.create(user=second, state=angola)
    sent = country_followers_notify(
        state=angola,
        template="country_pages/emails/needs_published",
        context={"state": angola, "titles": ["Survey in Moxico"]},
    )
    assert sent == 2
    assert sorted(m.to for m in mail.outbox) == [[first.email], [second.email]]
    assert all("- Survey in Moxico" in m.body for m in mail.outbox)


@pytest.mark.django_db(transaction=True)
def test_followers_whose_account_was_closed_are_not_emailed(make_user, angola):
    left = make_user("donor")
    CountryFollow.objects.create(user=left, state=angola)
    left.is_active = False
    left.save(update_fields=["is_active"])
    sent = country_followers_notify(
        state=angola,
        template="country_pages/emails/needs_published",
        context={"state": angola, "titles": ["Survey in Moxico"]},
    )
    assert sent == 0 and mail.outbox == []
