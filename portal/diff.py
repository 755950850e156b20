"""A readable word-level comparison of two texts, at a bounded cost.

Minutes and presentations are prose: a changed word is easier to spot than a
changed line. Whitespace runs are kept as tokens, so the text reads as typed.

Python's difflib alone cannot be used on whole texts: on words that repeat
(every whitespace token does) its time grows with the cube of the length, and
two minutes of 800 words each took 39 s (the history page recomputes the
comparison at every view). So the comparison works as a patience diff: the
common start and end are set aside, words found exactly once on each side
anchor the comparison (their longest run in order), and the parts between
anchors are compared the same way. difflib only ever sees small parts, and a
budget of tokens visited bounds the whole: once it is spent, what is left of a
part is shown as removed and added as a block, which is still a true account
of the change, only coarser.
"""

import difflib
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

_TOKENS = re.compile(r"\s+|[^\s]+")

# difflib compares a part when it is this small (tokens on one side × tokens
# on the other): its worst case on 40 × 40 tokens is a few milliseconds.
SMALL_PART = 1_600
# Tokens visited while looking for anchors, over the whole comparison: with
# two texts of the longest minutes (20,000 characters), the worst case stays
# well under a second (tests/portal/test_input_costs.py tries the worst).
BUDGET = 400_000


@dataclass(frozen=True)
class DiffPart:
    kind: str  # "same", "ins" or "del"
    text: str


def _anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Positions (i, j) of words found once in `a` and once in `b`, the
    longest run of them in the same order on both sides."""
    count_a, count_b = Counter(a), Counter(b)
    where_b = {t: j for j, t in enumerate(b) if count_b[t] == 1}
    pairs = [
        (i, where_b[t]) for i, t in enumerate(a) if count_a[t] == 1 and t in where_b
    ]
    # Longest increasing run of the j's (patience sorting), O(k log k).
    tails: list[int] = []  # tails[n]: smallest j ending a run of n + 1
    tail_at: list[int] = []  # index into pairs of that tail
    previous: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        n = bisect_left(tails, j)
        if n == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[n] = j
            tail_at[n] = k
        previous[k] = tail_at[n - 1] if n else -1
    run = []
    k = tail_at[-1] if tail_at else -1
    while k != -1:
        run.append(pairs[k])
        k = previous[k]
    return run[::-1]


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """(kind, i1, i2, j1, j2) runs turning `a` into `b`, in order."""
    out: list[tuple[str, int, int, int, int]] = []
    budget = BUDGET
    # Work items, last first: a part to compare, or a finished run to emit.
    stack: list[tuple] = [("part", 0, len(a), 0, len(b))]
    while stack:
        item = stack.pop()
        if item[0] != "part":
            out.append(item)
            continue
        _, i1, i2, j1, j2 = item
        while i1 < i2 and j1 < j2 and a[i1] == b[j1]:
            out.append(("same", i1, i1 + 1, j1, j1 + 1))
            i1, j1 = i1 + 1, j1 + 1
        tail = 0
        while (
            i2 - tail > i1 and j2 - tail > j1 and a[i2 - tail - 1] == b[j2 - tail - 1]
        ):
            tail += 1
        if tail:
            stack.append(("same", i2 - tail, i2, j2 - tail, j2))
            i2, j2 = i2 - tail, j2 - tail
        if i1 == i2 or j1 == j2:
            stack.append(("change", i1, i2, j1, j2))
            continue
        if (i2 - i1) * (j2 - j1) <= SMALL_PART:
            matcher = difflib.SequenceMatcher(None, a[i1:i2], b[j1:j2], autojunk=False)
            for op, x1, x2, y1, y2 in reversed(matcher.get_opcodes()):
                kind = "same" if op == "equal" else "change"
                stack.append((kind, i1 + x1, i1 + x2, j1 + y1, j1 + y2))
            continue
        budget -= (i2 - i1) + (j2 - j1)
        anchors = _anchors(a[i1:i2], b[j1:j2]) if budget > 0 else []
        if not anchors:
            stack.append(("change", i1, i2, j1, j2))
            continue
        # Parts between anchors, pushed last first so they come out in order.
        ends = [(i2 - i1, j2 - j1)]
        starts = [(0, 0)]
        for x, y in anchors:
            ends.insert(-1, (x, y))
            starts.append((x + 1, y + 1))
        for (x1, y1), (x2, y2), anchor in reversed(
            list(zip(starts, ends, [*anchors, None], strict=True))
        ):
            if anchor is not None:
                stack.append(("same", i1 + x2, i1 + x2 + 1, j1 + y2, j1 + y2 + 1))
            stack.append(("part", i1 + x1, i1 + x2, j1 + y1, j1 + y2))
    return out


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

    for kind, i1, i2, j1, j2 in _opcodes(a, b):
        if kind == "same":
            add("same", a[i1:i2])
        else:
            add("del", a[i1:i2])
            add("ins", b[j1:j2])
    return parts
