"""Writes to partnerships, interest and platforms: the domain's rules."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.db import IntegrityError

from partnerships import services
from partnerships.models import (
    Commitment,
    Interest,
    InterestStatus,
    Partner,
    Partnership,
    Platform,
)
from portal.models import AuditEntry
from portal.services import ServiceError
from tests.factories import NeedFactory

from .factories import (
    InterestFactory,
    PartnerFactory,
    PartnershipFactory,
    PartnershipPartnerFactory,
    PlatformFactory,
)

pytestmark = pytest.mark.django_db


def commit(partnership, partner, **kwargs):
    args = {"kind": "financial", "year_from": 2025, "amount": Decimal("100"),
            "currency": "USD"} | kwargs  # fmt: skip
    return services.commitment_add(
        partnership=partnership, actor=None, partner=partner, **args
    )


@pytest.fixture
def member():
    return PartnershipPartnerFactory()


def test_a_negative_amount_is_refused_and_nothing_saved(member):
    with pytest.raises(ServiceError, match="negative"):
        commit(member.partnership, member.partner, amount=Decimal("-1"))
    assert not Commitment.objects.exists()


def test_an_unknown_currency_is_refused(member):
    with pytest.raises(ServiceError, match="ISO 4217"):
        commit(member.partnership, member.partner, currency="XYZ")
    assert not Commitment.objects.exists()


def test_a_financial_commitment_needs_an_amount(member):
    with pytest.raises(ServiceError, match="amount"):
        commit(member.partnership, member.partner, amount=None)


def test_years_out_of_order_are_refused(member):
    with pytest.raises(ServiceError, match="last year"):
        commit(member.partnership, member.partner, year_from=2026, year_to=2025)


def test_expertise_needs_no_amount_and_keeps_no_currency(member):
    c = commit(member.partnership, member.partner, kind="expertise", amount=None)
    assert c.currency == "" and c.amount is None


def test_only_a_partner_of_the_partnership_commits(member):
    with pytest.raises(ServiceError, match="partners first"):
        commit(member.partnership, PartnerFactory())


def test_a_multi_year_commitment_is_one_row_over_a_range(member):
    c = commit(member.partnership, member.partner, year_from=2025, year_to=2027)
    assert c.years_label == "2025–2027"


def test_database_refuses_negative_amounts_and_reversed_dates(member):
    with pytest.raises(IntegrityError):
        Commitment.objects.create(
            partnership=member.partnership, partner=member.partner,
            kind="financial", year_from=2025, year_to=2025, amount=-5,
            currency="USD",
        )  # fmt: skip


def test_database_refuses_end_before_start(angola):
    with pytest.raises(IntegrityError):
        PartnershipFactory(
            start_date=datetime.date(2025, 1, 1), end_date=datetime.date(2024, 1, 1)
        )


def test_partnership_with_end_before_start_is_refused(angola, isu):
    with pytest.raises(ServiceError, match="end date"):
        services.partnership_create(
            actor=isu,
            state=angola,
            data={"title": "t", "description": "d",
                  "start_date": datetime.date(2025, 1, 1),
                  "end_date": datetime.date(2024, 1, 1)},
        )  # fmt: skip
    assert not Partnership.objects.exists()


def test_partnership_update_refuses_a_stale_version(isu):
    p = PartnershipFactory()
    services.partnership_update(
        partnership=p, actor=isu, data={"title": "First"}, expected_version=1
    )
    with pytest.raises(services.EditConflict) as info:
        services.partnership_update(
            partnership=p, actor=isu, data={"title": "Second"}, expected_version=1
        )
    assert info.value.current.title == "First"
    assert Partnership.objects.get(pk=p.pk).title == "First"


def test_partnership_changes_are_audited(isu):
    p = PartnershipFactory()
    services.partnership_update(
        partnership=p, actor=isu, data={"title": "New"}, expected_version=1
    )
    assert AuditEntry.objects.filter(action="partnership.update").exists()


def test_a_partner_cannot_join_twice(member):
    with pytest.raises(ServiceError, match="already"):
        services.partnership_partner_add(
            partnership=member.partnership, actor=None, partner=member.partner,
            responsibility="x",
        )  # fmt: skip


def test_a_partner_with_commitments_is_not_removed(member):
    commit(member.partnership, member.partner)
    with pytest.raises(ServiceError, match="commitments first"):
        services.partnership_item_remove(
            partnership=member.partnership, actor=None, item=member
        )


def test_only_state_partners_link_to_a_state(angola):
    with pytest.raises(ServiceError):
        services.partner_create(actor=None, name="UNDP", kind="un", state=angola)
    with pytest.raises(IntegrityError):
        Partner.objects.create(name="UNDP", kind="un", state=angola)


@pytest.mark.django_db(transaction=True)
def test_registering_interest_emails_the_states_focal_points(make_user):
    focal, other, donor = (
        make_user("focal_point"), make_user("other_focal_point"), make_user("donor")
    )  # fmt: skip
    need = NeedFactory()
    services.interest_register(
        donor=donor, need=need, message="We can help.",
        indicative_amount=Decimal("5000"), currency="EUR",
    )  # fmt: skip
    assert [m.to for m in mail.outbox] == [[focal.email]]
    assert other.email not in mail.outbox[0].to
    assert "5,000 EUR" in mail.outbox[0].body
    assert mail.outbox[0].reply_to == [donor.email]


def test_interest_twice_in_one_need_is_refused(donor):
    need = NeedFactory()
    services.interest_register(donor=donor, need=need, message="Yes.")
    with pytest.raises(ServiceError, match="already"):
        services.interest_register(donor=donor, need=need, message="Again.")
    assert Interest.objects.count() == 1


def test_interest_in_an_unpublished_need_is_refused(donor):
    with pytest.raises(ServiceError, match="not published"):
        services.interest_register(
            donor=donor, need=NeedFactory(is_published=False), message="x"
        )


def test_interest_with_bad_money_is_refused(donor):
    need = NeedFactory()
    with pytest.raises(ServiceError):
        services.interest_register(
            donor=donor, need=need, message="x", indicative_amount=Decimal("-1")
        )
    with pytest.raises(ServiceError):
        services.interest_register(donor=donor, need=need, message="x", currency="ZZZ")
    assert not Interest.objects.exists()


def test_partnered_interest_links_a_partnership_of_the_same_state(
    focal_point, zimbabwe
):
    interest = InterestFactory()
    with pytest.raises(ServiceError, match="Link the partnership"):
        services.interest_answer(
            interest=interest, actor=focal_point, status="partnered",
            expected_version=1,
        )  # fmt: skip
    zimbabwe_partnership = PartnershipFactory(state=zimbabwe)
    with pytest.raises(ServiceError, match="same State"):
        services.interest_answer(
            interest=interest, actor=focal_point, status="partnered",
            expected_version=1, partnership=zimbabwe_partnership,
        )  # fmt: skip
    partnership = PartnershipFactory()
    answered = services.interest_answer(
        interest=interest, actor=focal_point, status="partnered",
        expected_version=1, partnership=partnership,
    )  # fmt: skip
    assert answered.status == InterestStatus.PARTNERED
    assert answered.partnership == partnership
    with pytest.raises(services.EditConflict):
        services.interest_answer(
            interest=interest, actor=focal_point, status="discussed",
            expected_version=1,
        )  # fmt: skip


def test_platform_is_created_then_edited_with_versions(angola, focal_point):
    platform = services.platform_save(
        state=angola, actor=focal_point,
        data={"lead_authority": "ANAMA"}, expected_version=None,
    )  # fmt: skip
    assert platform.cadence_months == 3 and platform.version == 1
    services.platform_save(
        state=angola, actor=focal_point, data={"cadence_months": 2},
        expected_version=1,
    )  # fmt: skip
    with pytest.raises(services.EditConflict):
        services.platform_save(
            state=angola, actor=focal_point, data={"cadence_months": 6},
            expected_version=1,
        )  # fmt: skip
    assert Platform.objects.get(state=angola).cadence_months == 2


def test_platform_cadence_is_bounded(angola):
    with pytest.raises(IntegrityError):
        PlatformFactory(cadence_months=0)


def test_platform_member_names_are_unique(angola):
    platform = PlatformFactory()
    services.platform_member_add(platform=platform, actor=None, name="UNDP", group="un")
    with pytest.raises(ServiceError):
        services.platform_member_add(
            platform=platform, actor=None, name="UNDP", group="un"
        )
