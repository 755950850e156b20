"""Where each reference value came from and how sure it is, in words for readers.

The file's `source_note` is written for its compiler ("A5: 5RC (2024) granted five
years to 2029-12-31 (Mine Action Review, Clearing the Mines 2025)"). A country page
never shows those codes: this module reads the note into a decision ("extended by
the Fifth Review Conference (2024)"), a last known deadline, a pending request,
the sources by name and a degree of certainty. A value the ISU corrected by hand
(it differs from the file as last applied) is said to be the ISU's instead.
"""

import re
from dataclasses import dataclass
from datetime import date

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .file import value_text

ORDINALS = [
    gettext_lazy("First"),
    gettext_lazy("Second"),
    gettext_lazy("Third"),
    gettext_lazy("Fourth"),
    gettext_lazy("Fifth"),
    gettext_lazy("Sixth"),
    gettext_lazy("Seventh"),
    gettext_lazy("Eighth"),
    gettext_lazy("Ninth"),
    gettext_lazy("Tenth"),
    gettext_lazy("Eleventh"),
    gettext_lazy("Twelfth"),
    gettext_lazy("Thirteenth"),
    gettext_lazy("Fourteenth"),
    gettext_lazy("Fifteenth"),
    gettext_lazy("Sixteenth"),
    gettext_lazy("Seventeenth"),
    gettext_lazy("Eighteenth"),
    gettext_lazy("Nineteenth"),
    gettext_lazy("Twentieth"),
    gettext_lazy("Twenty-First"),
    gettext_lazy("Twenty-Second"),
    gettext_lazy("Twenty-Third"),
    gettext_lazy("Twenty-Fourth"),
    gettext_lazy("Twenty-Fifth"),
    gettext_lazy("Twenty-Sixth"),
]
# Review Conferences; a Meeting of the States Parties is held every other year.
REVIEW_CONFERENCE_YEARS = {1: 2004, 2: 2009, 3: 2014, 4: 2019, 5: 2024}
# The note's names of its sources -> how a reader knows them; news sites are news.
SOURCES = {
    "Mine Action Review": gettext_lazy("Mine Action Review, Clearing the Mines"),
    "Clearing the Mines": gettext_lazy("Mine Action Review, Clearing the Mines"),
    "Monitor": gettext_lazy("Landmine Monitor"),
    "apminebanconvention.org": gettext_lazy("the Convention's website"),
    "ISU membership page": gettext_lazy("the Convention's website"),
    "ISU release": gettext_lazy("the Implementation Support Unit"),
    "BHMAC": gettext_lazy("the Bosnia and Herzegovina Mine Action Centre"),
    "czrs.gov.rs": gettext_lazy("the Serbian Mine Action Centre"),
    "Tractatenblad": gettext_lazy("the Netherlands Treaty Series"),
    "ICBL": gettext_lazy("the International Campaign to Ban Landmines"),
}
NEWS = (
    "news",
    "asianews",
    "Africa-Press",
    "fsxbusiness",
    "babel.ua",
    "sud.ua",
    "portugalnews",
    "Xinhua",
    "Yle",
    "TASS",
    "caliber.az",
    "bb.lv",
    "unn.ua",
    "censor.net",
    "mil-osi",
    "Sputnik",
    "Matangi Tonga",
)
DECISION = re.compile(r"\b(\d{1,2})(MSP|RC)\b(?: \((\d{4})\))?")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PARENTHESES = re.compile(r"\([^()]*\)")
LAST_KNOWN = re.compile(r"\b(?:was|previous|earlier deadline) (\d{4}-\d{2}-\d{2})")
REQUEST_TARGET = re.compile(r"\bto (\d{4}(?:-\d{2}-\d{2})?)\b")

CONFIRMED = "confirmed"
REPORTED = "reported"
UNCONFIRMED = "unconfirmed"


@dataclass(frozen=True)
class Fact:
    """A value as a reader reads it: what it says, where from, how sure."""

    text: str
    source: str = ""
    certainty: str = ""

    @property
    def certainty_text(self) -> str:
        return {
            CONFIRMED: _("Confirmed by a published source."),
            REPORTED: _(
                "Reported by a secondary source; the official record was not read."
            ),
            UNCONFIRMED: _("Not confirmed by a published source."),
        }.get(self.certainty, "")


