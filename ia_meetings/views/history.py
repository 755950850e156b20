"""The history of an agenda item's minutes and presentation: every save,
lock and reopening, and a word-level comparison of any two."""

from django.shortcuts import render

from portal.diff import word_diff
from portal.permissions import permission_required

from .. import selectors
from .lookups import item_from_pk


def _revision_number(value: str, revisions: list, default: int) -> int:
    """A revision's number from the address (1 is the first); a number that
    is not there falls back to `default`, never to an error."""
    return (
        int(value)
        if value.isdigit() and 1 <= int(value) <= len(revisions)
        else (default)
    )


@permission_required("ia_meetings.view_restricted", fn=item_from_pk)
def minutes_history(request, pk, item_pk):
    """Who saved, locked and reopened an item's minutes and when; two
    revisions compared word by word. Those who see draft minutes: the State,
    the committee, the ISU and (unless the meeting is restricted) its
    participants."""
    item = item_from_pk(request, pk, item_pk)
    revisions = selectors.minutes_revisions(item=item)
    comparison = None
    if len(revisions) >= 2:
        newest = len(revisions)
        old_number = _revision_number(
            request.GET.get("from", ""), revisions, newest - 1
        )
        new_number = _revision_number(request.GET.get("to", ""), revisions, newest)
        old, new = revisions[old_number - 1], revisions[new_number - 1]
        comparison = {
            "old": old,
            "new": new,
            "old_number": old_number,
            "new_number": new_number,
            "minutes": word_diff(old.minutes, new.minutes),
            "content": word_diff(old.content, new.content),
            "minutes_same": old.minutes == new.minutes,
            "content_same": old.content == new.content,
        }
    return render(
        request,
        "ia_meetings/minutes_history.html",
        {
            "meeting": item.meeting,
            "item": item,
            "revisions": revisions,
            "numbered": list(enumerate(revisions, start=1)),
            "comparison": comparison,
        },
    )
