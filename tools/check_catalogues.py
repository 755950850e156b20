"""Are the fr/es/ar catalogues complete?

    .venv/bin/python tools/check_catalogues.py

Runs makemessages into a scratch copy of locale/ and fails when it finds a
message the committed catalogues lack, or when a committed catalogue has an
untranslated or fuzzy message (msgfmt --statistics). Needs GNU gettext.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ["fr", "es", "ar"]
IGNORE = [".venv", "var", "bench", "tests", "tools", "staticfiles"]


def fresh_msgids() -> dict[str, set[str]]:
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "locale"
        shutil.copytree(ROOT / "locale", copy)
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "makemessages",
                "--no-obsolete",
                *[f"-l{lang}" for lang in LANGUAGES],
                *[f"--ignore={path}" for path in IGNORE],
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
            env={"PORTAL_LOCALE_DIR": str(copy), **__import__("os").environ},
        )
        return {
            lang: {e.msgid for e in polib.pofile(copy / lang / "LC_MESSAGES/django.po")}
            for lang in LANGUAGES
        }


def main() -> int:
    problems = []
    fresh = fresh_msgids()
    for lang in LANGUAGES:
        po = polib.pofile(ROOT / "locale" / lang / "LC_MESSAGES" / "django.po")
        missing = fresh[lang] - {e.msgid for e in po}
        untranslated = [e.msgid for e in po.untranslated_entries()]
        fuzzy = [e.msgid for e in po.fuzzy_entries()]
        print(
            f"{lang}: {len(po.translated_entries())} translated, "
            f"{len(untranslated)} untranslated, {len(fuzzy)} fuzzy, "
            f"{len(missing)} missing from the catalogue"
        )
        for msgid in sorted(missing)[:20]:
            problems.append(f"{lang}: not in the catalogue: {msgid[:70]!r}")
        problems += [f"{lang}: untranslated: {m[:70]!r}" for m in untranslated[:20]]
        problems += [f"{lang}: fuzzy: {m[:70]!r}" for m in fuzzy[:20]]
    print("\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
