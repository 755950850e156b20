"""The dashboard is assembled from panels that each app registers.

`portal` depends on none of the other apps: they add their panels (drafts to
publish, meetings to prepare, interest received, overdue action points) from their
own `panels.py`, which PortalConfig.ready() discovers.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.http import HttpRequest


@dataclass
class Panel:
    title: str
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100
    # Shown at the top, with a warning style, when something needs attention.
    urgent: bool = False


_PANEL_BUILDERS: list[Callable[[HttpRequest], Panel | None]] = []


def register(builder: Callable[[HttpRequest], Panel | None]):
    _PANEL_BUILDERS.append(builder)
    return builder


def panels_for(request: HttpRequest) -> list[Panel]:
    panels = [panel for build in _PANEL_BUILDERS if (panel := build(request))]
    return sorted(panels, key=lambda p: (not p.urgent, p.order, p.title))
