"""Language tags in the three spellings a page needs: BCP 47, Open Graph, and a display name.

Open Graph wants ``language_TERRITORY`` (``fr_FR``) while HTML and hreflang want BCP 47
(``fr``); Babel's CLDR data supplies the likely territory for a bare language.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global


@lru_cache(maxsize=64)
def parse_locale(lang: str) -> Locale:
    """Babel locale for a BCP 47 tag (``en``, ``pt-BR``, ``nb_NO``); ValueError if unknown."""
    tag = (lang or "").strip().replace("_", "-")
    if not tag:
        raise ValueError("empty language tag")
    try:
        return Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError) as err:
        raise ValueError(f"unknown language tag {lang!r}") from err


def is_known_language(lang: str) -> bool:
    try:
        parse_locale(lang)
    except ValueError:
        return False
    return True


def bcp47(lang: str) -> str:
    """Normalised BCP 47 tag for ``lang`` attributes and hreflang (``pt_br`` → ``pt-BR``)."""
    locale = parse_locale(lang)
    parts = [locale.language]
    if locale.script:
        parts.append(locale.script)
    if locale.territory:
        parts.append(locale.territory)
    return "-".join(parts)


def og_locale(lang: str) -> str:
    """Open Graph locale ``language_TERRITORY``: ``en`` → ``en_US``, ``nb`` → ``nb_NO``."""
    locale = parse_locale(lang)
    territory = locale.territory
    if not territory:
        likely_subtags = get_global("likely_subtags")
        key = f"{locale.language}_{locale.script}" if locale.script else locale.language
        likely = likely_subtags.get(key) or likely_subtags.get(locale.language, "")
        territory = likely.split("_")[-1] if likely.count("_") >= 1 else ""
    return f"{locale.language}_{territory}" if territory else locale.language


def language_name(lang: str, *, in_lang: str | None = None) -> str:
    """Name of ``lang`` in ``in_lang`` (default: in itself, as language menus show it)."""
    locale = parse_locale(lang)
    name = locale.get_display_name(parse_locale(in_lang or lang)) or lang
    return name[:1].upper() + name[1:]
