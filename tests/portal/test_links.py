"""Links in e-mails are absolute and point where the portal is served."""

from django.core import mail
from django.test import RequestFactory
from django.urls import reverse

from portal.links import BaseUrlMiddleware, site_url
from tests.factories import NeedFactory


def test_the_configured_address_wins_over_the_request(settings):
    settings.PORTAL_BASE_URL = "https://ia-portal.example.org"
    request = RequestFactory().get("/", HTTP_HOST="localhost:8001")
    assert site_url("/dashboard/", request=request) == (
        "https://ia-portal.example.org/dashboard/"
    )


def test_unconfigured_links_follow_the_request_being_served(settings):
    """In development the portal may run on any host and port."""
    settings.PORTAL_BASE_URL = ""
    request = RequestFactory().get("/", HTTP_HOST="localhost:8001")
    assert site_url("/x/", request=request) == "http://localhost:8001/x/"
    seen = []
    BaseUrlMiddleware(lambda r: seen.append(site_url("/y/")))(request)
    assert seen == ["http://localhost:8001/y/"]
    # Outside a request (a worker): the development address.
    assert site_url("/y/") == "http://127.0.0.1:8000/y/"


def test_a_donors_interest_mails_the_focal_point_a_link_to_where_they_browse(
    settings, make_user, client_for, django_capture_on_commit_callbacks
):
    settings.PORTAL_BASE_URL = ""
    settings.ALLOWED_HOSTS = ["localhost"]
    make_user("focal_point")
    donor = make_user("donor")
    need = NeedFactory(title="Clear the north")
    with django_capture_on_commit_callbacks(execute=True):
        client_for(donor).post(
            reverse("partnerships:interest_create", args=[need.pk]),
            {"message": "We can help.", "currency": "USD"},
            HTTP_HOST="localhost:8001",
        )
    (message,) = mail.outbox
    assert "http://localhost:8001/partnerships/interest/" in message.body
