"""Translations of the perf helper's strings (tools/fill_translations.py)."""

T = {
    "See all: %(heading)s": (
        "Tout voir : %(heading)s",
        "Ver todo: %(heading)s",
        "عرض الكل: %(heading)s",
    ),
}
