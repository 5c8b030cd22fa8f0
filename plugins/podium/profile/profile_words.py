"""The profile's words (events, press, language switcher) as data, and event time ranges.

Read with ``podium.core.i18n.t(key, lang, PROFILE_STRINGS)`` like every other table, so the
fallbacks (region → base, ``nn`` → ``nb``, then English) are the core's.
"""

from __future__ import annotations

from datetime import datetime

from babel.dates import format_time

from podium.core.i18n import babel_locale, format_day

PROFILE_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "about": "About",
        "highlights": "Highlights",
        "events": "Speaking & events",
        "events_description": (
            "Talks, panels and podcasts with {name}: what is coming up and what has been."
        ),
        "press_description": (
            "{name} in the press: mentions, quotes, bios and photos for journalists."
        ),
        "upcoming": "Upcoming",
        "upcoming_events": "Upcoming events",
        "no_upcoming": "No upcoming events right now.",
        "past": "Past events",
        "press": "Press & media",
        "press_kit": "Press kit",
        "mentions": "In the press",
        "bio_short": "Short bio",
        "bio_medium": "Medium bio",
        "bio_long": "Long bio",
        "photos": "Photos",
        "download": "Download",
        "contact": "Contact",
        "press_contact": "Press contact",
        "slides": "Slides",
        "video": "Video",
        "online": "Online",
        "subscribe_calendar": "Subscribe to the calendar (.ics)",
        "add_to_calendar": "Add to calendar (.ics)",
        "all_events": "All events",
        "languages": "Languages",
        "read_in": "Read in {language}",
        "language_home": "{language} home",
        "elsewhere": "Elsewhere",
        "role.speaker": "Speaker",
        "role.keynote": "Keynote",
        "role.panelist": "Panelist",
        "role.moderator": "Moderator",
        "role.host": "Host",
        "role.organizer": "Organizer",
        "role.guest": "Guest",
        "role.interviewee": "Interview",
        "role.workshop": "Workshop",
        "role.judge": "Judge",
        "role.attendee": "Attendee",
        "kind.interview": "Interview",
        "kind.mention": "Mention",
        "kind.podcast": "Podcast",
        "kind.video": "Video",
        "kind.op-ed": "Op-ed",
        "kind.profile": "Profile",
        "kind.award": "Award",
        "kind.article": "Article",
    },
    "fr": {
        "about": "À propos",
        "highlights": "Brèves",
        "events": "Conférences et événements",
        "events_description": (
            "Conférences, tables rondes et podcasts avec {name} : à venir et passés."
        ),
        "press_description": (
            "{name} dans la presse : articles, citations, biographies et "
            "photos pour les journalistes."
        ),
        "upcoming": "À venir",
        "upcoming_events": "Prochains événements",
        "no_upcoming": "Aucun événement à venir pour le moment.",
        "past": "Événements passés",
        "press": "Presse et médias",
        "press_kit": "Dossier de presse",
        "mentions": "Dans la presse",
        "bio_short": "Biographie courte",
        "bio_medium": "Biographie moyenne",
        "bio_long": "Biographie longue",
        "photos": "Photos",
        "download": "Télécharger",
        "contact": "Contact",
        "press_contact": "Contact presse",
        "slides": "Présentation",
        "video": "Vidéo",
        "online": "En ligne",
        "subscribe_calendar": "S’abonner au calendrier (.ics)",
        "add_to_calendar": "Ajouter à l’agenda (.ics)",
        "all_events": "Tous les événements",
        "languages": "Langues",
        "read_in": "Lire en {language}",
        "language_home": "Accueil ({language})",
        "elsewhere": "Ailleurs",
        "role.speaker": "Intervenant·e",
        "role.keynote": "Keynote",
        "role.panelist": "Table ronde",
        "role.moderator": "Modération",
        "role.host": "Animation",
        "role.organizer": "Organisation",
        "role.guest": "Invité·e",
        "role.interviewee": "Entretien",
        "role.workshop": "Atelier",
        "role.judge": "Jury",
        "role.attendee": "Participant·e",
        "kind.interview": "Entretien",
        "kind.mention": "Mention",
        "kind.podcast": "Podcast",
        "kind.video": "Vidéo",
        "kind.op-ed": "Tribune",
        "kind.profile": "Portrait",
        "kind.award": "Prix",
        "kind.article": "Article",
    },
    "de": {
        "about": "Über mich",
        "highlights": "Kurz notiert",
        "events": "Vorträge & Veranstaltungen",
        "events_description": "Vorträge, Podien und Podcasts mit {name}: was ansteht und was war.",
        "press_description": (
            "{name} in der Presse: Erwähnungen, Zitate, Kurzbiografien und Fotos für Journalisten."
        ),
        "upcoming": "Demnächst",
        "upcoming_events": "Kommende Veranstaltungen",
        "no_upcoming": "Derzeit keine kommenden Veranstaltungen.",
        "past": "Vergangene Veranstaltungen",
        "press": "Presse & Medien",
        "press_kit": "Pressemappe",
        "mentions": "In der Presse",
        "bio_short": "Kurzbiografie",
        "bio_medium": "Mittlere Biografie",
        "bio_long": "Ausführliche Biografie",
        "photos": "Fotos",
        "download": "Herunterladen",
        "contact": "Kontakt",
        "press_contact": "Pressekontakt",
        "slides": "Folien",
        "video": "Video",
        "online": "Online",
        "subscribe_calendar": "Kalender abonnieren (.ics)",
        "add_to_calendar": "Zum Kalender hinzufügen (.ics)",
        "all_events": "Alle Veranstaltungen",
        "languages": "Sprachen",
        "read_in": "Auf {language} lesen",
        "language_home": "Startseite ({language})",
        "elsewhere": "Anderswo",
        "role.speaker": "Vortrag",
        "role.keynote": "Keynote",
        "role.panelist": "Podiumsdiskussion",
        "role.moderator": "Moderation",
        "role.host": "Gastgeberin",
        "role.organizer": "Organisation",
        "role.guest": "Gast",
        "role.interviewee": "Interview",
        "role.workshop": "Workshop",
        "role.judge": "Jury",
        "role.attendee": "Teilnahme",
        "kind.interview": "Interview",
        "kind.mention": "Erwähnung",
        "kind.podcast": "Podcast",
        "kind.video": "Video",
        "kind.op-ed": "Gastbeitrag",
        "kind.profile": "Porträt",
        "kind.award": "Auszeichnung",
        "kind.article": "Artikel",
    },
    "nb": {
        "about": "Om meg",
        "highlights": "Korte innlegg",
        "events": "Foredrag og arrangementer",
        "events_description": (
            "Foredrag, paneler og podkaster med {name}: det som kommer og det som har vært."
        ),
        "press_description": (
            "{name} i mediene: omtaler, sitater, biografier og bilder for journalister."
        ),
        "upcoming": "Kommende",
        "upcoming_events": "Kommende arrangementer",
        "no_upcoming": "Ingen kommende arrangementer akkurat nå.",
        "past": "Tidligere arrangementer",
        "press": "Presse og medier",
        "press_kit": "Pressemappe",
        "mentions": "I pressen",
        "bio_short": "Kort biografi",
        "bio_medium": "Middels biografi",
        "bio_long": "Lang biografi",
        "photos": "Bilder",
        "download": "Last ned",
        "contact": "Kontakt",
        "press_contact": "Pressekontakt",
        "slides": "Lysbilder",
        "video": "Video",
        "online": "Digitalt",
        "subscribe_calendar": "Abonner på kalenderen (.ics)",
        "add_to_calendar": "Legg til i kalenderen (.ics)",
        "all_events": "Alle arrangementer",
        "languages": "Språk",
        "read_in": "Les på {language}",
        "language_home": "Forside ({language})",
        "elsewhere": "Andre steder",
        "role.speaker": "Foredrag",
        "role.keynote": "Hovedinnlegg",
        "role.panelist": "Paneldebatt",
        "role.moderator": "Ordstyrer",
        "role.host": "Vert",
        "role.organizer": "Arrangør",
        "role.guest": "Gjest",
        "role.interviewee": "Intervju",
        "role.workshop": "Workshop",
        "role.judge": "Jury",
        "role.attendee": "Deltaker",
        "kind.interview": "Intervju",
        "kind.mention": "Omtale",
        "kind.podcast": "Podkast",
        "kind.video": "Video",
        "kind.op-ed": "Kronikk",
        "kind.profile": "Portrett",
        "kind.award": "Pris",
        "kind.article": "Artikkel",
    },
}


def format_event_time(start: datetime, end: datetime | None, lang: str) -> str:
    """``09:30–10:15 UTC+01:00``-style time range in the event's own zone."""
    locale = babel_locale(lang or "en")
    text = format_time(start, "short", tzinfo=start.tzinfo, locale=locale)
    if end and end.date() == start.date():
        text += "–" + format_time(end, "short", tzinfo=end.tzinfo, locale=locale)
    zone = start.tzname() or ""
    return f"{text} {zone}".strip()


def format_event_when(start: datetime, end: datetime | None, lang: str) -> str:
    """Full date plus time range; multi-day events show both dates."""
    when = f"{format_day(start, lang, style='full')}, {format_event_time(start, end, lang)}"
    if end and end.date() != start.date():
        when += f" – {format_day(end, lang, style='full')}"
    return when
