"""A State's country page shows its meetings: what it must forget when one
changes."""

from country_pages.services import country_page_cache_drop
from portal.effects import on_commit

from ..models import Meeting


def country_page_changed(meeting: Meeting) -> None:
    """Forget the cached country page of the meeting's State, after commit."""
    on_commit(country_page_cache_drop, state=meeting.state)