@dataclass(frozen=True)
class StateFacts:
    dates: Fact
    article5: Fact
    article4: Fact
    survivors: Fact


def meeting_name(number: int, kind: str, year: str | None) -> str:
    """ "5RC (2024)" -> "the Fifth Review Conference (2024)"."""
    if kind == "RC":
        year = year or REVIEW_CONFERENCE_YEARS.get(number)
    elif not year and number <= 25:
        # One Meeting of the States Parties a year from 1999, none in the years
        # of the Review Conferences, which followed the 5th, 9th, ... 21st.
        year = (
            1998
            + number
            + sum(1 for k in REVIEW_CONFERENCE_YEARS if 4 * k + 1 < number)
        )
    ordinal = ORDINALS[number - 1] if 0 < number <= len(ORDINALS) else str(number)
    if kind == "RC":
        name = _("the %(ordinal)s Review Conference") % {"ordinal": ordinal}
    else:
        name = _("the %(ordinal)s Meeting of the States Parties") % {"ordinal": ordinal}
    return f"{name} ({year})" if year else name


def _day(value: date) -> str:
    return date_format(value, "j F Y")


def _target(text: str) -> str:
    return _day(date.fromisoformat(text)) if len(text) == 10 else text


def _topics(note: str) -> dict[str, str]:
    """The note's parts by topic: dates, article5, article4, withdrawal."""
    topics: dict[str, list[str]] = {"dates": [], "article5": [], "article4": []}
    current = "dates"
    for part in _split(note):
        lowered = part.lower()
        if part.startswith("dates:"):
            current, part = "dates", part[len("dates:") :]
        elif part.startswith(("A5:", "A5 done:")):
            current, part = "article5", part.split(":", 1)[1]
        if "stockpile" in lowered or "art.4" in lowered:
            topics["article4"].append(part)
        elif "withdrawal" in lowered:
            topics["dates"].append(part)
        else:
            topics[current].append(part)
    return {
        topic: "; ".join(p.strip() for p in parts) for topic, parts in topics.items()
    }


