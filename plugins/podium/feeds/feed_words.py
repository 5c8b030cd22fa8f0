"""Words of the feeds and the Subscribe page, in en, fr, de and nb (English otherwise).

Kept beside the feeds rather than in ``podium.core.i18n`` so the feeds part owns its own
strings as data; ``podium.core.i18n.t(key, lang, FEED_STRINGS)`` reads them and falls back
to the core table for the generic words ("Articles", "Tag", "Category").
"""

from __future__ import annotations

FEED_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "highlights": "Highlights",
        "in_language": "{site} in English",
        "subscribe": "Subscribe",
        "subscribe_intro": (
            "Follow {site} in your feed reader: copy the address of a feed and add it to "
            "any reader (Feedly, Inoreader, NetNewsWire, Thunderbird, …)."
        ),
        "everything": "Everything (articles and highlights)",
        "by_language": "By language",
        "by_category": "By category",
        "by_tag": "By tag",
        "copy": "Copy",
        "copied": "Copied",
        "json_feed": "JSON Feed",
        "continue_reading": "Continue reading",
    },
    "fr": {
        "highlights": "Temps forts",
        "in_language": "{site} en français",
        "subscribe": "S’abonner",
        "subscribe_intro": (
            "Suivez {site} dans votre lecteur de flux : copiez l’adresse d’un flux et "
            "ajoutez-la à votre lecteur (Feedly, Inoreader, NetNewsWire, Thunderbird, …)."
        ),
        "everything": "Tout (articles et temps forts)",
        "by_language": "Par langue",
        "by_category": "Par catégorie",
        "by_tag": "Par mot-clé",
        "copy": "Copier",
        "copied": "Copié",
        "json_feed": "JSON Feed",
        "continue_reading": "Lire la suite",
    },
    "de": {
        "highlights": "Highlights",  # as on the wall page (podium/highlights)
        "in_language": "{site} auf Deutsch",
        "subscribe": "Abonnieren",
        "subscribe_intro": (
            "Folgen Sie {site} in Ihrem Feedreader: Kopieren Sie die Adresse eines Feeds und "
            "fügen Sie sie in einen Reader ein (Feedly, Inoreader, NetNewsWire, Thunderbird, …)."
        ),
        "everything": "Alles (Artikel und Highlights)",
        "by_language": "Nach Sprache",
        "by_category": "Nach Kategorie",
        "by_tag": "Nach Schlagwort",
        "copy": "Kopieren",
        "copied": "Kopiert",
        "json_feed": "JSON Feed",
        "continue_reading": "Weiterlesen",
    },
    "nb": {
        "highlights": "Høydepunkter",
        "in_language": "{site} på norsk",
        "subscribe": "Abonner",
        "subscribe_intro": (
            "Følg {site} i feedleseren din: kopier adressen til en feed og legg den til i "
            "en leser (Feedly, Inoreader, NetNewsWire, Thunderbird, …)."
        ),
        "everything": "Alt (artikler og høydepunkter)",
        "by_language": "Etter språk",
        "by_category": "Etter kategori",
        "by_tag": "Etter emneord",
        "copy": "Kopier",
        "copied": "Kopiert",
        "json_feed": "JSON Feed",
        "continue_reading": "Les videre",
    },
}
