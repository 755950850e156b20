"""Writes to partnerships, interest and platforms: the domain's rules, what
each change leaves in the database, and the side effects after the commit."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import IntegrityError, transaction

from country_pages.services import country_page_cache_key
from partnerships import services
from partnerships.models import (
    Commitment,
    Interest,
    InterestStatus,
    Objective,
    Partner,
    Partnership,
    Platform,
)
from portal.models import AuditEntry
from portal.services import EditConflict, ServiceError
from tests.factories import NeedFactory

from .factories import (
    InterestFactory,
    PartnerFactory,
    PartnershipFactory,
    PartnershipPartnerFactory,
    PlatformFactory,
)

pytestmark = pytest.mark.django_db
AGO_PAGE = country_page_cache_key("AGO")


def commit(partnership, partner, **kwargs):
    args = {
        "kind": "financial",
        "year_from": 2025,
        "amount": Decimal("100"),
        "currency": "USD",
    }
    return services.commitment_add(
        partnership=partnership, actor=None, partner=partner, **(args | kwargs)
    )


def partnership_fields(partnership, **changes):
    """Every field of a partnership's edit form, as saved, with `changes`."""
    fields = {
        name: getattr(partnership, name)
        for name in (
            "title",
            "description",
            "start_date",
            "end_date",
            "status",
            "is_south_south",
            "is_regional",
            "success_story",
            "good_practice",
        )
    }
    return fields | changes


def platform_fields(**changes):
    fields = {
        "lead_authority": "ANAMA",
        "champion_donor": None,
        "secretariat": None,
        "focus": "Article 5 implementation",
        "cadence_months": 3,
        "political": "",
        "technical": "",
        "participatory": "",
        "resource_mobilisation": "",
        "activities": "",
        "established": None,
    }
    return fields | changes


@pytest.fixture
def member():
    return PartnershipPartnerFactory()


# Commitments ---


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
    assert not Commitment.objects.exists()


def test_years_out_of_order_are_refused(member):
    with pytest.raises(ServiceError, match="last year"):
        commit(member.partnership, member.partner, year_from=2026, year_to=2025)
    assert not Commitment.objects.exists()


def test_expertise_needs_no_amount_and_keeps_no_currency(member):
    c = commit(member.partnership, member.partner, kind="expertise", amount=None)
    assert c.currency == "" and c.amount is None


def test_only_a_partner_of_the_partnership_commits(member):
    with pytest.raises(ServiceError, match="partners first"):
        commit(member.partnership, PartnerFactory())
    assert not Commitment.objects.exists()


def test_a_multi_year_commitment_is_one_row_over_a_range(member):
    c = commit(member.partnership, member.partner, year_from=2025, year_to=2027)
    assert c.years_label == "2025–2027"
    assert Commitment.objects.count() == 1


def test_the_database_refuses_a_negative_amount(member):
    with pytest.raises(IntegrityError):
        Commitment.objects.create(
            partnership=member.partnership,
            partner=member.partner,
            kind="financial",
            year_from=2025,
            year_to=2025,
            amount=-5,
            currency="USD",
        )


# Partnerships ---


def test_the_database_refuses_a_partnership_ending_before_it_starts(angola):
    with pytest.raises(IntegrityError):
        PartnershipFactory(
            start_date=datetime.date(2025, 1, 1), end_date=datetime.date(2024, 1, 1)
        )


def test_partnership_with_end_before_start_is_refused(angola, isu):
    with pytest.raises(ServiceError, match="end date"):
        services.partnership_create(
            actor=isu,
            state=angola,
            title="t",
            description="d",
            start_date=datetime.date(2025, 1, 1),
            end_date=datetime.date(2024, 1, 1),
        )
    assert not Partnership.objects.exists()


def test_a_new_partnership_is_saved_with_who_made_it_and_audited(angola, isu):
    p = services.partnership_create(
        actor=isu,
        state=angola,
        title="Clearance by 2027",
        description="d",
        start_date=datetime.date(2025, 1, 1),
        is_south_south=True,
    )
    saved = Partnership.objects.get()
    assert (saved.title, saved.status, saved.is_south_south) == (
        "Clearance by 2027",
        "planned",
        True,
    )
    assert saved.updated_by == isu and p.version == 1
    assert AuditEntry.objects.filter(action="partnership.create").count() == 1


