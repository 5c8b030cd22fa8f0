"""``podium/profile``: the executive as a person — about, speaking & events, press.

Flow: ``on_files`` reads and checks the event files (bad ones are reported and left out),
``press.yml`` (kept out of the site), adds the about, events and press pages when the author
did not write them, and the ``events.ics`` feed. ``on_page_markdown`` gives those pages their
title, description and the JSON-LD hints ``podium/meta`` reads. ``on_page_context`` renders
the profile, agenda or press fragment (``podium/profile/*.html``) around the page's own
Markdown body and exposes ``podium.data["profile"]`` to every page (the home page's
``podium/profile/upcoming.html`` partial uses it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import markdown as markdown_lib
from jinja2 import Environment
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from podium.core.clock import build_now
from podium.core.errors import Problem
from podium.core.i18n import format_day, strings_for, t
from podium.meta import jsonld
from podium.meta.jsonld import EventInfo, EventPlace
from podium.mkdocs import priorities
from podium.mkdocs.hub_access import META, is_enabled, require_hub, site_card
from podium.mkdocs.log import get_logger, report
from podium.mkdocs.slots import page_slots
from podium.profile.events import Agenda, Event, agenda, parse_event
from podium.profile.ical import calendar_bytes
from podium.profile.person import ResolvedPerson, resolve_person
from podium.profile.press import Press, parse_press
from podium.profile.profile_words import PROFILE_STRINGS, format_event_when

from .config import ProfileConfig

STYLESHEET = "assets/podium/profile.css"  # language switcher, about, events, press
log = get_logger("profile")

ABOUT_TEMPLATE = "podium/profile/about.html"
EVENTS_TEMPLATE = "podium/profile/events.html"
EVENT_TEMPLATE = "podium/profile/event.html"
PRESS_TEMPLATE = "podium/profile/press.html"
JSONLD_TEMPLATE = "podium/profile/jsonld.html"


@dataclass
class ProfileView:
    """``podium.data["profile"]`` in templates."""

    lang: str
    strings: dict[str, str]
    owner: Any  # podium.core.model.Author or None
    person: ResolvedPerson | None
    agenda: Agenda
    press: Press
    events_url: str
    ics_url: str
    press_url: str
    about_url: str
    upcoming_count: int
    event: Event | None = None  # on an event's own page
    event_ics_url: str = ""  # that event's own .ics (upcoming events)
    bios_html: dict[str, Markup] = field(default_factory=dict)

    def when(self, event: Event) -> str:
        return format_event_when(event.start, event.end, event.lang or self.lang)

    def day(self, value: Any, lang: str = "") -> str:
        return format_day(value, lang or self.lang)

    def role(self, event: Event) -> str:
        return t(f"role.{event.role}", self.lang, PROFILE_STRINGS)

    def kind(self, kind: str) -> str:
        return t(f"kind.{kind}", self.lang, PROFILE_STRINGS)

    @property
    def upcoming(self) -> tuple[Event, ...]:
        return self.agenda.upcoming[: self.upcoming_count]


class ProfilePlugin(BasePlugin[ProfileConfig]):
    """See the module docstring for the event flow."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.events: dict[str, Event] = {}  # by source
        self.event_ics: dict[str, str] = {}  # event source → its own .ics (upcoming only)
        self.press = Press()
        self.has_press = False
        self.agenda = Agenda((), ())
        self.person: ResolvedPerson | None = None
        self.owner: Any = None
        self.site_url = ""
        self.lang = "en"
        self.env: Environment | None = None
        self.urls: dict[str, str] = {}

    # -- config and files ------------------------------------------------------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._reset()
        if not self.config.enabled:
            return None
        for key in ("about_page", "events_page", "press_page"):
            if not str(self.config[key]).endswith(".md"):
                raise PluginError(f"podium/profile: {key}: expected a Markdown path ending in .md")
        if self.config.upcoming_count < 0:
            raise PluginError("podium/profile: upcoming_count: expected 0 or more")
        self.site_url = (config.site_url or "").rstrip("/") + "/" if config.site_url else ""
        if STYLESHEET not in config.extra_css:  # shared with the other plugin of this pair
            config.extra_css.append(STYLESHEET)
        return config

    @event_priority(priorities.PROFILE_FILES)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        hub = require_hub(config, "podium/profile")
        self.lang = hub.site.language
        owner_id = self.config.owner or (hub.owner().id if hub.owner() else None)
        if self.config.owner and self.config.owner not in hub.authors:
            known = ", ".join(sorted(hub.authors)) or "none"
            raise PluginError(
                f"podium/profile: owner: unknown author id {self.config.owner!r} (known: {known})"
            )
        self.owner = hub.authors.get(owner_id) if owner_id else None
        problems: list[Problem] = []
        self._ensure_page(
            files, config, self.config.about_page, t("about", self.lang, PROFILE_STRINGS)
        )
        self._read_events(files, config, problems)
        self._read_press(files, config, problems)
        report(log, problems)
        for key in ("about_page", "events_page", "press_page"):
            file = files.get_file_from_path(self.config[key])
            self.urls[key] = file.url if file is not None else ""
        if self.owner is not None:
            self.person = resolve_person(
                self.owner,
                site_url=self.site_url,
                profile_url=urljoin(self.site_url, self.urls["about_page"]),
            )
        return files

    def _read_events(self, files: Files, config: MkDocsConfig, problems: list[Problem]) -> None:
        folder = self.config.events_dir.strip("/") + "/"
        event_files = [
            f
            for f in files.documentation_pages()
            if f.src_uri.startswith(folder) and f.src_uri != self.config.events_page
        ]
        for file in sorted(event_files, key=lambda f: f.src_uri):
            event, found = parse_event(file.src_uri, file.content_string, url=file.url)
            problems.extend(found)
            if event is None:
                file.inclusion = InclusionLevel.EXCLUDED
                continue
            self.events[file.src_uri] = event
            if file.inclusion.is_in_nav():
                file.inclusion = InclusionLevel.NOT_IN_NAV
        self.agenda = agenda(self.events.values(), build_now())
        if not self.events and files.get_file_from_path(self.config.events_page) is None:
            return
        self._ensure_page(
            files, config, self.config.events_page, t("events", self.lang, PROFILE_STRINGS)
        )
        if self.config.events_ics:
            if not self.site_url:
                raise PluginError(
                    "podium/profile: site_url is not set in mkdocs.yml; events.ics needs "
                    "absolute URLs (set site_url, or events_ics: '' to turn the calendar off)"
                )
            owner = self.owner.name if self.owner else config.site_name
            labels = {
                e.role: t(f"role.{e.role}", self.lang, PROFILE_STRINGS)
                for e in self.events.values()
            }
            name = f"{owner} — {t('events', self.lang, PROFILE_STRINGS)}"
            self._add_calendar(files, config, self.config.events_ics, self.agenda.upcoming, name)
            # One file per upcoming event for "add to calendar" (same UID as in the feed, so
            # calendar apps do not show it twice).
            for event in self.agenda.upcoming:
                src = event.source.rsplit(".", 1)[0] + ".ics"
                if self._add_calendar(files, config, src, (event,), name, labels):
                    self.event_ics[event.source] = src

    def _add_calendar(
        self,
        files: Files,
        config: MkDocsConfig,
        src: str,
        events: tuple[Event, ...],
        name: str,
        labels: dict[str, str] | None = None,
    ) -> bool:
        """Add an iCalendar file unless the author has one at ``src`` (never replaced)."""
        if files.get_file_from_path(src) is not None:
            log.warning(f"{src}: a file of yours is there; not generating the calendar")
            return False
        data = calendar_bytes(events, site_url=self.site_url, name=name, role_labels=labels)
        files.append(File.generated(config, src, content=data))
        return True

    def _read_press(self, files: Files, config: MkDocsConfig, problems: list[Problem]) -> None:
        path = Path(config.docs_dir) / self.config.press_file
        if not path.is_file():
            return
        data_file = files.get_file_from_path(self.config.press_file)
        if data_file is not None:
            data_file.inclusion = InclusionLevel.EXCLUDED  # data, not a page or a download
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Problem(self.config.press_file, None, "press", f"unreadable: {error}"))
            return
        self.press, found = parse_press(
            self.config.press_file,
            text,
            file_exists=lambda src: files.get_file_from_path(src) is not None,
        )
        problems.extend(found)
        self.has_press = True
        self._ensure_page(
            files, config, self.config.press_page, t("press", self.lang, PROFILE_STRINGS)
        )

    def _ensure_page(self, files: Files, config: MkDocsConfig, src: str, title: str) -> None:
        """Generate ``src`` unless the author wrote it (an author's file is never replaced)."""
        if files.get_file_from_path(src) is not None:
            return
        content = f'---\ntitle: "{_yaml_escape(title)}"\n---\n'
        files.append(File.generated(config, src, content=content))

    # -- pages -----------------------------------------------------------------------------

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if not self.config.enabled:
            return None
        src = page.file.src_uri
        home = (config.site_name, self.site_url)
        if src == self.config.about_page and self.person is not None:
            page.meta.setdefault("description", self.person.info.description or None)
            hints: dict[str, Any] = {"kind": "profile"}
            if not _meta_enabled(config):  # podium/meta builds the ProfilePage from "kind"
                about_url = urljoin(self.site_url, page.url)
                hints["jsonld"] = [
                    jsonld.profile_page(url=about_url, person_info=self.person.info, lang=self.lang)
                ]
            page.meta["podium_meta"] = hints
        elif src == self.config.events_page:
            page.meta.setdefault("description", self._section_description("events_description"))
            page.meta["podium_meta"] = {
                "jsonld": [self._event_jsonld(e, config) for e in self.agenda.upcoming],
            }
        elif src == self.config.press_page:
            page.meta.setdefault("description", self._section_description("press_description"))
        elif src in self.events:
            event = self.events[src]
            page.meta["title"] = page.meta.get("title") or event.title
            if event.lang:
                page.meta["lang"] = event.lang
            if event.description:
                page.meta.setdefault("description", event.description)
            events_url = urljoin(self.site_url, self.urls.get("events_page", ""))
            page.meta["podium_meta"] = {
                "jsonld": [self._event_jsonld(event, config)],
                "breadcrumbs": [
                    home,
                    (t("events", self.lang, PROFILE_STRINGS), events_url),
                    (event.title, urljoin(self.site_url, page.url)),
                ],
            }
        return None

    def _section_description(self, key: str) -> str:
        """A sentence for a generated page's description (what an unfurled link shows)."""
        name = self.person.info.name if self.person is not None else ""
        if not name:
            return t(key.removesuffix("_description"), self.lang, PROFILE_STRINGS)
        return t(key, self.lang, PROFILE_STRINGS, name=name)

    def _event_jsonld(self, event: Event, config: MkDocsConfig) -> dict[str, Any]:
        # Google wants an image on an Event: the event's own, else the site's share card.
        image = urljoin(self.site_url, event.image) if event.image else _card_url(site_card(config))
        return jsonld.event(
            EventInfo(
                url=urljoin(self.site_url, event.url),
                name=event.title,
                start=event.start,
                end=event.end,
                description=event.description,
                place=EventPlace(name=event.place, online_url=event.online),
                performer=self.person.info if self.person else None,
                organizer=event.event,
                organizer_url=event.event_url,
                image=image,
                lang=event.lang,
                links=tuple(u for u in (event.slides, event.video) if u),
            )
        )

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        self.env = env
        return env

    @event_priority(priorities.PROFILE_PAGE_CONTEXT)
    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any
    ) -> dict[str, Any] | None:
        if not self.config.enabled:
            return None
        slots = page_slots(context)
        src = page.file.src_uri
        view = ProfileView(
            lang=self.lang,
            strings=strings_for(self.lang, PROFILE_STRINGS),
            owner=self.owner,
            person=self.person,
            agenda=self.agenda,
            press=self.press,
            events_url=self.urls.get("events_page", "")
            if (self.events or src == self.config.events_page)
            else "",
            ics_url=self.config.events_ics if self.events and self.config.events_ics else "",
            event_ics_url=self.event_ics.get(src, ""),
            press_url=self.urls.get("press_page", "") if self.has_press else "",
            about_url=self.urls.get("about_page", ""),
            upcoming_count=self.config.upcoming_count,
            event=self.events.get(src),
        )
        slots.data["profile"] = view
        fragment = {
            self.config.about_page: (ABOUT_TEMPLATE, "before"),
            self.config.events_page: (EVENTS_TEMPLATE, "after"),
            self.config.press_page: (PRESS_TEMPLATE, "after"),
        }.get(src)
        if src in self.events:
            fragment = (EVENT_TEMPLATE, "before")
        if fragment is None:
            return context
        if src == self.config.press_page:
            view.bios_html = {
                length: Markup(markdown_lib.markdown(text)) for length, text in self.press.kit.bios
            }
        if not _meta_enabled(config) and isinstance(page.meta.get("podium_meta"), dict):
            slots.head.append(JSONLD_TEMPLATE)  # podium/meta would print it otherwise
        template, where = fragment
        html = self._render(template, context)
        page.content = (
            html + (page.content or "") if where == "before" else (page.content or "") + html
        )
        return context

    def _render(self, template: str, context: dict[str, Any]) -> str:
        if self.env is None:
            raise PluginError("podium/profile: the template environment is not ready")
        return self.env.get_template(template).render(context)


def _meta_enabled(config: MkDocsConfig) -> bool:
    return is_enabled(config, META)


def _yaml_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def _card_url(card: Any) -> str:
    return str(card.url) if card is not None else ""
