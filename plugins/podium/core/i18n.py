"""The one owner of languages: string lookup, locale fallbacks, dates and language names.

Every part keeps its words as data (a ``{lang: {key: text}}`` table: this module's core
``STRINGS``, the feeds', the highlights', the profile's, the share bar's) and reads them with
the one lookup ``t()``, so every part falls back the same way: region → base language, the
Norwegian written forms to each other (``nn`` → ``nb`` → ``no``), then English. Babel (CLDR)
supplies month names, date order, language names and Open Graph territories.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date, datetime

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "articles": "Articles",
        "all_articles": "All articles",
        "latest_articles": "Latest articles",
        "featured": "Featured",
        "read_more": "Continue reading",
        "min_read": "{n} min read",
        "published": "Published",
        "updated": "Updated",
        "by": "By",
        "tags": "Tags",
        "tag": "Tag",
        "categories": "Categories",
        "category": "Category",
        "archive": "Archive",
        "authors": "Authors",
        "series": "Series",
        "series_part": "Part {n} of {total} in the series",
        "previous_part": "Previous part",
        "next_part": "Next part",
        "translations": "Also available in",
        "related": "Related articles",
        "corrections": "Corrections",
        "correction_note": "This article was corrected. We note every change here.",
        "syndication": "Also published on",
        "first_published": "First published at",
        "draft": "Draft",
        "newer": "Newer",
        "older": "Older",
        "page_of": "Page {n} of {total}",
        "articles_by": "Articles by {name}",
        "no_articles": "Nothing published here yet.",
        "further_reading": "Further reading",
    },
    "fr": {
        "articles": "Articles",
        "all_articles": "Tous les articles",
        "latest_articles": "Derniers articles",
        "featured": "À la une",
        "read_more": "Lire la suite",
        "min_read": "{n} min de lecture",
        "published": "Publié",
        "updated": "Mis à jour",
        "by": "Par",
        "tags": "Mots-clés",
        "tag": "Mot-clé",
        "categories": "Catégories",
        "category": "Catégorie",
        "archive": "Archives",
        "authors": "Auteurs",
        "series": "Série",
        "series_part": "Partie {n} sur {total} de la série",
        "previous_part": "Partie précédente",
        "next_part": "Partie suivante",
        "translations": "Aussi disponible en",
        "related": "Articles liés",
        "corrections": "Corrections",
        "correction_note": "Cet article a été corrigé. Chaque modification est notée ici.",
        "syndication": "Également publié sur",
        "first_published": "Publié d’abord sur",
        "draft": "Brouillon",
        "newer": "Plus récents",
        "older": "Plus anciens",
        "page_of": "Page {n} sur {total}",
        "articles_by": "Articles de {name}",
        "no_articles": "Rien n’est encore publié ici.",
        "further_reading": "Pour aller plus loin",
    },
    "de": {
        "articles": "Artikel",
        "all_articles": "Alle Artikel",
        "latest_articles": "Neueste Artikel",
        "featured": "Empfohlen",
        "read_more": "Weiterlesen",
        "min_read": "{n} Min. Lesezeit",
        "published": "Veröffentlicht",
        "updated": "Aktualisiert",
        "by": "Von",
        "tags": "Schlagwörter",
        "tag": "Schlagwort",
        "categories": "Kategorien",
        "category": "Kategorie",
        "archive": "Archiv",
        "authors": "Autorinnen und Autoren",
        "series": "Serie",
        "series_part": "Teil {n} von {total} der Serie",
        "previous_part": "Vorheriger Teil",
        "next_part": "Nächster Teil",
        "translations": "Auch verfügbar auf",
        "related": "Verwandte Artikel",
        "corrections": "Korrekturen",
        "correction_note": "Dieser Artikel wurde korrigiert. Jede Änderung ist hier vermerkt.",
        "syndication": "Auch veröffentlicht auf",
        "first_published": "Zuerst erschienen bei",
        "draft": "Entwurf",
        "newer": "Neuere",
        "older": "Ältere",
        "page_of": "Seite {n} von {total}",
        "articles_by": "Artikel von {name}",
        "no_articles": "Hier ist noch nichts veröffentlicht.",
        "further_reading": "Weiterführende Links",
    },
    "nb": {
        "articles": "Artikler",
        "all_articles": "Alle artikler",
        "latest_articles": "Nyeste artikler",
        "featured": "Utvalgt",
        "read_more": "Les mer",
        "min_read": "{n} min lesetid",
        "published": "Publisert",
        "updated": "Oppdatert",
        "by": "Av",
        "tags": "Stikkord",
        "tag": "Stikkord",
        "categories": "Kategorier",
        "category": "Kategori",
        "archive": "Arkiv",
        "authors": "Forfattere",
        "series": "Serie",
        "series_part": "Del {n} av {total} i serien",
        "previous_part": "Forrige del",
        "next_part": "Neste del",
        "translations": "Også tilgjengelig på",
        "related": "Relaterte artikler",
        "corrections": "Rettelser",
        "correction_note": "Denne artikkelen er rettet. Vi noterer hver endring her.",
        "syndication": "Også publisert på",
        "first_published": "Først publisert hos",
        "draft": "Utkast",
        "newer": "Nyere",
        "older": "Eldre",
        "page_of": "Side {n} av {total}",
        "articles_by": "Artikler av {name}",
        "no_articles": "Ingenting er publisert her ennå.",
        "further_reading": "Videre lesning",
    },
}


# Written forms a reader of one language reads before English: Nynorsk readers read Bokmål,
# and "no" (the macrolanguage) is written as Bokmål.
_FALLBACKS: dict[str, tuple[str, ...]] = {"nn": ("nb", "no"), "no": ("nb",), "nb": ("no",)}

Table = Mapping[str, Mapping[str, str]]


@functools.lru_cache(maxsize=256)
def locale_chain(lang: str) -> tuple[str, ...]:
    """Table keys to try for ``lang``, best first, English last.

    ``nn-NO`` → ``("nn-no", "nn", "nb", "no", "en")``; ``pt_BR`` → ``("pt-br", "pt", "en")``.
    """
    return tuple(dict.fromkeys([*_own_keys(lang), "en"]))


@functools.lru_cache(maxsize=256)
def _own_keys(lang: str) -> tuple[str, ...]:
    """``lang``'s own table keys: the tag, its base language, that language's fallbacks."""
    tag = (lang or "").strip().replace("_", "-").lower()
    base = tag.split("-")[0]
    return tuple(dict.fromkeys(key for key in [tag, base, *_FALLBACKS.get(base, ())] if key))


def table_language(strings: Table, lang: str) -> str | None:
    """The key of ``strings`` that serves ``lang`` (``None``: only the English fallback would)."""
    return next((key for key in _own_keys(lang) if key in strings), None)


def strings_for(lang: str, strings: Table | None = None) -> dict[str, str]:
    """Every string of ``strings`` (default: the core table) in ``lang``, gaps filled in order
    of :func:`locale_chain`; templates that print many words take this dict."""
    table = STRINGS if strings is None else strings
    merged: dict[str, str] = {}
    for key in reversed(locale_chain(lang)):
        merged.update(table.get(key, {}))
    return merged


def t(key: str, lang: str, strings: Table | None = None, /, **values: object) -> str:
    """The one lookup: ``key`` in ``lang`` from ``strings``, else from the core table.

    Each table is searched along :func:`locale_chain`; a key no table has is returned as is.
    ``values`` fill ``{placeholders}``.
    """
    template = None
    for table in (strings, STRINGS) if strings is not None else (STRINGS,):
        template = next(
            (table[k][key] for k in locale_chain(lang) if key in table.get(k, {})), None
        )
        if template is not None:
            break
    if template is None:
        template = key
    return template.format(**values) if values else template


def format_day(moment: date | datetime, lang: str, style: str = "long") -> str:
    """A date as readers of ``lang`` write it ("14 mars 2026", "14. März 2026"); English for
    a language Babel does not know."""
    day = moment.date() if isinstance(moment, datetime) else moment
    return _format_day(day, lang, style)


# Listing pages print the same few hundred dates in a handful of languages many times per
# build, and each Babel call re-resolves the locale's patterns: both are pure, so cache them.
@functools.lru_cache(maxsize=8192)
def _format_day(day: date, lang: str, style: str) -> str:
    return format_date(day, format=style, locale=_locale(lang))


@functools.lru_cache(maxsize=256)
def _locale(lang: str) -> Locale:
    """The Babel locale of ``lang`` (English when Babel does not know it)."""
    try:
        return parse_locale(lang)
    except ValueError:
        return Locale.parse("en")


def babel_locale(lang: str) -> Locale:
    """The Babel locale to format for ``lang`` (English when Babel does not know it)."""
    return _locale(lang)


def language_name(lang: str, in_lang: str | None = None) -> str:
    """The language's name in ``in_lang`` (default: its own, "Français", "Norsk bokmål"), as
    language menus show it; the tag itself for a language Babel does not know."""
    try:
        locale = parse_locale(lang)
        display = parse_locale(in_lang or lang)
    except ValueError:
        return lang
    name = locale.get_display_name(display) or lang
    return name[:1].upper() + name[1:]


@functools.lru_cache(maxsize=64)
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
    """Open Graph locale ``language_TERRITORY``: ``en`` → ``en_US``, ``nb`` → ``nb_NO``.

    Open Graph wants a territory where HTML and hreflang want a bare BCP 47 tag; CLDR's
    likely subtags supply it for a bare language.
    """
    locale = parse_locale(lang)
    territory = locale.territory
    if not territory:
        likely_subtags = get_global("likely_subtags")
        key = f"{locale.language}_{locale.script}" if locale.script else locale.language
        likely = likely_subtags.get(key) or likely_subtags.get(locale.language, "")
        territory = likely.split("_")[-1] if likely.count("_") >= 1 else ""
    return f"{locale.language}_{territory}" if territory else locale.language