def test_partnership_update_refuses_a_stale_version(isu):
    p = PartnershipFactory()
    services.partnership_update(
        partnership=p,
        actor=isu,
        expected_version=1,
        **partnership_fields(p, title="First"),
    )
    with pytest.raises(EditConflict) as info:
        services.partnership_update(
            partnership=p,
            actor=isu,
            expected_version=1,
            **partnership_fields(p, title="Second"),
        )
    assert info.value.current.title == "First"
    assert info.value.current.updated_by == isu
    saved = Partnership.objects.get(pk=p.pk)
    assert (saved.title, saved.version) == ("First", 2)


def test_partnership_changes_are_audited(isu):
    p = PartnershipFactory()
    services.partnership_update(
        partnership=p, actor=isu, expected_version=1, **partnership_fields(p)
    )
    entry = AuditEntry.objects.get(action="partnership.update")
    assert entry.actor == isu and p.title in entry.summary


def test_a_partner_cannot_join_twice(member):
    with pytest.raises(ServiceError, match="already"):
        services.partnership_partner_add(
            partnership=member.partnership,
            actor=None,
            partner=member.partner,
            responsibility="x",
        )
    assert member.partnership.members.count() == 1


def test_a_partner_with_commitments_is_not_removed(member):
    commit(member.partnership, member.partner)
    with pytest.raises(ServiceError, match="commitments first"):
        services.partnership_item_remove(
            partnership=member.partnership, actor=None, item=member
        )
    assert member.partnership.members.count() == 1


def test_an_entry_of_another_partnership_is_not_removed(member, angola):
    other = PartnershipFactory()
    with pytest.raises(ServiceError, match="does not belong"):
        services.partnership_item_remove(partnership=other, actor=None, item=member)
    assert member.partnership.members.count() == 1


def test_only_state_partners_link_to_a_state(angola):
    with pytest.raises(ServiceError):
        services.partner_create(actor=None, name="UNDP", kind="un", state=angola)
    with pytest.raises(IntegrityError):
        Partner.objects.create(name="UNDP", kind="un", state=angola)


def test_a_partner_name_is_taken_whatever_its_case(db):
    services.partner_create(actor=None, name="UNDP", kind="un")
    with pytest.raises(ServiceError, match="already exists"):
        services.partner_create(actor=None, name=" undp ", kind="un")
    assert Partner.objects.count() == 1


# Interest in needs: the Platform for Partnerships ---


def test_registering_interest_emails_the_states_focal_points(
    make_user, django_capture_on_commit_callbacks
):
    focal, other = make_user("focal_point"), make_user("other_focal_point")
    donor = make_user("donor")
    donor.full_name, donor.organisation = "Aiko Sato", "Japan"
    need = NeedFactory(title="Clear the north")
    with django_capture_on_commit_callbacks(execute=True):
        services.interest_register(
            donor=donor,
            need=need,
            message="We can help.",
            indicative_amount=Decimal("5000"),
            currency="EUR",
        )
    (message,) = mail.outbox
    assert message.to == [focal.email] and other.email not in message.to
    assert message.reply_to == [donor.email]
    assert message.subject.endswith("Interest registered in “Clear the north”")
    interest = Interest.objects.get()
    # Sent by a worker with no address configured: the development address.
    assert message.body == (
        "Aiko Sato (Japan) registered interest in Angola's need “Clear the north”."
        "\n\nWe can help.\nIndicative amount: 5,000 EUR\n\n"
        "Answer it on the portal: "
        f"http://127.0.0.1:8000/partnerships/interest/{interest.pk}/\n"
    )


def test_interest_without_an_amount_says_none_and_names_a_plain_donor(
    make_user, django_capture_on_commit_callbacks, settings
):
    settings.PORTAL_BASE_URL = "https://portal.example"
    make_user("focal_point")
    donor = make_user("donor")
    donor.full_name, donor.organisation = "", ""
    with django_capture_on_commit_callbacks(execute=True):
        services.interest_register(
            donor=donor, need=NeedFactory(title="Survey"), message="Tell us more."
        )
    assert mail.outbox[0].body == (
        f"{donor.email} (donor) registered interest in Angola's need “Survey”."
        "\n\nTell us more.\n\n"
        "Answer it on the portal: "
        f"https://portal.example/partnerships/interest/{Interest.objects.get().pk}/\n"
    )


def test_interest_is_registered_once_nothing_is_sent_if_it_rolls_back(
    make_user, django_capture_on_commit_callbacks
):
    make_user("focal_point")
    donor = make_user("donor")
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            services.interest_register(donor=donor, need=NeedFactory(), message="x")
            raise RuntimeError("rolled back")
    assert mail.outbox == [] and not Interest.objects.exists()


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
    assert not Interest.objects.exists()


