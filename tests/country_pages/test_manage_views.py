"""ISU pages of country_pages: focal point assignments and implementation status."""

from datetime import date

from django.urls import reverse

from country_pages.models import FocalPointAssignment, StateParty
from portal.models import Role, User
from tests.roles import assert_shows


def test_the_isu_reads_every_focal_point_assignment(isu, focal_point, client_for):
    html = assert_shows(
        client_for(isu).get(reverse("country_pages:focal_points")),
        "focal.angola@example.org",
        "Angola",
    )
    assert "focal.zimbabwe@example.org" not in html


def test_only_the_isu_assigns_a_focal_point(role, make_user, client_for):
    user = make_user(role)
    person = User.objects.create_user("official@angola.example", "x-password-1")
    client_for(user).post(
        reverse("country_pages:focal_points"), {"user": person.pk, "state": "AGO"}
    )
    assigned = FocalPointAssignment.objects.filter(user=person).exists()
    assert assigned is (role == "isu")
    person.refresh_from_db()
    assert (person.role == Role.FOCAL_POINT) is (role == "isu")


def test_only_the_isu_saves_a_states_status(role, make_user, client_for):
    user = make_user(role)
    client_for(user).post(
        reverse("country_pages:status_edit", args=["AGO"]),
        {
            "article5_obligations_remaining": "on",
            "article5_deadline": "2030-12-31",
            "article4_stockpile_status": "destroyed",
            "survivors_responsibility": "on",
            "source_note": "22MSP decision",
        },
    )
    deadline = StateParty.objects.get(iso3="AGO").article5_deadline
    assert (deadline == date(2030, 12, 31)) is (role == "isu")


def test_deadline_without_obligation_is_refused(isu, client_for):
    response = client_for(isu).post(
        reverse("country_pages:status_edit", args=["AND"]),
        {
            "article5_deadline": "2030-12-31",
            "article4_stockpile_status": "none",
            "source_note": "x",
        },
    )
    assert "has no deadline" in response.content.decode()
    assert StateParty.objects.get(iso3="AND").article5_deadline is None


def test_isu_assigns_a_focal_point(isu, client_for):
    person = User.objects.create_user("official@angola.example", "x-password-1")
    response = client_for(isu).post(
        reverse("country_pages:focal_points"),
        {"user": person.pk, "state": "AGO"},
        follow=True,
    )
    assert "is now focal point of Angola" in response.content.decode()
    person.refresh_from_db()
    assert person.role == Role.FOCAL_POINT
    assert person.has_perm(
        "country_pages.edit_page", StateParty.objects.get(iso3="AGO")
    )


def test_assigning_twice_gets_a_message(isu, focal_point, client_for):
    response = client_for(isu).post(
        reverse("country_pages:focal_points"), {"user": focal_point.pk, "state": "AGO"}
    )
    assert "already focal point of Angola" in response.content.decode()
    assert FocalPointAssignment.objects.filter(user=focal_point).count() == 1


def test_only_the_isu_removes_an_assignment(role, make_user, client_for, focal_point):
    user = make_user(role) if role != "focal_point" else focal_point
    assignment = FocalPointAssignment.objects.get(user=focal_point)
    client_for(user).post(
        reverse("country_pages:focal_point_remove", args=[assignment.pk])
    )
    still_there = FocalPointAssignment.objects.filter(pk=assignment.pk).exists()
    assert still_there is (role != "isu")
