"""UI strings of the highlights pages (en, fr, de, nb), falling back to the core's table."""

from __future__ import annotations

from podium.core.i18n import translate_from

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "highlights": "Highlights",
        "latest_highlights": "Latest highlights",
        "all_highlights": "All highlights",
        "highlights_about": "Highlights from this article",
        "filter_topic": "Topic",
        "filter_language": "Language",
        "filter_all": "All",
        "filter_reset": "Show all",
        "count": "{n} highlights",
        "show_more": "Show more",
        "from_article": "From the article",
        "related_article": "Read the article",
        "also_posted": "Also posted on",
        "pull_quote": "Pull quote",
        "content_warning": "Content warning",
        "permalink": "Permalink",
        "no_highlights": "No highlights yet.",
    },
    "fr": {
        "highlights": "Temps forts",
        "latest_highlights": "Derniers temps forts",
        "all_highlights": "Tous les temps forts",
        "highlights_about": "Temps forts de cet article",
        "filter_topic": "Thème",
        "filter_language": "Langue",
        "filter_all": "Tous",
        "filter_reset": "Tout afficher",
        "count": "{n} temps forts",
        "show_more": "Afficher plus",
        "from_article": "Extrait de l’article",
        "related_article": "Lire l’article",
        "also_posted": "Aussi publié sur",
        "pull_quote": "Citation",
        "content_warning": "Avertissement",
        "permalink": "Lien permanent",
        "no_highlights": "Pas encore de temps forts.",
    },
    "de": {
        "highlights": "Highlights",
        "latest_highlights": "Neueste Highlights",
        "all_highlights": "Alle Highlights",
        "highlights_about": "Highlights aus diesem Artikel",
        "filter_topic": "Thema",
        "filter_language": "Sprache",
        "filter_all": "Alle",
        "filter_reset": "Alle zeigen",
        "count": "{n} Highlights",
        "show_more": "Mehr zeigen",
        "from_article": "Aus dem Artikel",
        "related_article": "Zum Artikel",
        "also_posted": "Auch veröffentlicht auf",
        "pull_quote": "Zitat",
        "content_warning": "Inhaltswarnung",
        "permalink": "Permalink",
        "no_highlights": "Noch keine Highlights.",
    },
    "nb": {
        "highlights": "Høydepunkter",
        "latest_highlights": "Siste høydepunkter",
        "all_highlights": "Alle høydepunkter",
        "highlights_about": "Høydepunkter fra denne artikkelen",
        "filter_topic": "Tema",
        "filter_language": "Språk",
        "filter_all": "Alle",
        "filter_reset": "Vis alle",
        "count": "{n} høydepunkter",
        "show_more": "Vis flere",
        "from_article": "Fra artikkelen",
        "related_article": "Les artikkelen",
        "also_posted": "Også publisert på",
        "pull_quote": "Sitat",
        "content_warning": "Innholdsadvarsel",
        "permalink": "Permalenke",
        "no_highlights": "Ingen høydepunkter ennå.",
    },
}

PLATFORM_NAMES = {
    "x": "X",
    "twitter": "X",
    "linkedin": "LinkedIn",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "threads": "Threads",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "youtube": "YouTube",
    "github": "GitHub",
    "medium": "Medium",
    "substack": "Substack",
}


def t(key: str, lang: str, **values: object) -> str:
    """Highlights string `key` in `lang`; core strings (newer, older...) otherwise."""
    return translate_from(STRINGS, key, lang, **values)


def platform_name(platform: str) -> str:
    return PLATFORM_NAMES.get(platform.lower(), platform[:1].upper() + platform[1:])