def test_interest_with_bad_money_or_no_message_is_refused(donor):
    need = NeedFactory()
    with pytest.raises(ServiceError, match="negative"):
        services.interest_register(
            donor=donor, need=need, message="x", indicative_amount=Decimal("-1")
        )
    with pytest.raises(ServiceError, match="ISO 4217"):
        services.interest_register(donor=donor, need=need, message="x", currency="ZZZ")
    with pytest.raises(ServiceError, match="what you have in mind"):
        services.interest_register(donor=donor, need=need, message="  ")
    assert not Interest.objects.exists()


def answer(interest, actor, status, version=1, partnership=None):
    return services.interest_answer(
        interest=interest,
        actor=actor,
        status=status,
        expected_version=version,
        partnership=partnership,
    )


def test_partnered_interest_links_a_partnership_of_the_same_state(
    focal_point, zimbabwe
):
    interest = InterestFactory()
    with pytest.raises(ServiceError, match="Link the partnership"):
        answer(interest, focal_point, "partnered")
    with pytest.raises(ServiceError, match="same State"):
        answer(
            interest,
            focal_point,
            "partnered",
            partnership=PartnershipFactory(state=zimbabwe),
        )
    assert Interest.objects.get().status == InterestStatus.REGISTERED
    partnership = PartnershipFactory()
    answered = answer(interest, focal_point, "partnered", partnership=partnership)
    saved = Interest.objects.get()
    assert (saved.status, saved.partnership, saved.version) == (
        InterestStatus.PARTNERED,
        partnership,
        2,
    )
    assert answered == saved


def test_an_answer_on_a_stale_version_is_a_conflict_and_keeps_the_first(focal_point):
    interest = InterestFactory()
    answer(interest, focal_point, "discussed")
    with pytest.raises(EditConflict) as info:
        answer(interest, focal_point, "registered")
    assert info.value.current.status == InterestStatus.DISCUSSED
    assert Interest.objects.get().status == InterestStatus.DISCUSSED


def test_an_unknown_answer_is_refused(focal_point):
    interest = InterestFactory()
    with pytest.raises(ServiceError, match="Choose registered"):
        answer(interest, focal_point, "accepted")
    assert Interest.objects.get().version == 1


def test_the_donor_is_told_of_the_answer(
    focal_point, django_capture_on_commit_callbacks
):
    interest = InterestFactory(need=NeedFactory(title="Clear the north"))
    with django_capture_on_commit_callbacks(execute=True):
        answer(interest, focal_point, "discussed")
    (message,) = mail.outbox
    assert message.to == [interest.donor.email]
    assert message.reply_to == [focal_point.email]
    assert message.subject.endswith("Your interest in “Clear the north”")
    assert message.body == (
        "Angola marked your interest in “Clear the north” as discussed.\n\n"
        "Your interest and the answer on the portal: "
        f"http://127.0.0.1:8000/partnerships/interest/{interest.pk}/\n"
    )
    assert AuditEntry.objects.filter(action="interest.answer").count() == 1


# National Mine Action Platforms ---


def test_platform_is_created_then_edited_with_versions(angola, focal_point):
    platform = services.platform_create(
        state=angola, actor=focal_point, lead_authority="ANAMA"
    )
    assert platform.cadence_months == 3 and platform.version == 1
    services.platform_update(
        platform=platform,
        actor=focal_point,
        expected_version=1,
        **platform_fields(cadence_months=2),
    )
    with pytest.raises(EditConflict):
        services.platform_update(
            platform=platform,
            actor=focal_point,
            expected_version=1,
            **platform_fields(cadence_months=6),
        )
    saved = Platform.objects.get(state=angola)
    assert (saved.cadence_months, saved.version, saved.updated_by) == (
        2,
        2,
        focal_point,
    )


def test_a_platform_set_up_twice_keeps_the_first_and_shows_it(angola, isu):
    first = PlatformFactory(lead_authority="ANAMA", updated_by=isu)
    with pytest.raises(EditConflict) as info:
        services.platform_create(state=angola, actor=None, lead_authority="Other")
    assert info.value.current == first
    assert Platform.objects.get().lead_authority == "ANAMA"


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
    assert list(platform.members.values_list("name", flat=True)) == ["UNDP"]


# The country page's cache: dropped once a change is committed, never before ---


