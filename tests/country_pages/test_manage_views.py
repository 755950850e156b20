"""ISU pages of country_pages: focal point assignments and implementation status."""

from datetime import date

from django.urls import reverse

from country_pages.models import FocalPointAssignment, StateParty
from portal.models import Role, User


def expected_status(role, user, allowed):
    if role in allowed:
        return 200
    return 302 if user is None else 403


def test_focal_points_page_by_role(role, make_user, client_for):
    user = make_user(role)
    response = client_for(user).get(reverse("country_pages:focal_points"))
    assert response.status_code == expected_status(role, user, {"isu"})


def test_status_edit_by_role(role, make_user, client_for):
    user = make_user(role)
    response = client_for(user).get(reverse("country_pages:status_edit", args=["AGO"]))
    assert response.status_code == expected_status(role, user, {"isu"})


def test_status_save_by_role_changes_only_for_isu(role, make_user, client_for):
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


def test_removing_an_assignment_by_role(role, make_user, client_for, focal_point):
    user = make_user(role) if role != "focal_point" else focal_point
    assignment = FocalPointAssignment.objects.get(user=focal_point)
    client_for(user).post(
        reverse("country_pages:focal_point_remove", args=[assignment.pk])
    )
    still_there = FocalPointAssignment.objects.filter(pk=assignment.pk).exists()
    assert still_there is (role != "isu")


def test_country_pages_rules(role, make_user, angola, zimbabwe):
    from django.contrib.auth.models import AnonymousUser

    user = make_user(role) or AnonymousUser()
    assert user.has_perm("country_pages.edit_page", angola) is (
        role in {"isu", "focal_point"}
    )
    assert user.has_perm("country_pages.edit_page", zimbabwe) is (
        role in {"isu", "other_focal_point"}
    )
    assert user.has_perm("country_pages.view_history", angola) is (
        role in {"isu", "focal_point", "committee", "chair"}
    )
    assert user.has_perm("country_pages.maintain_status", angola) is (role == "isu")
