"""Every write to partners, partnerships, interest in needs and platforms."""

from django.db import IntegrityError, transaction
from django.urls import reverse

from country_pages.models import FocalPointAssignment, Need
from country_pages.services import country_page_cache_drop
from portal.currencies import CURRENCIES
from portal.services import EditConflict, ServiceError, audit_record, email_enqueue

from .models import (
    Commitment,
    CommitmentKind,
    DialogueEntry,
    Interest,
    InterestStatus,
    Objective,
    Partner,
    Partnership,
    PartnershipPartner,
    Platform,
    PlatformMember,
)

PARTNERSHIP_FIELDS = [
    "title", "description", "start_date", "end_date", "status", "is_south_south",
    "is_regional", "success_story", "good_practice",
]  # fmt: skip
PLATFORM_FIELDS = [
    "lead_authority", "champion_donor", "secretariat", "focus", "cadence_months",
    "political", "technical", "participatory", "resource_mobilisation",
    "activities", "established",
]  # fmt: skip


def _check_dates(start, end):
    if start and end and end < start:
        raise ServiceError("The end date cannot be before the start date.")


def _check_money(amount, currency):
    if amount is not None and amount < 0:
        raise ServiceError("An amount cannot be negative.")
    if currency and currency not in CURRENCIES:
        raise ServiceError(f"“{currency}” is not an ISO 4217 currency code.")


@transaction.atomic
def partner_create(*, actor, name: str, kind: str, state=None, **fields) -> Partner:
    if Partner.objects.filter(name__iexact=name.strip()).exists():
        raise ServiceError(f"A partner named “{name}” already exists.")
    if state is not None and kind != "state":
        raise ServiceError("Only a State partner can be linked to a State Party.")
    if state is not None and Partner.objects.filter(state=state).exists():
        raise ServiceError(f"{state.name} is already a partner.")
    partner = Partner.objects.create(
        name=name.strip(), kind=kind, state=state, **fields
    )
    audit_record(
        actor=actor, action="partner.create", summary=partner.name, target=partner
    )
    return partner


@transaction.atomic
def partnership_create(*, actor, state, data: dict) -> Partnership:
    _check_dates(data.get("start_date"), data.get("end_date"))
    partnership = Partnership.objects.create(
        state=state,
        updated_by=actor,
        **{f: data[f] for f in PARTNERSHIP_FIELDS if f in data},
    )
    audit_record(
        actor=actor,
        action="partnership.create",
        summary=f"{state.name}: {partnership.title}",
        target=partnership,
    )
    country_page_cache_drop(state=state)
    return partnership


@transaction.atomic
def partnership_update(
    *, partnership: Partnership, actor, data: dict, expected_version: int
) -> Partnership:
    """Save an edit unless someone else saved since `expected_version`."""
    _check_dates(data.get("start_date"), data.get("end_date"))
    values = {f: data[f] for f in PARTNERSHIP_FIELDS if f in data}
    updated = Partnership.objects.filter(
        pk=partnership.pk, version=expected_version
    ).update(**values, updated_by=actor, version=expected_version + 1)
    if not updated:
        raise EditConflict(
            "Someone else saved this partnership while you were editing. "
            "Their version is shown below; your changes are still in the form.",
            current=Partnership.objects.get(pk=partnership.pk),
        )
    partnership.refresh_from_db()
    audit_record(
        actor=actor,
        action="partnership.update",
        summary=f"{partnership.state.name}: {partnership.title}",
        target=partnership,
    )
    _changed(partnership)
    return partnership


def _changed(partnership: Partnership) -> None:
    """A child record changed: the country page shows partnerships, drop it."""
    country_page_cache_drop(state=partnership.state)


@transaction.atomic
def partnership_partner_add(
    *, partnership: Partnership, actor, partner: Partner, responsibility: str
) -> PartnershipPartner:
    try:
        with transaction.atomic():
            member = PartnershipPartner.objects.create(
                partnership=partnership, partner=partner, responsibility=responsibility
            )
    except IntegrityError as exc:
        raise ServiceError(f"{partner} is already a partner here.") from exc
    audit_record(
        actor=actor,
        action="partnership.partner_add",
        summary=f"{partner} in {partnership.title}",
        target=partnership,
    )
    _changed(partnership)
    return member


