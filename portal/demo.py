"""Demo accounts, one per role. Loaded by `manage.py demo`; safe to run again."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt

from .models import DonorStatus, OrganisationKind, Role, User

DEMO_PASSWORD = "demo-portal-2026"
# A fixed TOTP secret for the demo ISU and committee accounts only, so that whoever
# runs the demo can add it to an authenticator app or use `manage.py totp_code`.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

DEMO_USERS = [
    {"email": "isu@demo.example", "full_name": "Demo ISU Officer",
     "organisation": "Implementation Support Unit", "role": Role.ISU},
    {"email": "chair@demo.example", "full_name": "Demo Committee Chair",
     "organisation": "Committee on the Enhancement of Cooperation and Assistance",
     "role": Role.COMMITTEE, "is_committee_chair": True},
    {"email": "committee@demo.example", "full_name": "Demo Committee Member",
     "organisation": "Committee on the Enhancement of Cooperation and Assistance",
     "role": Role.COMMITTEE},
    {"email": "focal.sudan@demo.example", "full_name": "Demo Focal Point (Sudan)",
     "organisation": "National Mine Action Centre, Sudan", "role": Role.FOCAL_POINT},
    {"email": "focal.zimbabwe@demo.example",
     "full_name": "Demo Focal Point (Zimbabwe)",
     "organisation": "Zimbabwe Mine Action Centre", "role": Role.FOCAL_POINT},
    {"email": "focal.serbia@demo.example", "full_name": "Demo Focal Point (Serbia)",
     "organisation": "Serbian Mine Action Centre", "role": Role.FOCAL_POINT},
    {"email": "focal.srilanka@demo.example",
     "full_name": "Demo Focal Point (Sri Lanka)",
     "organisation": "National Mine Action Centre, Sri Lanka",
     "role": Role.FOCAL_POINT},
    {"email": "focal.colombia@demo.example",
     "full_name": "Demo Focal Point (Colombia)",
     "organisation": "Descontamina Colombia", "role": Role.FOCAL_POINT,
     "preferred_language": "es"},
    # Writes the French version of Serbia's page; reads the portal in French.
    {"email": "focal.francophone@demo.example",
     "full_name": "Demo Focal Point (Serbia, French-speaking)",
     "organisation": "Serbian Mine Action Centre", "role": Role.FOCAL_POINT,
     "preferred_language": "fr"},
    {"email": "donor@demo.example", "full_name": "Demo Donor (Japan)",
     "organisation": "Embassy of Japan", "organisation_kind": OrganisationKind.STATE,
     "role": Role.DONOR, "donor_status": DonorStatus.APPROVED},
    {"email": "donor.norway@demo.example", "full_name": "Demo Donor (Norway)",
     "organisation": "Norwegian Ministry of Foreign Affairs",
     "organisation_kind": OrganisationKind.STATE,
     "role": Role.DONOR, "donor_status": DonorStatus.APPROVED},
    {"email": "pending.donor@demo.example", "full_name": "Demo Pending Donor",
     "organisation": "Landmine Free Foundation (demo)",
     "organisation_kind": OrganisationKind.PRIVATE,
     "role": Role.DONOR, "donor_status": DonorStatus.PENDING},
    {"email": "member@demo.example", "full_name": "Demo Registered Member",
     "role": Role.MEMBER},
]  # fmt: skip


def load(stdout):
    created = 0
    for spec in DEMO_USERS:
        values = dict(spec)
        email = values.pop("email")
        values["is_staff"] = values["role"] == Role.ISU
        user, was_created = User.objects.get_or_create(email=email, defaults=values)
        if was_created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            created += 1
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if user.role in (Role.ISU, Role.COMMITTEE):
            Authenticator.objects.get_or_create(
                user=user,
                type=Authenticator.Type.TOTP,
                defaults={"data": {"secret": encrypt(DEMO_TOTP_SECRET)}},
            )
    stdout.write(f"Demo accounts: {created} added, {len(DEMO_USERS)} in all.")
