"""factory_boy factories for partnerships."""

import datetime

import factory

from country_pages.models import StateParty
from partnerships.models import (
    Commitment,
    CommitmentKind,
    Interest,
    Partner,
    PartnerKind,
    Partnership,
    PartnershipPartner,
    PartnershipStatus,
    Platform,
)
from tests.factories import DonorFactory, NeedFactory


def angola():
    return StateParty.objects.get(iso3="AGO")


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"Partner {n}")
    kind = PartnerKind.STATE


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership

    state = factory.LazyFunction(angola)
    title = factory.Sequence(lambda n: f"Clearance partnership {n}")
    description = "Clearance of the remaining minefields by 2027."
    start_date = datetime.date(2024, 1, 1)
    end_date = datetime.date(2027, 12, 31)
    status = PartnershipStatus.ACTIVE


class PartnershipPartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnershipPartner

    partnership = factory.SubFactory(PartnershipFactory)
    partner = factory.SubFactory(PartnerFactory)
    responsibility = "Funds two clearance teams."


class CommitmentFactory(factory.django.DjangoModelFactory):
    """A financial commitment; its partner is made a member of the partnership."""

    class Meta:
        model = Commitment
        skip_postgeneration_save = True

    partnership = factory.SubFactory(PartnershipFactory)
    partner = factory.SubFactory(PartnerFactory)
    kind = CommitmentKind.FINANCIAL
    year_from = 2024
    year_to = 2024
    amount = 1_000_000
    currency = "USD"

    @factory.post_generation
    def membership(self, create, extracted, **kwargs):
        if create:
            PartnershipPartner.objects.get_or_create(
                partnership=self.partnership,
                partner=self.partner,
                defaults={"responsibility": "Funding."},
            )


class InterestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interest

    donor = factory.SubFactory(DonorFactory)
    need = factory.SubFactory(NeedFactory)
    message = "We could fund one team for two years."
    indicative_amount = 500_000
    currency = "USD"


class PlatformFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Platform

    state = factory.LazyFunction(angola)
    lead_authority = "National Mine Action Agency (ANAMA)"
    focus = "Article 5 implementation"