@transaction.atomic
def objective_add(*, partnership: Partnership, actor, data: dict) -> Objective:
    objective = Objective.objects.create(partnership=partnership, **data)
    audit_record(
        actor=actor,
        action="partnership.objective_add",
        summary=objective.text[:200],
        target=partnership,
    )
    _changed(partnership)
    return objective


@transaction.atomic
def objective_set_met(*, objective: Objective, actor, met: bool) -> Objective:
    objective.is_met = met
    objective.save(update_fields=["is_met"])
    audit_record(
        actor=actor,
        action="partnership.objective_met" if met else "partnership.objective_unmet",
        summary=objective.text[:200],
        target=objective.partnership,
    )
    _changed(objective.partnership)
    return objective


@transaction.atomic
def commitment_add(
    *,
    partnership: Partnership,
    actor,
    partner: Partner,
    kind: str,
    year_from: int,
    year_to: int | None = None,
    amount=None,
    currency: str = "",
    description: str = "",
) -> Commitment:
    """Record what a partner commits; a financial commitment needs an amount."""
    year_to = year_to or year_from
    if year_to < year_from:
        raise ServiceError("The last year cannot be before the first year.")
    _check_money(amount, currency)
    if kind == CommitmentKind.FINANCIAL and (amount is None or not currency):
        raise ServiceError("A financial commitment needs an amount and a currency.")
    if not partnership.members.filter(partner=partner).exists():
        raise ServiceError(f"Add {partner} to the partnership's partners first.")
    commitment = Commitment.objects.create(
        partnership=partnership,
        partner=partner,
        kind=kind,
        year_from=year_from,
        year_to=year_to,
        amount=amount,
        currency=currency if amount is not None else "",
        description=description,
    )
    audit_record(
        actor=actor,
        action="partnership.commitment_add",
        summary=str(commitment),
        target=partnership,
    )
    _changed(partnership)
    return commitment


@transaction.atomic
def dialogue_entry_add(
    *, partnership: Partnership, actor, date, progress: str, challenges: str = ""
) -> DialogueEntry:
    entry = DialogueEntry.objects.create(
        partnership=partnership,
        date=date,
        progress=progress,
        challenges=challenges,
        author=actor,
    )
    audit_record(
        actor=actor,
        action="partnership.dialogue_add",
        summary=f"{partnership.title} on {date}",
        target=partnership,
    )
    return entry


@transaction.atomic
def partnership_item_remove(*, partnership: Partnership, actor, item) -> None:
    """Remove a partner, objective, commitment or dialogue entry."""
    if getattr(item, "partnership_id", None) != partnership.pk:
        raise ServiceError("That entry does not belong to this partnership.")
    if (
        isinstance(item, PartnershipPartner)
        and partnership.commitments.filter(partner=item.partner_id).exists()
    ):
        raise ServiceError(f"Remove {item.partner}'s commitments first.")
    audit_record(
        actor=actor,
        action="partnership.item_remove",
        summary=f"{item._meta.verbose_name}: {item}"[:300],
        target=partnership,
    )
    item.delete()
    _changed(partnership)


def _focal_point_emails(state) -> list[str]:
    return list(
        FocalPointAssignment.objects.filter(state=state, user__is_active=True)
        .values_list("user__email", flat=True)
        .order_by("user__email")
    )


