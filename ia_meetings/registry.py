"""What apps above ia_meetings add to a meeting's page.

ia_meetings knows meetings, not the reports made of them: meeting_reports sits
above it and adds its section from its own `meeting_sections.py` (discovered at
start-up, as dashboard panels are), so ia_meetings never imports it.

A contribution is a function `(*, meeting, user) -> MeetingPart | None`, shown
after the follow-up in `order`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class MeetingPart:
    template: str
    context: dict = field(default_factory=dict)


Contribution = Callable[..., MeetingPart | None]

_CONTRIBUTIONS: list[tuple[int, Contribution]] = []


def contribute(*, order: int = 100):
    """Decorator: `fn(*, meeting, user)` adds a part to the meeting's page."""

    def register(fn: Contribution) -> Contribution:
        _CONTRIBUTIONS.append((order, fn))
        _CONTRIBUTIONS.sort(key=lambda item: item[0])
        return fn

    return register


def meeting_parts(*, meeting, user) -> list[MeetingPart]:
    parts = (fn(meeting=meeting, user=user) for _, fn in _CONTRIBUTIONS)
    return [part for part in parts if part is not None]
