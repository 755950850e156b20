"""Fixtures shared by the suite: one user per role, and a client for each.

Roles (DESIGN.md): public, donor (approved; a pending one has no donor rights),
focal point (of Angola here; another of Zimbabwe), committee member and chair,
ISU staff.
"""

import os

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from country_pages.models import StateParty
from tests import factories

ROLES = [
    "anonymous",
    "member",
    "pending_donor",
    "donor",
    "focal_point",
    "other_focal_point",
    "committee",
    "chair",
    "isu",
]


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in English: a request to /fr/… leaves French active in
    the thread, which would change what reverse() and gettext give the next
    test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: cached pages, rate limits and used
    TOTP codes must not leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _reference_data(request):
    """Transactional tests flush the database; put the States Parties back.

    Ordinary tests see the rows the data migration loaded.
    """
    marker = request.node.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        from country_pages.reference.file import reference_file_read
        from country_pages.reference.sync import states_parties_load

        request.getfixturevalue("transactional_db")
        states_parties_load(reference=reference_file_read())


@pytest.fixture
def angola(db):
    return StateParty.objects.get(iso3="AGO")


@pytest.fixture
def zimbabwe(db):
    return StateParty.objects.get(iso3="ZWE")


@pytest.fixture
def make_user(db, angola, zimbabwe):
    """Build the user of a role by name; None for the anonymous visitor."""

    def make(role):
        if role == "anonymous":
            return None
        if role == "member":
            return factories.UserFactory(email="member@example.org")
        if role == "pending_donor":
            return factories.DonorFactory(
                email="pending@example.org", donor_status="pending"
            )
        if role == "donor":
            return factories.DonorFactory(email="donor@example.org")
        if role == "focal_point":
            return factories.FocalPointFactory(
                email="focal.angola@example.org", states=[angola]
            )
        if role == "other_focal_point":
            return factories.FocalPointFactory(
                email="focal.zimbabwe@example.org", states=[zimbabwe]
            )
        if role == "committee":
            return factories.CommitteeFactory(email="committee@example.org")
        if role == "chair":
            return factories.CommitteeFactory(
                email="chair@example.org", is_committee_chair=True
            )
        if role == "isu":
            return factories.IsuFactory(email="isu@example.org")
        raise ValueError(role)

    return make


@pytest.fixture
def client_for(db):
    """A test client signed in as the given user (anonymous for None)."""

    def make(user):
        client = Client()
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture(params=ROLES)
def role(request):
    return request.param


@pytest.fixture
def isu(make_user):
    return make_user("isu")


@pytest.fixture
def focal_point(make_user):
    return make_user("focal_point")


@pytest.fixture
def donor(make_user):
    return make_user("donor")


@pytest.fixture
def committee(make_user):
    return make_user("committee")


@pytest.fixture
def chair(make_user):
    return make_user("chair")


def pytest_collection_modifyitems(config, items):
    """In CI's service run, a test that would skip for want of Redis fails instead."""
    if os.environ.get("PORTAL_REQUIRE_SERVICES") == "1" and not os.environ.get(
        "REDIS_URL"
    ):
        raise pytest.UsageError("PORTAL_REQUIRE_SERVICES=1 but REDIS_URL is not set")