def _split(note: str) -> list[str]:
    """Split on "; " outside parentheses."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(note):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ";" and depth <= 0:
            parts.append(note[start:i])
            start = i + 1
    parts.append(note[start:])
    return [p.strip() for p in parts if p.strip()]


def _sources(text: str) -> list[str]:
    names: list[str] = []
    for key, name in SOURCES.items():
        if key in text:
            year = re.search(re.escape(key) + r"[^;()]*?\b(20\d\d)\b", text)
            label = f"{name} ({year.group(1)})" if year else str(name)
            if not any(n.startswith(str(name)) for n in names):
                names.append(label)
    if any(word in text for word in NEWS):
        names.append(_("news reports"))
    return names


def _certainty(text: str, sources: list[str]) -> str:
    lowered = text.lower()
    if "low confidence" in lowered or not sources:
        return UNCONFIRMED
    only_news = sources == [_("news reports")]
    if "medium" in lowered or "not read" in lowered or only_news:
        return REPORTED
    return CONFIRMED


def _source_text(sources: list[str]) -> str:
    if not sources:
        return _("From the Convention's records as commonly known.")
    return _("Source: %(sources)s.") % {"sources": ", ".join(sources)}


def _fact(text: str, part: str) -> Fact:
    sources = _sources(part)
    return Fact(text, _source_text(sources), _certainty(part, sources))


def _isu_fact(text: str, state) -> Fact:
    when = state.status_updated_at
    source = (
        _("Recorded by the Implementation Support Unit on %(day)s.")
        % {"day": _day(when.date())}
        if when
        else _("Recorded by the Implementation Support Unit.")
    )
    return Fact(text, source)


def corrected(state, *fields: str) -> bool:
    """Whether the ISU changed any of `fields` since the file was last applied."""
    last = state.file_values or {}
    return any(
        last.get(field) != value_text(field, getattr(state, field)) for field in fields
    )


def article5_decision(part: str, deadline: date) -> str:
    """How the note says the deadline was set, in words; "" if it does not say."""
    decisions = list(DECISION.finditer(part))
    segments = []
    for i, match in enumerate(decisions):
        end = decisions[i + 1].start() if i + 1 < len(decisions) else len(part)
        # Dates in parentheses are the sources' dates, not deadlines.
        segments.append(PARENTHESES.sub("", part[match.end() : end]))
    for match, segment in zip(decisions, segments, strict=True):
        if deadline.isoformat() in ISO_DATE.findall(segment):
            return _meeting_extension(match)
    if "original ten-year deadline" in part:
        return _("the original ten-year deadline")
    if len(decisions) == 1 and not ISO_DATE.search(segments[0]):
        if re.match(r"\s*(granted|extended)", segments[0]):
            return _meeting_extension(decisions[0])
    requested = re.search(r"\b(\d{4}) request\b", part)
    if requested:
        return _("the extension requested in %(year)s") % {"year": requested.group(1)}
    return ""


def _meeting_extension(match) -> str:
    number, kind, year = match.groups()
    return _("extended by %(meeting)s") % {
        "meeting": meeting_name(int(number), kind, year)
    }


def last_known_deadline(part: str) -> date | None:
    match = LAST_KNOWN.search(part)
    return date.fromisoformat(match.group(1)) if match else None


def _article5(state, part: str) -> Fact:
    if not state.article5_obligations_remaining:
        text = _("No remaining obligations")
        if re.search(r"completed|mine-free", part):
            text = _("No remaining obligations: clearance completed")
        if corrected(state, "article5_obligations_remaining"):
            return _isu_fact(text, state)
        return _fact(text, part)
    deadline = state.article5_deadline
    if deadline:
        text = _("Obligations remain; deadline %(day)s") % {"day": _day(deadline)}
        decision = article5_decision(part, deadline)
        if corrected(state, "article5_deadline", "article5_obligations_remaining"):
            # The ISU's own note may name the decision; only if it names this date.
            if decision and deadline.isoformat() in part:
                text = f"{text}, {decision}"
            return _isu_fact(text, state)
        return _fact(f"{text}, {decision}" if decision else text, part)
    text = _("Obligations remain; current deadline not confirmed")
    last = last_known_deadline(part)
    if last:
        text = _("%(text)s; last known %(day)s") % {"text": text, "day": _day(last)}
    if "request" in part:
        target = (
            REQUEST_TARGET.search(part[part.find("ext") :]) if "ext" in part else None
        )
        if target and "request" in part[part.find("ext") :]:
            text = _("%(text)s; an extension to %(target)s was requested") % {
                "text": text,
                "target": _target(target.group(1)),
            }
        else:
            text = _("%(text)s; an extension was requested") % {"text": text}
    return _fact(text, part)


def state_facts(*, state) -> StateFacts:
    """The reference values of a State's page with where each came from."""
    topics = _topics(state.source_note or "")
    dates_text = _("Instrument deposited %(deposit)s; in force since %(force)s") % {
        "deposit": _day(state.date_ratified_or_acceded),
        "force": _day(state.entry_into_force),
    }
    date_fields = ("date_ratified_or_acceded", "entry_into_force")
    dates = (
        _isu_fact(dates_text, state)
        if corrected(state, *date_fields)
        else _fact(dates_text, topics["dates"])
    )
    article4_text = state.get_article4_stockpile_status_display()
    article4 = (
        _isu_fact(article4_text, state)
        if corrected(state, "article4_stockpile_status")
        else _fact(article4_text, topics["article4"])
    )
    survivors_text = (
        _("Responsible for significant numbers of mine survivors")
        if state.survivors_responsibility
        else _("Has not reported responsibility for significant numbers")
    )
    survivors = (
        _isu_fact(survivors_text, state)
        if corrected(state, "survivors_responsibility")
        else Fact(
            survivors_text,
            _(
                "From the ISU's list of States with significant numbers of "
                "survivors and Landmine Monitor."
            ),
        )
    )
    return StateFacts(
        dates=dates,
        article5=_article5(state, topics["article5"]),
        article4=article4,
        survivors=survivors,
    )