def _create(isu, angola, p, o, m):
    services.partnership_create(
        actor=isu,
        state=angola,
        title="t",
        description="d",
        start_date=datetime.date(2025, 1, 1),
    )


def _update(isu, angola, p, o, m):
    services.partnership_update(
        partnership=p, actor=isu, expected_version=1, **partnership_fields(p)
    )


def _partner_add(isu, angola, p, o, m):
    services.partnership_partner_add(
        partnership=p, actor=isu, partner=PartnerFactory(), responsibility="r"
    )


def _objective_add(isu, angola, p, o, m):
    services.objective_add(
        partnership=p, actor=isu, text="Clear", target_date=datetime.date(2026, 1, 1)
    )


def _objective_met(isu, angola, p, o, m):
    services.objective_set_met(objective=o, actor=isu, met=True)


def _commitment_add(isu, angola, p, o, m):
    commit(p, m.partner)


def _item_remove(isu, angola, p, o, m):
    services.partnership_item_remove(partnership=p, actor=isu, item=o)


def _platform_create(isu, angola, p, o, m):
    services.platform_create(state=angola, actor=isu, lead_authority="ANAMA")


CHANGES = [
    _create,
    _update,
    _partner_add,
    _objective_add,
    _objective_met,
    _commitment_add,
    _item_remove,
    _platform_create,
]


@pytest.fixture
def records(angola):
    p = PartnershipFactory()
    objective = Objective.objects.create(
        partnership=p, text="Clear 10 km²", target_date=datetime.date(2026, 1, 1)
    )
    return p, objective, PartnershipPartnerFactory(partnership=p)


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__.strip("_"))
def test_a_committed_change_drops_the_cached_country_page(
    change, isu, angola, records, django_capture_on_commit_callbacks
):
    cache.set(AGO_PAGE, "the page as it was")
    with django_capture_on_commit_callbacks(execute=True):
        change(isu, angola, *records)
        # Not before the commit: a reader meanwhile would cache the old data.
        assert cache.get(AGO_PAGE) == "the page as it was"
    assert cache.get(AGO_PAGE) is None


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__.strip("_"))
def test_a_rolled_back_change_drops_nothing(
    change, isu, angola, records, django_capture_on_commit_callbacks
):
    cache.set(AGO_PAGE, "the page as it was")
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            change(isu, angola, *records)
            raise RuntimeError("rolled back")
    assert cache.get(AGO_PAGE) == "the page as it was"


def test_a_platform_edit_drops_the_page_once_committed(
    isu, angola, django_capture_on_commit_callbacks
):
    platform = PlatformFactory()
    cache.set(AGO_PAGE, "the page as it was")
    with django_capture_on_commit_callbacks(execute=True):
        services.platform_update(
            platform=platform, actor=isu, expected_version=1, **platform_fields()
        )
        assert cache.get(AGO_PAGE) == "the page as it was"
    assert cache.get(AGO_PAGE) is None


def test_a_dialogue_entry_leaves_the_page_cached(
    isu, angola, django_capture_on_commit_callbacks
):
    """The country page does not show the dialogue."""
    p = PartnershipFactory()
    cache.set(AGO_PAGE, "the page as it was")
    with django_capture_on_commit_callbacks(execute=True):
        services.dialogue_entry_add(
            partnership=p, actor=isu, date=datetime.date(2025, 3, 1), progress="Ok"
        )
    assert cache.get(AGO_PAGE) == "the page as it was"
    assert p.dialogue.get().author == isu


def test_the_focal_point_s_message_reaches_the_donor(
    focal_point, django_capture_on_commit_callbacks, settings
):
    """The answer in words, not only a status: e-mailed and kept on the record."""
    settings.PORTAL_BASE_URL = "https://portal.example"
    interest = InterestFactory(need=NeedFactory(title="Clear the north"))
    with django_capture_on_commit_callbacks(execute=True):
        services.interest_answer(
            interest=interest,
            actor=focal_point,
            status="discussed",
            expected_version=1,
            answer="  Let us meet in Geneva in May; write to the NMAC.  ",
        )
    (message,) = mail.outbox
    assert (
        "Their message:\n\nLet us meet in Geneva in May; write to the NMAC.\n"
        in message.body
    )
    assert (
        f"https://portal.example/partnerships/interest/{interest.pk}/" in message.body
    )
    interest.refresh_from_db()
    assert interest.answer == "Let us meet in Geneva in May; write to the NMAC."
    assert interest.answered_at is not None
