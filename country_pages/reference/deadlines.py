"""Article 5 deadlines to watch: within 12 months, or passed with no extension.

Extensions are granted at each Meeting of the States Parties, so a deadline that
comes close, or passes with nothing newer recorded, is what the State's focal
points, the ISU and the committee need to see first. A State whose current
deadline is not confirmed is judged by its last known one.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..models import Membership, StateParty
from .words import last_known_deadline

DUE = "due"
PASSED = "passed"


def a_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


@dataclass(frozen=True)
class DeadlineFlag:
    state: StateParty
    kind: str
    deadline: date
    # False: the current deadline is not confirmed; this is the last known one.
    current: bool

    @property
    def is_passed(self) -> bool:
        return self.kind == PASSED

    @property
    def text(self) -> str:
        day = date_format(self.deadline, "j F Y")
        if self.kind == DUE:
            return _("Article 5 deadline %(day)s: within the next 12 months") % {
                "day": day
            }
        if self.current:
            return _(
                "Article 5 deadline %(day)s has passed; no extension is recorded"
            ) % {"day": day}
        return _(
            "Last known Article 5 deadline %(day)s has passed; no extension is recorded"
        ) % {"day": day}


def article5_deadline_flag(*, state: StateParty, today: date) -> DeadlineFlag | None:
    if not state.article5_obligations_remaining:
        return None
    deadline = state.article5_deadline
    current = deadline is not None
    if deadline is None:
        deadline = last_known_deadline(state.source_note or "")
        if deadline is None:
            return None
    if deadline < today:
        return DeadlineFlag(state, PASSED, deadline, current)
    if current and deadline <= a_year_after(today):
        return DeadlineFlag(state, DUE, deadline, current)
    return None


def _watched() -> QuerySet[StateParty]:
    return StateParty.objects.filter(
        membership=Membership.PARTY, article5_obligations_remaining=True
    ).only(
        "iso3",
        "name",
        "article5_obligations_remaining",
        "article5_deadline",
        "source_note",
    )


def article5_deadline_flags(*, today: date | None = None) -> list[DeadlineFlag]:
    """Every State's flag, passed first, then by date; one query."""
    today = today or timezone.localdate()
    flags = [
        flag
        for state in _watched()
        if (flag := article5_deadline_flag(state=state, today=today))
    ]
    return sorted(flags, key=lambda f: (not f.is_passed, f.deadline, f.state.name))
