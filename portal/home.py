"""The home page's blocks (latest needs, next meetings, key figures), which the
apps register from their panels.py like the dashboard's panels: `portal`
depends on none of them."""

from collections.abc import Callable

from django.http import HttpRequest

from .dashboard import Panel

_BLOCK_BUILDERS: list[Callable[[HttpRequest], Panel | None]] = []


def register(builder: Callable[[HttpRequest], Panel | None]):
    _BLOCK_BUILDERS.append(builder)
    return builder


def blocks_for(request: HttpRequest) -> list[Panel]:
    blocks = [block for build in _BLOCK_BUILDERS if (block := build(request))]
    return sorted(blocks, key=lambda b: (b.order, b.title))
