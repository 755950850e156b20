"""Bad input gets a clear message on the form and saves nothing."""

import pytest
from django.urls import reverse

from partnerships.models import Commitment, Interest, Partner, Partnership, Platform
from tests.factories import NeedFactory

from .factories import (
    InterestFactory,
    PartnershipFactory,
    PartnershipPartnerFactory,
    PlatformFactory,
)

pytestmark = pytest.mark.django_db


def body(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def member(angola):
    return PartnershipPartnerFactory()


def post_commitment(client, member, **data):
    fields = {
        "partner": member.partner.pk,
        "kind": "financial",
        "year_from": 2025,
        "amount": "1000",
        "currency": "USD",
    }
    fields |= data
    return client.post(
        reverse("partnerships:item_add", args=[member.partnership.pk, "commitments"]),
        {f"commitment-{k}": v for k, v in fields.items()},
    )


@pytest.mark.parametrize(
    "data,message",
    [
        ({"amount": "-5"}, "greater than or equal to 0"),
        ({"currency": "XYZ"}, "“XYZ” is not an ISO 4217 currency code."),
        ({"amount": ""}, "A financial commitment needs an amount."),
        ({"year_to": "2024"}, "The last year cannot be before the first year."),
        ({"year_from": "1800"}, "greater than or equal to 1997"),
    ],
)
def test_bad_commitments_are_refused_with_a_message(
    data, message, member, focal_point, client_for
):
    response = post_commitment(client_for(focal_point), member, **data)
    assert message in body(response)
    assert not Commitment.objects.exists()


def test_a_good_commitment_is_saved(member, focal_point, client_for):
    response = post_commitment(
        client_for(focal_point), member, currency="jpy", year_to="2027"
    )
    assert response.status_code == 302
    c = Commitment.objects.get()
    assert (c.currency, c.years_label) == ("JPY", "2025–2027")


def test_partnership_with_end_before_start_is_refused(focal_point, client_for):
    response = client_for(focal_point).post(
        reverse("partnerships:create"),
        {
            "state": focal_point.focal_point_assignments.get().state_id,
            "title": "T",
            "description": "D",
            "start_date": "2025-06-01",
            "end_date": "2025-01-01",
            "status": "planned",
        },
    )
    page = body(response)
    assert "The end date cannot be before the start date." in page
    assert 'value="T"' in page  # what was typed is kept
    assert not Partnership.objects.exists()


def test_focal_point_cannot_create_a_partnership_for_another_state(
    focal_point, zimbabwe, client_for
):
    response = client_for(focal_point).post(
        reverse("partnerships:create"),
        {
            "state": zimbabwe.pk,
            "title": "T",
            "description": "D",
            "start_date": "2025-06-01",
            "status": "planned",
        },
    )
    assert "Select a valid choice" in body(response)
    assert not Partnership.objects.exists()


def test_concurrent_edit_shows_the_other_version_and_keeps_input(
    angola, focal_point, isu, client_for
):
    p = PartnershipFactory(title="Original")
    form = {"description": "D", "start_date": "2024-01-01", "status": "active"}
    url = reverse("partnerships:edit", args=[p.pk])
    client_for(isu).post(url, form | {"title": "ISU's", "version": 1})
    assert Partnership.objects.get(pk=p.pk).title == "ISU's"
    page = body(
        client_for(focal_point).post(url, form | {"title": "Mine", "version": 1})
    )
    assert "saved this at" in page and "while you were editing it" in page
    # Theirs beside it, mine still in the form, the saved version carried on.
    assert "The version saved now" in page and "ISU&#x27;s" in page
    assert 'value="Mine"' in page
    assert '<input type="hidden" name="version" value="2"' in page
    assert Partnership.objects.get(pk=p.pk).title == "ISU's"
    # Saving again, knowingly, replaces the other version.
    again = client_for(focal_point).post(url, form | {"title": "Mine", "version": 2})
    assert again["Location"] == p.get_absolute_url()
    assert Partnership.objects.get(pk=p.pk).title == "Mine"


@pytest.mark.parametrize(
    "data,message",
    [
        ({"indicative_amount": "-1"}, "greater than or equal to 0"),
        ({"currency": "ABC"}, "“ABC” is not an ISO 4217 currency code."),
        ({"message": ""}, "This field is required."),
    ],
)
def test_bad_interest_is_refused_with_a_message(data, message, donor, client_for):
    need = NeedFactory()
    fields = {"message": "Yes", "indicative_amount": "10", "currency": "USD"} | data
    response = client_for(donor).post(
        reverse("partnerships:interest_create", args=[need.pk]), fields
    )
    assert message in body(response)
    assert not Interest.objects.exists()


def test_interest_in_an_unpublished_need_is_not_found(donor, client_for):
    need = NeedFactory(is_published=False, title="Draft: survey of the south")
    url = reverse("partnerships:interest_create", args=[need.pk])
    client = client_for(donor)
    page = client.get(url)
    assert page.status_code == 404
    assert "Draft: survey of the south" not in page.content.decode()
    client.post(url, {"message": "Yes", "currency": "USD"})
    assert not Interest.objects.exists()


def test_platform_cadence_out_of_range_is_refused(angola, focal_point, client_for):
    response = client_for(focal_point).post(
        reverse("partnerships:platform_edit", args=["AGO"]),
        {"lead_authority": "ANAMA", "focus": "Article 5", "cadence_months": "0"},
    )
    assert "Choose a number of months from 1 to 24." in body(response)
    assert not Platform.objects.exists()


def test_platform_is_set_up_by_its_focal_point(angola, focal_point, client_for):
    response = client_for(focal_point).post(
        reverse("partnerships:platform_edit", args=["AGO"]),
        {"lead_authority": "ANAMA", "focus": "Article 5", "cadence_months": "3"},
    )
    assert response.status_code == 302
    assert Platform.objects.get(state=angola).lead_authority == "ANAMA"


def test_platform_concurrent_edit_is_not_overwritten(
    angola, focal_point, isu, client_for
):
    PlatformFactory()
    url = reverse("partnerships:platform_edit", args=["AGO"])
    form = {"focus": "Article 5", "cadence_months": "3", "version": 1}
    client_for(isu).post(url, form | {"lead_authority": "ISU's"})
    page = body(client_for(focal_point).post(url, form | {"lead_authority": "Mine"}))
    assert "saved this at" in page and "The version saved now" in page
    assert "ISU&#x27;s" in page and 'value="Mine"' in page
    assert Platform.objects.get().lead_authority == "ISU's"


def test_an_answer_to_interest_meanwhile_is_shown_not_overwritten(
    angola, focal_point, isu, client_for
):
    interest = InterestFactory(need=NeedFactory())
    url = reverse("partnerships:interest", args=[interest.pk])
    client_for(isu).post(url, {"status": "discussed", "version": 1})
    page = body(
        client_for(focal_point).post(url, {"status": "registered", "version": 1})
    )
    assert "Someone else saved this while you were editing it" in page
    assert '<dd><pre class="conflict-text">Discussed</pre></dd>' in page
    assert Interest.objects.get().status == "discussed"


def test_partner_create_does_not_redirect_off_site(focal_point, client_for):
    response = client_for(focal_point).post(
        reverse("partnerships:partner_create") + "?next=https://evil.example/",
        {"name": "UNDP", "kind": "un"},
    )
    assert response["Location"] == reverse("partnerships:partners")
    assert Partner.objects.filter(name="UNDP").exists()


def test_partner_create_leads_back_to_the_form_that_needed_it(focal_point, client_for):
    back = reverse("partnerships:platform_edit", args=["AGO"])
    response = client_for(focal_point).post(
        reverse("partnerships:partner_create") + f"?next={back}",
        {"name": "UNDP", "kind": "un"},
    )
    assert response["Location"] == back
    assert Partner.objects.filter(name="UNDP").exists()


def test_partner_linked_to_a_state_must_be_a_state(angola, isu, client_for):
    response = client_for(isu).post(
        reverse("partnerships:partner_create"),
        {"name": "UNDP", "kind": "un", "state": angola.pk},
    )
    assert "Only a State partner can be linked to a State." in body(response)


def test_a_refused_edit_keeps_the_saved_title_in_the_heading(
    angola, focal_point, client_for
):
    """The edit form validates a copy: the page still names the partnership as
    saved while the form keeps what was typed."""
    p = PartnershipFactory(title="Original")
    response = client_for(focal_point).post(
        reverse("partnerships:edit", args=[p.pk]),
        {
            "title": "Typed",
            "description": "D",
            "start_date": "2025-06-01",
            "end_date": "2025-01-01",
            "status": "active",
            "version": 1,
        },
    )
    page = body(response)
    assert "<h1>Edit “Original”</h1>" in page and 'value="Typed"' in page
    assert "The end date cannot be before the start date." in page
    assert Partnership.objects.get(pk=p.pk).title == "Original"
