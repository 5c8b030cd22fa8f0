"""UI strings and dates in the reader's language (en, fr, de, nb; English otherwise).

Material's language files cover its own interface only; Podium's words ("min read",
"Corrections") live here. Dates go through Babel so month names and order are right.
"""

from __future__ import annotations

import functools
from datetime import date, datetime

from babel import Locale, UnknownLocaleError
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


def base_language(lang: str) -> str:
    """``nb-NO`` → ``nb``; Norwegian ``no`` reads as Bokmål."""
    base = lang.replace("_", "-").split("-")[0].lower()
    return "nb" if base == "no" else base


def translate(key: str, lang: str, **values: object) -> str:
    """The UI string ``key`` in ``lang`` (English when the language or key is missing)."""
    table = STRINGS.get(base_language(lang), STRINGS["en"])
    template = table.get(key) or STRINGS["en"].get(key, key)
    return template.format(**values) if values else template


def translate_from(
    strings: dict[str, dict[str, str]], key: str, lang: str, **values: object
) -> str:
    """``key`` from a part's own ``strings`` table (English fallback), else the core table.

    Feeds, highlights and other parts keep their words next to their code; this is the one
    lookup they share, so fallbacks behave the same everywhere.
    """
    table = strings.get(base_language(lang), strings["en"])
    template = table.get(key) or strings["en"].get(key)
    if template is None:
        return translate(key, lang, **values)
    return template.format(**values) if values else template


def format_day(moment: datetime, lang: str, style: str = "long") -> str:
    """A date as readers of ``lang`` write it ("14 mars 2026", "14. März 2026")."""
    return _format_day(moment.date(), lang, style)


# Listing pages print the same few hundred dates in a handful of languages many times per
# build, and each Babel call re-resolves the locale's patterns: both are pure, so cache them.
@functools.lru_cache(maxsize=8192)
def _format_day(day: date, lang: str, style: str) -> str:
    return format_date(day, format=style, locale=_locale(lang))


@functools.lru_cache(maxsize=256)
def _locale(lang: str) -> Locale:
    """The Babel locale of ``lang`` (English when Babel does not know it)."""
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def language_name(lang: str, in_lang: str | None = None) -> str:
    """The language's own name ("français", "norsk bokmål"), for language switchers."""
    try:
        locale = Locale.parse(lang.replace("-", "_"))
        display = Locale.parse((in_lang or lang).replace("-", "_"))
        name = locale.get_display_name(display) or lang
    except (UnknownLocaleError, ValueError):
        return lang
    return name[:1].upper() + name[1:]
