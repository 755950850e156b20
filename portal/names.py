"""Names of countries and currencies in the reader's language, from the Unicode
CLDR data that Babel ships (data, not hand-typed translations).

English keeps the portal's own names: a State's name as the Convention's
records write it, a currency's ISO 4217 name (portal.currencies). The other
languages take CLDR's name, or the English one where CLDR has none.
"""

import unicodedata
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import get_language

# Where CLDR's everyday name is not the name the United Nations and the
# Convention's records use for a State Party (UNTERM short names).
UN_NAMES = {
    "COD": {
        "fr": "République démocratique du Congo",
        "es": "República Democrática del Congo",
        "ar": "جمهورية الكونغو الديمقراطية",
    },
    "COG": {"fr": "Congo", "es": "Congo", "ar": "الكونغو"},
    "PSE": {
        "fr": "État de Palestine",
        "es": "Estado de Palestina",
        "ar": "دولة فلسطين",
    },
    "VAT": {"fr": "Saint-Siège", "es": "Santa Sede", "ar": "الكرسي الرسولي"},
}


@lru_cache(maxsize=16)
def _locale(language: str) -> Locale | None:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


@lru_cache(maxsize=512)
def territory_code(iso3: str) -> str:
    """ISO 3166-1 alpha-2 of an alpha-3 code ("SDN" → "SD"), "" if unknown."""
    codes = get_global("territory_aliases").get(iso3.upper()) or []
    return codes[0] if codes and len(codes[0]) == 2 else ""


def _reading_language(language: str | None) -> str:
    return (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]


def country_name(*, iso3: str, english: str, language: str | None = None) -> str:
    """A State's name in `language` (the active one by default)."""
    language = _reading_language(language)
    if language == "en":
        return english
    if un_name := UN_NAMES.get(iso3, {}).get(language):
        return un_name
    locale = _locale(language)
    code = territory_code(iso3)
    if locale is None or not code:
        return english
    return locale.territories.get(code) or english


def currency_name(*, code: str, english: str, language: str | None = None) -> str:
    """A currency's name in `language` (the active one by default)."""
    language = _reading_language(language)
    if language == "en":
        return english
    locale = _locale(language)
    if locale is None:
        return english
    return locale.currencies.get(code) or english


def currency_label(code: str, english: str):
    """ "USD — US Dollar", read in the active language when shown (a lazy
    string, for model and form choices)."""
    return lazy(lambda: f"{code} — {currency_name(code=code, english=english)}", str)()


def reading_order(text: str) -> str:
    """A key that sorts names as a reader of any of the portal's languages
    expects: letters without their accents, cedillas or hamza, and without
    case ("Égypte" among the E, "Émirats" after "Égypte", "إ" and "أ" with
    "ا"). Unicode's order of the base letters is each alphabet's own."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def by_local_name(states) -> list:
    """States (anything with `local_name`) in the reader's alphabetical order."""
    return sorted(states, key=lambda state: reading_order(state.local_name))
