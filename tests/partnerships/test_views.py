"""Every partnerships view, tried by every role."""

import pytest
from django.urls import reverse

from partnerships.models import Interest, Partnership, Platform
from tests.factories import NeedFactory

from .factories import (
    CommitmentFactory,
    InterestFactory,
    PlatformFactory,
)

ALL = {
    "anonymous", "member", "pending_donor", "donor", "focal_point",
    "other_focal_point", "committee", "chair", "isu",
}  # fmt: skip
FOCAL_POINTS_AND_ISU = {"focal_point", "other_focal_point", "isu"}
ANGOLA_EDITORS = {"focal_point", "isu"}


def expect(response, role, allowed):
    if role in allowed:
        assert response.status_code == 200, response.content[:500]
    elif role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == 403


@pytest.fixture
def data(db):
    partnership = CommitmentFactory().partnership
    PlatformFactory()
    need = NeedFactory()
    return {"partnership": partnership, "need": need}


GET_MATRIX = [
    ("partnerships:needs", lambda d: [], ALL),
    ("partnerships:index", lambda d: [], ALL),
    ("partnerships:partners", lambda d: [], ALL),
    ("partnerships:charts", lambda d: [], ALL),
    ("partnerships:detail", lambda d: [d["partnership"].pk], ALL),
    ("partnerships:platform", lambda d: ["AGO"], ALL),
    ("partnerships:platform", lambda d: ["ZWE"], ALL),
    ("partnerships:dashboard", lambda d: [], {"committee", "chair", "isu"}),
    ("partnerships:create", lambda d: [], FOCAL_POINTS_AND_ISU),
    ("partnerships:partner_create", lambda d: [], FOCAL_POINTS_AND_ISU),
    ("partnerships:edit", lambda d: [d["partnership"].pk], ANGOLA_EDITORS),
    ("partnerships:platform_edit", lambda d: ["AGO"], ANGOLA_EDITORS),
    ("partnerships:interest_create", lambda d: [d["need"].pk], {"donor"}),
]  # fmt: skip


@pytest.mark.parametrize(
    "name,args,allowed",
    GET_MATRIX,
    ids=[f"{m[0]}-{i}" for i, m in enumerate(GET_MATRIX)],
)
def test_view_access_by_role(name, args, allowed, role, make_user, client_for, data):
    response = client_for(make_user(role)).get(reverse(name, args=args(data)))
    expect(response, role, allowed)


@pytest.mark.parametrize("kind", ["partners", "objectives", "commitments", "dialogue"])
def test_item_add_pages_by_role(kind, role, make_user, client_for, data):
    url = reverse("partnerships:item_add", args=[data["partnership"].pk, kind])
    expect(client_for(make_user(role)).get(url), role, ANGOLA_EDITORS)


def test_interest_page_by_role(role, make_user, client_for, data):
    """The donor who registered it and the State's focal points (and ISU) see it."""
    user = make_user(role)
    interest = InterestFactory(need=data["need"])
    if role == "donor":
        interest.donor = user
        interest.save()
    response = client_for(user).get(
        reverse("partnerships:interest", args=[interest.pk])
    )
    expect(response, role, {"donor", "focal_point", "isu"})


def test_interest_answer_by_role(role, make_user, client_for, data):
    user = make_user(role)
    interest = InterestFactory(need=data["need"])
    response = client_for(user).post(
        reverse("partnerships:interest", args=[interest.pk]),
        {"status": "discussed", "version": interest.version},
    )
    interest.refresh_from_db()
    if role in ANGOLA_EDITORS:
        assert response.status_code == 302
        assert interest.status == "discussed"
    else:
        assert response.status_code in (302, 403)
        assert interest.status == "registered"


def test_partnership_edit_post_by_role(role, make_user, client_for, data):
    p = data["partnership"]
    response = client_for(make_user(role)).post(
        reverse("partnerships:edit", args=[p.pk]),
        {"title": "Renamed", "description": "d", "start_date": "2024-01-01",
         "status": "active", "version": p.version},
    )  # fmt: skip
    renamed = Partnership.objects.get(pk=p.pk).title == "Renamed"
    assert renamed == (role in ANGOLA_EDITORS)
    assert response.status_code in (302, 403)


def test_item_remove_by_role(role, make_user, client_for, data):
    p = data["partnership"]
    objective = p.objectives.create(text="Clear 10 km²", target_date="2026-12-31")
    client_for(make_user(role)).post(
        reverse("partnerships:item_remove", args=[p.pk, "objectives", objective.pk])
    )
    assert p.objectives.exists() == (role not in ANGOLA_EDITORS)


def test_platform_member_add_by_role(role, make_user, client_for, data):
    client_for(make_user(role)).post(
        reverse("partnerships:platform_member_add", args=["AGO"]),
        {"name": "UNDP", "group": "un"},
    )
    added = Platform.objects.get(state__iso3="AGO").members.filter(name="UNDP")
    assert added.exists() == (role in ANGOLA_EDITORS)


def test_register_interest_post_by_role(role, make_user, client_for, data):
    client_for(make_user(role)).post(
        reverse("partnerships:interest_create", args=[data["need"].pk]),
        {"message": "We can help.", "indicative_amount": "1000", "currency": "EUR"},
    )
    assert Interest.objects.filter(need=data["need"]).exists() == (role == "donor")
