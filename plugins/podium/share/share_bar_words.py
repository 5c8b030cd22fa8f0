"""The share bar's words in the reader's language (the demo's en, fr, de, nb; else English).

Kept beside the adapter as data so this part owns its strings; read with
``podium.core.i18n.strings_for(lang, SHARE_STRINGS)`` (the core's fallbacks: ``nn`` → ``nb``,
region → base, then English). The script reads its messages from the bar's ``data-*``
attributes.
"""

from __future__ import annotations

SHARE_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "share": "Share",
        "share_on": "Share on {name}",
        "share_native": "Share…",
        "copy_link": "Copy link",
        "copied": "Copied",
        "copy_failed": "Press Ctrl+C to copy",
        "link": "Link",
        "team_kit": "Team share kit",
        "mastodon_title": "Share on Mastodon (asks for your instance)",
        "mastodon_prompt": "Your Mastodon instance (for example mastodon.social):",
        "mastodon_invalid": "That is not an instance name such as mastodon.social.",
    },
    "fr": {
        "share": "Partager",
        "share_on": "Partager sur {name}",
        "share_native": "Partager…",
        "copy_link": "Copier le lien",
        "copied": "Copié",
        "copy_failed": "Appuyez sur Ctrl+C pour copier",
        "link": "Lien",
        "team_kit": "Kit de partage de l’équipe",
        "mastodon_title": "Partager sur Mastodon (demande votre instance)",
        "mastodon_prompt": "Votre instance Mastodon (par exemple mastodon.social) :",
        "mastodon_invalid": "Ce n’est pas un nom d’instance comme mastodon.social.",
    },
    "de": {
        "share": "Teilen",
        "share_on": "Auf {name} teilen",
        "share_native": "Teilen…",
        "copy_link": "Link kopieren",
        "copied": "Kopiert",
        "copy_failed": "Zum Kopieren Strg+C drücken",
        "link": "Link",
        "team_kit": "Share-Kit für das Team",
        "mastodon_title": "Auf Mastodon teilen (fragt nach Ihrer Instanz)",
        "mastodon_prompt": "Ihre Mastodon-Instanz (zum Beispiel mastodon.social):",
        "mastodon_invalid": "Das ist kein Instanzname wie mastodon.social.",
    },
    "nb": {
        "share": "Del",
        "share_on": "Del på {name}",
        "share_native": "Del…",
        "copy_link": "Kopier lenke",
        "copied": "Kopiert",
        "copy_failed": "Trykk Ctrl+C for å kopiere",
        "link": "Lenke",
        "team_kit": "Delingssett for teamet",
        "mastodon_title": "Del på Mastodon (spør om instansen din)",
        "mastodon_prompt": "Mastodon-instansen din (for eksempel mastodon.social):",
        "mastodon_invalid": "Det er ikke et instansnavn som mastodon.social.",
    },
}
