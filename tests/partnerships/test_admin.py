"""The Django admin of partnerships: ISU staff only, every page opens."""

import pytest
from django.urls import reverse

from .factories import CommitmentFactory, InterestFactory, PlatformFactory

pytestmark = pytest.mark.django_db
MODELS = ["partner", "partnership", "interest", "platform"]


@pytest.fixture
def records(angola):
    from tests.factories import NeedFactory

    return {
        "partnership": CommitmentFactory().partnership,
        "platform": PlatformFactory(),
        "interest": InterestFactory(need=NeedFactory()),
    }


@pytest.mark.parametrize("model", MODELS)
def test_isu_opens_every_admin_page(model, isu, client_for, records):
    client = client_for(isu)
    assert (
        client.get(reverse(f"admin:partnerships_{model}_changelist")).status_code == 200
    )
    assert client.get(reverse(f"admin:partnerships_{model}_add")).status_code == 200
    obj = records.get(model) or records["partnership"].members.first().partner
    url = reverse(f"admin:partnerships_{model}_change", args=[obj.pk])
    assert client.get(url).status_code == 200


def test_only_the_isu_reaches_the_admin(role, make_user, client_for, records):
    response = client_for(make_user(role)).get(
        reverse("admin:partnerships_partnership_changelist")
    )
    assert (response.status_code == 200) == (role == "isu")
