"""factory_boy factories shared by the whole suite."""

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt

from country_pages.models import FocalPointAssignment, Need, NeedTheme, StateParty
from portal.models import DonorStatus, Role, User

TEST_PASSWORD = "correct horse battery staple"
TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name")
    role = Role.MEMBER

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or TEST_PASSWORD)
        if create:
            self.save(update_fields=["password"])

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(
                user=self,
                email=self.email,
                verified=extracted is not False,
                primary=True,
            )

    @factory.post_generation
    def totp(self, create, extracted, **kwargs):
        """ISU and committee users get TOTP unless totp=False is passed."""
        wants = (
            extracted
            if extracted is not None
            else self.role
            in (
                Role.ISU,
                Role.COMMITTEE,
            )
        )
        if create and wants:
            Authenticator.objects.create(
                user=self,
                type=Authenticator.Type.TOTP,
                data={"secret": encrypt(TEST_TOTP_SECRET)},
            )
            # Adding an authenticator ends other sessions (portal.signals).
            self.refresh_from_db(fields=["security_epoch"])


class IsuFactory(UserFactory):
    role = Role.ISU
    is_staff = True
    organisation = "Implementation Support Unit"


class CommitteeFactory(UserFactory):
    role = Role.COMMITTEE


class DonorFactory(UserFactory):
    role = Role.DONOR
    donor_status = DonorStatus.APPROVED
    organisation = factory.Sequence(lambda n: f"Donor State {n}")
    organisation_kind = "state"


class FocalPointFactory(UserFactory):
    role = Role.FOCAL_POINT

    @factory.post_generation
    def states(self, create, extracted, **kwargs):
        if create and extracted:
            for state in extracted:
                FocalPointAssignment.objects.create(user=self, state=state)


class NeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Need

    state = factory.LazyFunction(lambda: StateParty.objects.get(iso3="AGO"))
    theme = NeedTheme.CLEARANCE
    title = factory.Sequence(lambda n: f"Clearance of area {n}")
    description = "Survey and clearance of the remaining hazardous area."
    estimated_cost = 1_000_000
    funding_secured = 250_000
    currency = "USD"
    start_year = 2026
    end_year = 2027
    is_published = True


NEED_FIELDS = (
    "theme",
    "title",
    "description",
    "estimated_cost",
    "currency",
    "funding_secured",
    "start_year",
    "end_year",
    "age_gender_considerations",
    "status",
)


def need_values(need, **changes) -> dict:
    """A need's editable fields, as services.need_update takes them, with changes."""
    return {name: getattr(need, name) for name in NEED_FIELDS} | changes
