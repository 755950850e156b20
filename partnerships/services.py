"""Every write to partners, partnerships, interest in needs and platforms.

What a partnership or a platform says shows on its State's country page, so a
change drops the page's cached rendering once it is committed; e-mails, too,
leave only after the commit (portal.effects).
"""

from datetime import date
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from country_pages.models import Need, StateParty
from country_pages.selectors import focal_point_emails
from country_pages.services import country_page_cache_drop
from portal.currencies import CURRENCIES
from portal.effects import on_commit
from portal.emails import email_send
from portal.models import User
from portal.services import (
    EditConflict,
    ServiceError,
    audit_record,
    edit_conflict_message,
    versioned_update,
)

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
    PartnershipStatus,
    Platform,
    PlatformMember,
)


def _check_dates(start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise ServiceError(_("The end date cannot be before the start date."))


def _check_money(amount: Decimal | None, currency: str) -> None:
    if amount is not None and amount < 0:
        raise ServiceError(_("An amount cannot be negative."))
    if currency and currency not in CURRENCIES:
        raise ServiceError(
            _("“%(code)s” is not an ISO 4217 currency code.") % {"code": currency}
        )


def _page_changed(state: StateParty) -> None:
    """The State's country page shows its partnerships and platform: once the
    change is committed, drop the page's cached rendering."""
    on_commit(country_page_cache_drop, state=state)


# Partners ---


@transaction.atomic
def partner_create(
    *,
    actor: User | None,
    name: str,
    kind: str,
    state: StateParty | None = None,
    website: str = "",
    description: str = "",
) -> Partner:
    if Partner.objects.filter(name__iexact=name.strip()).exists():
        raise ServiceError(
            _("A partner named “%(name)s” already exists.") % {"name": name}
        )
    if state is not None and kind != "state":
        raise ServiceError(_("Only a State partner can be linked to a State Party."))
    if state is not None and Partner.objects.filter(state=state).exists():
        raise ServiceError(
            _("%(state)s is already a partner.") % {"state": state.local_name}
        )
    partner = Partner.objects.create(
        name=name.strip(),
        kind=kind,
        state=state,
        website=website,
        description=description,
    )
    audit_record(
        actor=actor, action="partner.create", summary=partner.name, target=partner
    )
    return partner


# Partnerships ---


@transaction.atomic
def partnership_create(
    *,
    actor: User | None,
    state: StateParty,
    title: str,
    description: str,
    start_date: date,
    end_date: date | None = None,
    status: str = PartnershipStatus.PLANNED,
    is_south_south: bool = False,
    is_regional: bool = False,
    success_story: str = "",
    good_practice: str = "",
) -> Partnership:
    _check_dates(start_date, end_date)
    partnership = Partnership.objects.create(
        state=state,
        updated_by=actor,
        title=title,
        description=description,
        start_date=start_date,
        end_date=end_date,
        status=status,
        is_south_south=is_south_south,
        is_regional=is_regional,
        success_story=success_story,
        good_practice=good_practice,
    )
    audit_record(
        actor=actor,
        action="partnership.create",
        summary=f"{state.name}: {partnership.title}",
        target=partnership,
    )
    _page_changed(state)
    return partnership


@transaction.atomic
def partnership_update(
    *,
    partnership: Partnership,
    actor: User | None,
    expected_version: int,
    title: str,
    description: str,
    start_date: date,
    end_date: date | None,
    status: str,
    is_south_south: bool,
    is_regional: bool,
    success_story: str,
    good_practice: str,
) -> Partnership:
    """Save an edit unless someone else saved since `expected_version`."""
    _check_dates(start_date, end_date)
    partnership = versioned_update(
        partnership,
        expected_version=expected_version,
        actor=actor,
        values={
            "title": title,
            "description": description,
            "start_date": start_date,
            "end_date": end_date,
            "status": status,
            "is_south_south": is_south_south,
            "is_regional": is_regional,
            "success_story": success_story,
            "good_practice": good_practice,
        },
    )
    audit_record(
        actor=actor,
        action="partnership.update",
        summary=f"{partnership.state.name}: {partnership.title}",
        target=partnership,
    )
    _page_changed(partnership.state)
    return partnership


@transaction.atomic
def partnership_partner_add(
    *,
    partnership: Partnership,
    actor: User | None,
    partner: Partner,
    responsibility: str,
) -> PartnershipPartner:
    try:
        with transaction.atomic():
            member = PartnershipPartner.objects.create(
                partnership=partnership, partner=partner, responsibility=responsibility
            )
    except IntegrityError as exc:
        raise ServiceError(
            _("%(partner)s is already a partner here.") % {"partner": partner}
        ) from exc
    audit_record(
        actor=actor,
        action="partnership.partner_add",
        summary=f"{partner} in {partnership.title}",
        target=partnership,
    )
    _page_changed(partnership.state)
    return member


@transaction.atomic
def objective_add(
    *,
    partnership: Partnership,
    actor: User | None,
    text: str,
    target_date: date,
    is_age_gender_sensitive: bool = False,
    is_met: bool = False,
) -> Objective:
    objective = Objective.objects.create(
        partnership=partnership,
        text=text,
        target_date=target_date,
        is_age_gender_sensitive=is_age_gender_sensitive,
        is_met=is_met,
    )
    audit_record(
        actor=actor,
        action="partnership.objective_add",
        summary=objective.text[:200],
        target=partnership,
    )
    _page_changed(partnership.state)
    return objective


@transaction.atomic
def objective_set_met(
    *, objective: Objective, actor: User | None, met: bool
) -> Objective:
    objective.is_met = met
    objective.save(update_fields=["is_met"])
    audit_record(
        actor=actor,
        action="partnership.objective_met" if met else "partnership.objective_unmet",
        summary=objective.text[:200],
        target=objective.partnership,
    )
    _page_changed(objective.partnership.state)
    return objective


@transaction.atomic
def commitment_add(
    *,
    partnership: Partnership,
    actor: User | None,
    partner: Partner,
    kind: str,
    year_from: int,
    year_to: int | None = None,
    amount: Decimal | None = None,
    currency: str = "",
    description: str = "",
    need: Need | None = None,
) -> Commitment:
    """Record what a partner commits; a financial commitment needs an amount.
    `need`, one of the partnership's State's needs, is the need it funds."""
    year_to = year_to or year_from
    if year_to < year_from:
        raise ServiceError(_("The last year cannot be before the first year."))
    _check_money(amount, currency)
    if kind == CommitmentKind.FINANCIAL and (amount is None or not currency):
        raise ServiceError(_("A financial commitment needs an amount and a currency."))
    if not partnership.members.filter(partner=partner).exists():
        raise ServiceError(
            _("Add %(partner)s to the partnership's partners first.")
            % {"partner": partner}
        )
    if need is not None and need.state_id != partnership.state_id:
        raise ServiceError(
            _("A commitment can only fund a need of the partnership's State.")
        )
    commitment = Commitment.objects.create(
        partnership=partnership,
        partner=partner,
        need=need,
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
    _page_changed(partnership.state)
    return commitment


@transaction.atomic
def dialogue_entry_add(
    *,
    partnership: Partnership,
    actor: User | None,
    date: date,
    progress: str,
    challenges: str = "",
) -> DialogueEntry:
    # The country page does not show the dialogue: its cache stays.
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


PartnershipItem = PartnershipPartner | Objective | Commitment | DialogueEntry


@transaction.atomic
def partnership_item_remove(
    *, partnership: Partnership, actor: User | None, item: PartnershipItem
) -> None:
    """Remove a partner, objective, commitment or dialogue entry."""
    if getattr(item, "partnership_id", None) != partnership.pk:
        raise ServiceError(_("That entry does not belong to this partnership."))
    if (
        isinstance(item, PartnershipPartner)
        and partnership.commitments.filter(partner=item.partner_id).exists()
    ):
        raise ServiceError(
            _("Remove %(partner)s's commitments first.") % {"partner": item.partner}
        )
    audit_record(
        actor=actor,
        action="partnership.item_remove",
        summary=f"{item._meta.verbose_name}: {item}"[:300],
        target=partnership,
    )
    item.delete()
    _page_changed(partnership.state)


# Interest in needs: the Platform for Partnerships ---


@transaction.atomic
def interest_register(
    *,
    donor: User,
    need: Need,
    message: str,
    indicative_amount: Decimal | None = None,
    currency: str = "USD",
) -> Interest:
    """A donor registers interest in a published need; focal points are told."""
    if not need.is_published:
        raise ServiceError(_("This need is not published."))
    if need.is_fully_funded:
        raise ServiceError(
            _("This need is fully funded: there is no interest to register in it.")
        )
    _check_money(indicative_amount, currency)
    if not message.strip():
        raise ServiceError(_("Tell the State what you have in mind."))
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
            _(
                "You have already registered interest in this need; "
                "the State's focal points will be in touch."
            )
        ) from exc
    audit_record(
        actor=donor,
        action="interest.register",
        summary=f"{donor.organisation or donor.email} in {need.title}",
        target=interest,
    )
    email_send(
        template="partnerships/emails/interest_registered",
        context={
            "interest": interest,
            "donor": donor,
            "need": need,
        },
        to=focal_point_emails(state=need.state),
        reply_to=donor.email,
    )
    return interest


@transaction.atomic
def interest_answer(
    *,
    interest: Interest,
    actor: User,
    status: str,
    expected_version: int,
    partnership: Partnership | None = None,
    answer: str = "",
) -> Interest:
    """The State's focal point marks interest discussed or partnered, with a
    message to the donor; the donor is e-mailed both. Someone else's answer
    since `expected_version` is an EditConflict."""
    if status not in InterestStatus.values:
        raise ServiceError(_("Choose registered, discussed or partnered."))
    if partnership is not None and partnership.state_id != interest.need.state_id:
        raise ServiceError(_("Link a partnership of the same State."))
    if status == InterestStatus.PARTNERED and partnership is None:
        raise ServiceError(_("Link the partnership this interest became."))
    interest = versioned_update(
        interest,
        expected_version=expected_version,
        actor=actor,
        values={
            "status": status,
            "partnership": partnership,
            "answer": answer.strip(),
            "answered_at": timezone.now(),
        },
    )
    audit_record(
        actor=actor,
        action="interest.answer",
        summary=f"{interest.need.title}: {interest.get_status_display()}",
        target=interest,
    )
    email_send(
        template="partnerships/emails/interest_answered",
        context={"interest": interest, "need": interest.need},
        to=[interest.donor.email],
        # The donor's reply reaches the person who answered.
        reply_to=actor.email,
    )
    return interest


# National Mine Action Platforms ---


@transaction.atomic
def platform_create(
    *,
    state: StateParty,
    actor: User | None,
    lead_authority: str,
    champion_donor: Partner | None = None,
    secretariat: Partner | None = None,
    focus: str = "Article 5 implementation",
    cadence_months: int = 3,
    political: str = "",
    technical: str = "",
    participatory: str = "",
    resource_mobilisation: str = "",
    activities: str = "",
    established: date | None = None,
) -> Platform:
    """Set up a State's NMAP. If someone else set it up meanwhile, theirs is
    kept and shown (EditConflict), as for an edit."""
    try:
        with transaction.atomic():
            platform = Platform.objects.create(
                state=state,
                updated_by=actor,
                lead_authority=lead_authority,
                champion_donor=champion_donor,
                secretariat=secretariat,
                focus=focus,
                cadence_months=cadence_months,
                political=political,
                technical=technical,
                participatory=participatory,
                resource_mobilisation=resource_mobilisation,
                activities=activities,
                established=established,
            )
    except IntegrityError as exc:
        current = (
            Platform.objects.filter(state=state).select_related("updated_by").first()
        )
        if current is None:
            raise
        raise EditConflict(edit_conflict_message(current), current=current) from exc
    audit_record(
        actor=actor, action="platform.create", summary=state.name, target=platform
    )
    _page_changed(state)
    return platform


@transaction.atomic
def platform_update(
    *,
    platform: Platform,
    actor: User | None,
    expected_version: int,
    lead_authority: str,
    champion_donor: Partner | None,
    secretariat: Partner | None,
    focus: str,
    cadence_months: int,
    political: str,
    technical: str,
    participatory: str,
    resource_mobilisation: str,
    activities: str,
    established: date | None,
) -> Platform:
    """Save an edit of a State's NMAP unless someone else saved first."""
    platform = versioned_update(
        platform,
        expected_version=expected_version,
        actor=actor,
        values={
            "lead_authority": lead_authority,
            "champion_donor": champion_donor,
            "secretariat": secretariat,
            "focus": focus,
            "cadence_months": cadence_months,
            "political": political,
            "technical": technical,
            "participatory": participatory,
            "resource_mobilisation": resource_mobilisation,
            "activities": activities,
            "established": established,
        },
    )
    audit_record(
        actor=actor,
        action="platform.update",
        summary=platform.state.name,
        target=platform,
    )
    _page_changed(platform.state)
    return platform


@transaction.atomic
def platform_member_add(
    *, platform: Platform, actor: User | None, name: str, group: str, role: str = ""
) -> PlatformMember:
    try:
        with transaction.atomic():
            member = PlatformMember.objects.create(
                platform=platform, name=name.strip(), group=group, role=role
            )
    except IntegrityError as exc:
        raise ServiceError(_("%(name)s is already a member.") % {"name": name}) from exc
    audit_record(
        actor=actor,
        action="platform.member_add",
        summary=f"{name} in {platform}",
        target=platform,
    )
    return member


@transaction.atomic
def platform_member_remove(*, member: PlatformMember, actor: User | None) -> None:
    audit_record(
        actor=actor,
        action="platform.member_remove",
        summary=f"{member.name} from {member.platform}",
        target=member.platform,
    )
    member.delete()
