"""Data at N times the Convention's size, for benchmarks (`manage.py generate_scale`).

Each app contributes a `scale.py` with `generate(ctx: ScaleContext) -> None`,
run in INSTALLED_APPS order (lower apps first), the way `manage.py demo` finds
each app's `demo.py`; a higher app reads what the lower ones made from the
database. Rows go in with bulk_create, so factor 10 takes seconds.

The same seed, factor and `today` make the same rows with the same primary keys
on a freshly migrated database (only auto_now timestamps differ). This module
holds the shared pieces: the context, the text generator and the accounts.
"""

import datetime as dt
import math
import random
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from django.contrib.auth.hashers import make_password

from .models import DonorStatus, OrganisationKind, Role, User

SCALE_PASSWORD = "scale-portal-2026"
SCALE_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
EMAIL_DOMAIN = "scale.example"

# The Convention's size at factor 1 for the accounts this module makes; the
# other apps keep their own figures beside their generators.
ISU_STAFF = 5
COMMITTEE_MEMBERS = 10
DONORS = 40
MEMBERS = 100

WORDS = (
    "mine action clearance survey hazardous area land release contamination "
    "stockpile destruction victim assistance survivors rehabilitation prosthetic "
    "orthotic referral risk education returnees community liaison gender age "
    "women girls boys men disaggregated data national authority centre strategy "
    "deadline extension request Article five seven transparency report funding "
    "donor partnership cooperation south-south regional expertise capacity "
    "information management IMSMA database quality assurance technical "
    "non-technical battle area explosive remnants improvised devices cluster "
    "munitions border minefield province district village farmland grazing "
    "water points roads schools health services livelihoods development "
    "stabilisation migration displacement aid coordination platform stakeholder "
    "meeting follow-up action points minutes agenda presentation challenges "
    "needs priorities budget multi-year commitment in-kind equipment training "
    "operators deminers dogs machines square metres hectares completion"
).split()


@dataclass
class ScaleContext:
    factor: float
    seed: int
    today: dt.date
    stdout: object
    counts: dict = field(default_factory=dict)
    _sentences: list = field(default_factory=list)

    def rng(self, name: str) -> random.Random:
        """A generator of its own for each part, so adding rows to one part
        does not change what the others make."""
        return random.Random(f"{self.seed}:{name}")

    def scaled(self, base: float) -> int:
        """`base` rows at the Convention's size, times the factor."""
        return max(1, math.ceil(base * self.factor))

    @property
    def now(self) -> dt.datetime:
        return dt.datetime.combine(self.today, dt.time(9, 0), tzinfo=dt.UTC)

    def made(self, label: str, count: int) -> None:
        self.counts[label] = self.counts.get(label, 0) + count

    # --- Text -------------------------------------------------------------
    def _pool(self) -> list[str]:
        if not self._sentences:
            rng = self.rng("sentences")
            for _ in range(3000):
                words = rng.choices(WORDS, k=rng.randint(8, 22))
                if rng.random() < 0.15:
                    i = rng.randrange(len(words) - 1)
                    words[i] = f"**{words[i]} {words[i + 1]}**"
                    del words[i + 1]
                sentence = " ".join(words)
                self._sentences.append(sentence[0].upper() + sentence[1:] + ".")
        return self._sentences

    def text(self, rng: random.Random, words: int) -> str:
        """About `words` words of Markdown: paragraphs, now and then a list or
        a link, as people write on their pages."""
        pool = self._pool()
        paragraphs, total = [], 0
        while total < words:
            if rng.random() < 0.12:
                items = rng.choices(pool, k=3)
                paragraphs.append("\n".join(f"- {item}" for item in items))
                total += sum(len(item.split()) for item in items)
                continue
            sentences = []
            for _ in range(rng.randint(3, 6)):
                if total >= words:
                    break
                sentences.append(rng.choice(pool))
                total += len(sentences[-1].split())
            if rng.random() < 0.1:
                sentences.append("See [the strategy](https://example.org/s).")
            paragraphs.append(" ".join(sentences))
        return "\n\n".join(paragraphs)


def user_rows(specs: list[dict]) -> list[User]:
    """Active accounts with verified e-mail and one shared password (hashed
    once: hashing per account would take minutes at factor 100)."""
    password = make_password(SCALE_PASSWORD)
    users = User.objects.bulk_create(
        [User(password=password, is_active=True, **spec) for spec in specs],
        batch_size=1000,
    )
    EmailAddress.objects.bulk_create(
        [
            EmailAddress(user=u, email=u.email, verified=True, primary=True)
            for u in users
        ],
        batch_size=1000,
    )
    mfa = [u for u in users if u.role in (Role.ISU, Role.COMMITTEE)]
    if mfa:
        secret = encrypt(SCALE_TOTP_SECRET)
        Authenticator.objects.bulk_create(
            [
                Authenticator(
                    user=u, type=Authenticator.Type.TOTP, data={"secret": secret}
                )
                for u in mfa
            ]
        )
    return users


def generate(ctx: ScaleContext) -> None:
    """ISU staff, the committee (a chair among them), donors and members.

    Focal points come with the States they keep (country_pages/scale.py).
    """
    rng = ctx.rng("users")
    specs = []
    for i in range(1, ISU_STAFF + 1):
        specs.append(
            {
                "email": f"isu.{i}@{EMAIL_DOMAIN}",
                "full_name": f"ISU Officer {i}",
                "organisation": "Implementation Support Unit",
                "role": Role.ISU,
                "is_staff": True,
            }
        )
    for i in range(1, COMMITTEE_MEMBERS + 1):
        specs.append(
            {
                "email": f"committee.{i}@{EMAIL_DOMAIN}",
                "full_name": f"Committee Member {i}",
                "role": Role.COMMITTEE,
                "organisation": "Committee on the Enhancement of Cooperation and "
                "Assistance",
                "is_committee_chair": i == 1,
            }
        )
    kinds = [k for k in OrganisationKind.values if k]
    for i in range(1, ctx.scaled(DONORS) + 1):
        specs.append(
            {
                "email": f"donor.{i}@{EMAIL_DOMAIN}",
                "full_name": f"Donor Representative {i}",
                "organisation": f"Donor Organisation {i}",
                "organisation_kind": rng.choice(kinds),
                "role": Role.DONOR,
                "donor_status": DonorStatus.APPROVED
                if rng.random() < 0.9
                else DonorStatus.PENDING,
            }
        )
    # Donor 1 is the benchmark's donor: approved whatever the draw says.
    specs[ISU_STAFF + COMMITTEE_MEMBERS]["donor_status"] = DonorStatus.APPROVED
    for i in range(1, ctx.scaled(MEMBERS) + 1):
        specs.append(
            {
                "email": f"member.{i}@{EMAIL_DOMAIN}",
                "full_name": f"Member {i}",
                "role": Role.MEMBER,
            }
        )
    ctx.made("users", len(user_rows(specs)))