@transaction.atomic
def interest_register(
    *, donor, need: Need, message: str, indicative_amount=None, currency="USD"
) -> Interest:
    """A donor registers interest in a published need; focal points are told."""
    if not need.is_published:
        raise ServiceError("This need is not published.")
    _check_money(indicative_amount, currency)
    if not message.strip():
        raise ServiceError("Tell the State what you have in mind.")
    try:
        with transaction.atomic():
            interest = Interest.objects.create(
                donor=donor,
                need=need,
                message=message.strip(),
                indicative_amount=indicative_amount,
                currency=currency,
            )
    except IntegrityError as exc:
        raise ServiceError(
            "You have already registered interest in this need; "
            "the State's focal points will be in touch."
        ) from exc
    audit_record(
        actor=donor,
        action="interest.register",
        summary=f"{donor.organisation or donor.email} in {need.title}",
        target=interest,
    )
    amount = (
        f"\nIndicative amount: {indicative_amount:,.0f} {currency}"
        if indicative_amount is not None
        else ""
    )
    email_enqueue(
        subject=f"Interest registered in “{need.title}”",
        body=(
            f"{donor.full_name or donor.email} ({donor.organisation or 'donor'}) "
            f"registered interest in {need.state.name}'s need “{need.title}”.\n\n"
            f"{interest.message}{amount}\n\nAnswer it on your dashboard: "
            f"{reverse('portal:dashboard')}"
        ),
        to=_focal_point_emails(need.state),
        reply_to=donor.email,
    )
    return interest


@transaction.atomic
def interest_answer(
    *,
    interest: Interest,
    actor,
    status: str,
    expected_version: int,
    partnership: Partnership | None = None,
) -> Interest:
    """The State's focal point marks interest discussed or partnered."""
    if status not in InterestStatus.values:
        raise ServiceError("Choose registered, discussed or partnered.")
    if partnership is not None and partnership.state_id != interest.need.state_id:
        raise ServiceError("Link a partnership of the same State.")
    if status == InterestStatus.PARTNERED and partnership is None:
        raise ServiceError("Link the partnership this interest became.")
    updated = Interest.objects.filter(pk=interest.pk, version=expected_version).update(
        status=status, partnership=partnership, version=expected_version + 1
    )
    if not updated:
        raise EditConflict("Someone else answered this interest meanwhile; look again.")
    interest.refresh_from_db()
    audit_record(
        actor=actor,
        action="interest.answer",
        summary=f"{interest.need.title}: {interest.get_status_display()}",
        target=interest,
    )
    email_enqueue(
        subject=f"Your interest in “{interest.need.title}”",
        body=(
            f"{interest.need.state.name} marked your interest in "
            f"“{interest.need.title}” as {interest.get_status_display().lower()}."
        ),
        to=[interest.donor.email],
    )
    return interest


@transaction.atomic
def platform_save(
    *, state, actor, data: dict, expected_version: int | None
) -> Platform:
    """Create a State's NMAP, or save an edit unless someone else saved first."""
    values = {f: data[f] for f in PLATFORM_FIELDS if f in data}
    if expected_version is None:
        try:
            with transaction.atomic():
                platform = Platform.objects.create(
                    state=state, updated_by=actor, **values
                )
        except IntegrityError as exc:
            raise EditConflict(
                "Someone else created this platform meanwhile; look again.",
                current=Platform.objects.filter(state=state).first(),
            ) from exc
        action = "platform.create"
    else:
        updated = Platform.objects.filter(state=state, version=expected_version).update(
            **values, updated_by=actor, version=expected_version + 1
        )
        if not updated:
            raise EditConflict(
                "Someone else saved this platform while you were editing. "
                "Their version is shown below; your changes are still in the form.",
                current=Platform.objects.get(state=state),
            )
        platform = Platform.objects.get(state=state)
        action = "platform.update"
    audit_record(actor=actor, action=action, summary=state.name, target=platform)
    country_page_cache_drop(state=state)
    return platform


@transaction.atomic
def platform_member_add(
    *, platform: Platform, actor, name: str, group: str, role: str = ""
) -> PlatformMember:
    try:
        with transaction.atomic():
            member = PlatformMember.objects.create(
                platform=platform, name=name.strip(), group=group, role=role
            )
    except IntegrityError as exc:
        raise ServiceError(f"{name} is already a member.") from exc
    audit_record(
        actor=actor,
        action="platform.member_add",
        summary=f"{name} in {platform}",
        target=platform,
    )
    return member


@transaction.atomic
def platform_member_remove(*, member: PlatformMember, actor) -> None:
    audit_record(
        actor=actor,
        action="platform.member_remove",
        summary=f"{member.name} from {member.platform}",
        target=member.platform,
    )
    member.delete()
