"""A readable word-level comparison of two texts (Python's difflib).

Minutes and presentations are prose: a changed word is easier to spot than a
changed line. Whitespace runs are kept as tokens, so the text reads as typed.
"""

import difflib
import re
from dataclasses import dataclass

_TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class DiffPart:
    kind: str  # "same", "ins" or "del"
    text: str


def word_diff(old: str, new: str) -> list[DiffPart]:
    """`old` → `new` as runs of kept, inserted and deleted words."""
    a, b = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    parts: list[DiffPart] = []

    def add(kind: str, tokens: list[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if parts and parts[-1].kind == kind:
            parts[-1] = DiffPart(kind, parts[-1].text + text)
        else:
            parts.append(DiffPart(kind, text))

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            add("same", a[i1:i2])
        else:
            add("del", a[i1:i2])
            add("ins", b[j1:j2])
    return parts
