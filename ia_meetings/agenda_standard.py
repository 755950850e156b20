"""The standard agenda of an IA meeting (seed 001), and its titles in the
reader's language.

A meeting's items are stored with the titles written when it was proposed,
in the proposer's language. A reader in another language gets a standard
item's title in theirs (its code and title are those of the structure below,
in any language offered); a title someone wrote or changed is shown as written.
"""

from functools import lru_cache

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# The example structure of an IA meeting, with the full titles of seed 001:
# (code, title, part of the State's presentation).
# The titles are written in the language of whoever proposes the meeting.
STANDARD_AGENDA = [
    ("I", _("Introduction by the Chair of the Committee on the individualised "
     "approach"), False),
    ("II", _("Presentation by the interested/affected States Party on the status, "
     "needs and challenges in implementation of its obligations and commitments "
     "under the Convention and Maputo Action Plan"), True),
    ("II.A", _("Circumstances, needs and challenges in mine clearance"), True),
    ("II.B", _("Circumstances, needs and challenges in stockpile destruction"), True),
    ("II.C", _("Challenges and needs in providing mine risk reduction and education "
     "programmes"), True),
    ("II.D", _("Challenges and needs in implementing Victim Assistance"), True),
    ("II.E", _("Action the interested/affected States Party undertakes nationally "
     "to advance the norms of the Convention and to ensure compliance with it"), True),
    ("II.F", _("Sharing the expertise of the interested/affected States Party in "
     "mine action through bilateral, regional and international cooperation"), True),
    ("III", _("Discussion with participants on the information presented"), False),
    ("IV", _("Conclusion"), False),
]  # fmt: skip


def _words(text: str) -> str:
    return " ".join(str(text).split())


@lru_cache(maxsize=1)
def _standard_titles() -> dict[str, tuple[object, frozenset[str]]]:
    """code -> (the lazy title, the title as written in every language)."""
    titles = {}
    for code, title, _by_state in STANDARD_AGENDA:
        written = set()
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                written.add(_words(title))
        titles[code] = (title, frozenset(written))
    return titles


def agenda_title(code: str, title: str) -> str:
    """The title to show of an agenda item: a standard item's in the active
    language, any other as written."""
    standard = _standard_titles().get(code)
    if standard and _words(title) in standard[1]:
        return str(standard[0])
    return title
