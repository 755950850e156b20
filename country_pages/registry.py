"""What other apps contribute to a country page.

country_pages knows the placemat's sections but not the meetings, partnerships
or Article 7 reports that fill some of them. Those apps sit above it and fill
this registry from their own `country_sections.py` (discovered at start-up, as
dashboard panels are), so country_pages never imports them.

A contribution is a function `(*, state, user) -> SectionPart | None`; several
apps may contribute to one section, shown in `order`. The index of States
Parties takes yes/no columns the same way (`index_column`).
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class SectionPart:
    template: str
    context: dict = field(default_factory=dict)
    # False when the part has nothing to show yet; a section whose parts are
    # all empty says so instead of showing empty headings.
    has_content: bool = True


Contribution = Callable[..., SectionPart | None]

# How many entries a list on a country page shows (the latest); a "See all"
# link leads to the full list. A page must not grow with the data: at a
# hundred times the Convention's size, a State has thousands of partnerships.
SECTION_LIST_LIMIT = 10

_CONTRIBUTIONS: dict[str, list[tuple[int, Contribution]]] = {}


def contribute(section_key: str, *, order: int = 100):
    """Decorator: `fn(*, state, user)` adds a part to the section `section_key`."""

    def register(fn: Contribution) -> Contribution:
        parts = _CONTRIBUTIONS.setdefault(section_key, [])
        parts.append((order, fn))
        parts.sort(key=lambda item: item[0])
        return fn

    return register


def section_parts(section_key: str, *, state, user) -> list[SectionPart]:
    parts = (
        fn(state=state, user=user) for _, fn in _CONTRIBUTIONS.get(section_key, [])
    )
    return [part for part in parts if part is not None]


# --- The index of States Parties ------------------------------------------------
# A yes/no column that another app knows the answer to (e.g. "IA platform",
# from ia_meetings), filled the same way from its country_sections.py.


@dataclass
class IndexColumn:
    heading: str
    # The States Parties (pks) whose row says "Yes".
    state_ids: set[int] = field(default_factory=set)
    # Names the column in the index's filter (`?has=<key>`) and in its CSV and
    # JSON exports; "" for none.
    key: str = ""


IndexContribution = Callable[[], IndexColumn]

_INDEX_COLUMNS: list[tuple[int, IndexContribution]] = []


def index_column(*, order: int = 100):
    """Decorator: `fn() -> IndexColumn` adds a column to the index."""

    def register(fn: IndexContribution) -> IndexContribution:
        _INDEX_COLUMNS.append((order, fn))
        _INDEX_COLUMNS.sort(key=lambda item: item[0])
        return fn

    return register


def index_columns() -> list[IndexColumn]:
    return [fn() for _, fn in _INDEX_COLUMNS]
