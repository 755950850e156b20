"""The demo data loads, reads like the real thing, and loading it twice is harmless."""

import io

import pytest
from django.core.management import call_command

from country_pages.models import FocalPointAssignment, Need
from portal.models import Role, User


@pytest.mark.django_db
def test_demo_loads_one_account_per_role_and_twice_changes_nothing():
    out = io.StringIO()
    call_command("demo", stdout=out)
    text = out.getvalue()
    for role in (Role.ISU, Role.COMMITTEE, Role.FOCAL_POINT, Role.DONOR):
        assert User.objects.filter(role=role, email__endswith="@demo.example").exists()
    assert "Committee chair" in text and "focal.sudan@demo.example" in text
    counts = (
        User.objects.count(),
        Need.objects.count(),
        FocalPointAssignment.objects.count(),
    )
    Need.objects.filter(state__iso3="SDN").update(status="funded")
    call_command("demo", stdout=io.StringIO())
    assert counts == (
        User.objects.count(),
        Need.objects.count(),
        FocalPointAssignment.objects.count(),
    )
    # What someone edited after loading is not reset.
    assert not Need.objects.filter(state__iso3="SDN").exclude(status="funded").exists()
    sudan = User.objects.get(email="focal.sudan@demo.example")
    assert sudan.focal_point_assignments.get().state.iso3 == "SDN"


@pytest.mark.django_db
def test_sudans_demo_page_shows_the_whole_placemat_with_a_map_and_resources(
    client,
):
    call_command("demo", stdout=io.StringIO())
    html = client.get("/countries/SDN/").content.decode()
    assert 'class="geo-map"' in html
    assert "Remaining hazardous areas (illustrative)" in html
    assert "Landmine Monitor: Sudan" in html
    assert "Article 7 reports of Sudan" in html
