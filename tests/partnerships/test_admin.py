"""The Django admin of partnerships: ISU staff only, every page opens and shows
the records."""

import pytest
from django.urls import reverse

from tests.factories import NeedFactory
from tests.roles import assert_shows

from .factories import CommitmentFactory, InterestFactory, PlatformFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(angola):
    commitment = CommitmentFactory(
        partnership__title="Clearance of Cuando Cubango", partner__name="Japan"
    )
    return {
        "partner": (commitment.partner, "Japan"),
        "partnership": (commitment.partnership, "Clearance of Cuando Cubango"),
        "platform": (PlatformFactory(), "Angola"),
        "interest": (
            InterestFactory(need=NeedFactory(title="Survey of the east")),
            "Survey of the east",
        ),
    }


@pytest.mark.parametrize("model", ["partner", "partnership", "interest", "platform"])
def test_isu_opens_every_admin_page_and_reads_the_record(
    model, isu, client_for, records
):
    client = client_for(isu)
    record, text = records[model]
    changelist = reverse(f"admin:partnerships_{model}_changelist")
    assert_shows(client.get(changelist), text)
    assert_shows(client.get(reverse(f"admin:partnerships_{model}_add")), "Save")
    change = reverse(f"admin:partnerships_{model}_change", args=[record.pk])
    assert_shows(client.get(change), text)


def test_only_the_isu_reaches_the_admin(role, make_user, client_for, records):
    url = reverse("admin:partnerships_partnership_changelist")
    response = client_for(make_user(role)).get(url)
    if role == "isu":
        assert_shows(response, "Clearance of Cuando Cubango")
    else:
        assert response["Location"] == f"{reverse('admin:login')}?next={url}"
        assert "Clearance of Cuando Cubango" not in response.content.decode()
