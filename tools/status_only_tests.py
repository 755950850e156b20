"""Count the collected tests whose every assertion is about a status code or a
redirect only: such a test cannot notice that an action stopped working.

    .venv/bin/python tools/status_only_tests.py [tests/...]

A test counts as status-only when each of its assert statements (and each
assertRedirects call) reads nothing but `status_code`, a redirect's `url` or
`Location`, and constants. Parametrised cases count one each, as pytest
collects them. Asserts in helpers the test calls are not followed, so the
figure is an upper bound.
"""

import ast
import collections
import subprocess
import sys
from pathlib import Path

STATUS_WORDS = ("status_code", "Location", ".url", "redirect_chain", "assertRedirects")


def _is_status_assert(source: str) -> bool:
    return any(word in source for word in STATUS_WORDS) and not any(
        word in source
        for word in ("content", "context", "objects", "outbox", "refresh_from_db")
    )


def status_only_functions(path: Path) -> set[str]:
    text = path.read_text()
    tree = ast.parse(text)
    found = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if not node.name.startswith("test"):
            continue
        asserts = [
            ast.get_source_segment(text, n)
            for n in ast.walk(node)
            if isinstance(n, ast.Assert)
            or (
                isinstance(n, ast.Call)
                and getattr(n.func, "attr", getattr(n.func, "id", "")).startswith(
                    "assert"
                )
            )
        ]
        if asserts and all(_is_status_assert(a or "") for a in asserts):
            found.add(node.name)
    return found


def main(paths: list[str]) -> None:
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", *paths],
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    ids = [line for line in collected if "::" in line]
    cache: dict[str, set[str]] = {}
    per_file = collections.Counter()
    for node_id in ids:
        file, _, rest = node_id.partition("::")
        name = rest.split("::")[-1].split("[")[0]
        if file not in cache:
            cache[file] = status_only_functions(Path(file))
        if name in cache[file]:
            per_file[file] += 1
    total = sum(per_file.values())
    for file, count in per_file.most_common():
        print(f"{count:5d}  {file}")
    share = 100 * total / max(len(ids), 1)
    print(f"{total} of {len(ids)} collected tests ({share:.0f} %) are status-only")


if __name__ == "__main__":
    main(sys.argv[1:] or ["tests"])
