"""Following a country, and the e-mail followers receive."""

import pytest
from django.core import mail
from django.urls import reverse

from country_pages.models import CountryFollow
from country_pages.services import country_followers_notify


def test_follow_by_role(role, make_user, client_for, angola):
    user = make_user(role)
    response = client_for(user).post(reverse("country_pages:follow", args=["AGO"]))
    follows = CountryFollow.objects.filter(state=angola).exists()
    if user is None:
        assert response.status_code == 302 and not follows
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
        state=angola, subject="New need in Angola", body="A new need was published."
    )
    assert sent == 2
    assert sorted(m.to[0] for m in mail.outbox) == [first.email, second.email]
