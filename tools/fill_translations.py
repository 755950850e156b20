"""Fill the fr/es/ar catalogues from a file of translations.

    make messages
    .venv/bin/python tools/fill_translations.py path/to/translations.py [...]
    make messages

Each file defines ``T``, a dict whose keys are what the catalogue holds and
whose values are the French, Spanish and Arabic renderings:

    T = {
        "Due date": ("Date d'échéance", "Fecha límite", "تاريخ الاستحقاق"),
        # a message with a context
        ("month", "May", None): ("mai", "mayo", "مايو"),
        # a plural: one list of forms per language (fr 2, es 3, ar 6)
        ("%(n)s need", "%(n)s needs"): (
            ["%(n)s besoin", "%(n)s besoins"],
            ["%(n)s necesidad", "%(n)s necesidades", "%(n)s necesidades"],
            ["…", "…", "…", "…", "…", "…"],
        ),
    }

Only entries that are untranslated or fuzzy are written, so a translation
reviewed in the catalogue is never overwritten. Prints what is still missing.
"""

import runpy
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ["fr", "es", "ar"]


def entry_key(entry: polib.POEntry):
    if entry.msgctxt:
        return (entry.msgctxt, entry.msgid, None)
    if entry.msgid_plural:
        return (entry.msgid, entry.msgid_plural)
    return entry.msgid


def fill(translations: dict) -> int:
    missing = 0
    for index, lang in enumerate(LANGUAGES):
        path = ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"
        po = polib.pofile(path, wrapwidth=79)
        written = 0
        for entry in po:
            if entry.obsolete or (entry.translated() and "fuzzy" not in entry.flags):
                continue
            value = translations.get(entry_key(entry))
            if value is None:
                missing += 1
                print(f"{lang}: missing {entry_key(entry)!r}")
                continue
            text = value[index]
            if entry.msgid_plural:
                entry.msgstr_plural = dict(enumerate(text))
            else:
                entry.msgstr = text
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = None
            entry.previous_msgctxt = None
            written += 1
        po.save(path)
        print(f"{lang}: {written} written")
    return missing


def main(paths: list[str]) -> int:
    translations: dict = {}
    for path in paths:
        translations.update(runpy.run_path(path)["T"])
    return 1 if fill(translations) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
