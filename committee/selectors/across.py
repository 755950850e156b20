"""The IA across States, for the committee and the ISU: where each affected
State stands, and who is being left behind [000: "that no mine-affected state
is left behind"]. Four queries whatever the number of States and meetings."""

import datetime as dt

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from country_pages.models import Membership, StateParty
from ia_meetings.selectors import StateMeetingDates, meeting_dates_by_state
from partnerships.selectors import (
    platform_established_by_state,
    states_with_recorded_support,
)

from ..tables import Column, Table

# No meeting for this long: the State is counted as left behind.
QUIET_DAYS = 730


def affected_states():
    """States Parties with Article 5 obligations or responsibility for
    significant numbers of survivors, or which took part in the IA."""
    return StateParty.objects.filter(membership=Membership.PARTY).only(
        "pk",
        "iso3",
        "name",
        "region",
        "article5_obligations_remaining",
        "article5_deadline",
        "survivors_responsibility",
    )


def _stage(state, dates: StateMeetingDates, platform: bool) -> str:
    if not state.article5_obligations_remaining and not state.survivors_responsibility:
        return pgettext("IA stage", "obligations completed")
    if platform:
        return pgettext("IA stage", "NMAP established")
    if dates.follow_ups_held:
        return pgettext("IA stage", "follow-up meetings held")
    if dates.launched:
        return pgettext("IA stage", "launched")
    if dates.launch_proposed:
        return pgettext("IA stage", "interested")
    return pgettext("IA stage", "not engaged yet")


def ia_across_states() -> tuple[Table, Table]:
    """The stages of every affected State, and the "left behind" list."""
    dates = meeting_dates_by_state()
    platforms = platform_established_by_state()
    supported = states_with_recorded_support()
    today = timezone.localdate()
    quiet_since = today - dt.timedelta(days=QUIET_DAYS)
    nothing = StateMeetingDates()
    stage_rows, behind_rows = [], []
    states = affected_states().filter(
        Q(article5_obligations_remaining=True)
        | Q(survivors_responsibility=True)
        | Q(pk__in=list(dates))
    )
    for state in states.order_by("name"):
        d = dates.get(state.pk, nothing)
        url = reverse("committee:changes", kwargs={"iso3": state.iso3})
        has_platform = state.pk in platforms
        stage_rows.append(
            {
                "state": state.name,
                "iso3": state.iso3,
                "stage": _stage(state, d, has_platform),
                "interested": d.launch_proposed,
                "launched": d.launched,
                "follow_ups_held": d.follow_ups_held,
                "last_follow_up": d.last_follow_up,
                "nmap_established": platforms.get(state.pk) if has_platform else None,
                "nmap": has_platform,
                "article5_deadline": state.article5_deadline,
                "article5_remaining": state.article5_obligations_remaining,
                "survivors": state.survivors_responsibility,
                "url": url,
            }
        )
        if not (state.article5_obligations_remaining or state.survivors_responsibility):
            continue
        reasons = []
        if not d.launched:
            reasons.append(_("no IA platform"))
        if d.last_meeting is None or d.last_meeting < quiet_since:
            reasons.append(_("no meeting in two years"))
        if state.pk not in supported:
            reasons.append(_("no recorded support"))
        if reasons:
            behind_rows.append(
                {
                    "state": state.name,
                    "iso3": state.iso3,
                    "region": state.get_region_display(),
                    "reasons": "; ".join(reasons),
                    "last_meeting": d.last_meeting,
                    "article5_remaining": state.article5_obligations_remaining,
                    "survivors": state.survivors_responsibility,
                    "url": url,
                }
            )
    stages = Table(
        key="stages",
        title=_("Each affected State's stage"),
        note=_(
            "States Parties with Article 5 obligations or survivors, and every "
            "State that took part in the IA."
        ),
        empty=_("No affected State recorded."),
        columns=[
            Column("state", _("State")),
            Column("stage", _("Stage")),
            Column("interested", _("IA launch proposed")),
            Column("launched", _("IA launched")),
            Column("follow_ups_held", _("Follow-up meetings held"), True),
            Column("last_follow_up", _("Last follow-up")),
            Column("nmap", _("NMAP")),
            Column("nmap_established", _("NMAP established")),
            Column("article5_remaining", _("Article 5 obligations")),
            Column("article5_deadline", _("Article 5 deadline")),
            Column("survivors", _("Survivors")),
        ],
        rows=stage_rows,
    )
    behind = Table(
        key="left_behind",
        title=_("Left behind"),
        note=_(
            "Affected States with no IA platform, no meeting in two years or no "
            "recorded support."
        ),
        empty=_("No affected State is left behind."),
        columns=[
            Column("state", _("State")),
            Column("region", _("Region")),
            Column("reasons", _("Why")),
            Column("last_meeting", _("Last meeting")),
            Column("article5_remaining", _("Article 5 obligations")),
            Column("survivors", _("Survivors")),
        ],
        rows=behind_rows,
    )
    return stages, behind
