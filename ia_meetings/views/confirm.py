"""Destructive actions ask first and say what will be lost.

The management view links to the action's address; a GET shows the question
with what goes (a page, so it works without JavaScript), a POST does it.
"""

from django.shortcuts import render

from ..services.meetings import STATUS_NOTE_MAX_LENGTH


def confirm_page(
    request,
    *,
    meeting,
    question: str,
    lost: list[str],
    button: str,
    cancel_url: str,
    blocked: str = "",
    note_label: str = "",
):
    """The question before a destructive action; `blocked` says why it cannot
    be done now (the button is then left out)."""
    return render(
        request,
        "ia_meetings/confirm.html",
        {
            "meeting": meeting,
            "question": question,
            "lost": lost,
            "button": button,
            "cancel_url": cancel_url,
            "blocked": blocked,
            "note_label": note_label,
            "note_max_length": STATUS_NOTE_MAX_LENGTH,
        },
    )
