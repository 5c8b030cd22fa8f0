"""feedgen 1.0.0 with its known bugs fixed, as two small subclasses.

feedgen builds well-formed RSS and Atom with lxml, but 1.0.0 (the last release, Dec 2023,
unmaintained since) gets several things wrong for a reproducible static site. Each fix
below is idempotent, so a future feedgen release that fixes the bug upstream changes
nothing here.

1. **Atom entry links lose their attributes** (lkiesow/python-feedgen#135): the loop in
   ``FeedEntry.atom_entry`` rebinds ``link`` to the new element before reading the dict,
   so ``rel``/``type``/``hreflang``/``title``/``length`` are never written and an image
   enclosure turns into a second ``rel="alternate"``. ``PodiumFeedEntry`` writes them.
2. **Entries come out in reverse**: ``add_entry(order="prepend")`` is the default.
   ``PodiumFeedGenerator.add_entry`` appends, so a newest-first list stays newest first.
3. **"Now" stamped as dates**: ``FeedGenerator()``/``FeedEntry()`` default ``updated`` and
   ``lastBuildDate`` to the wall clock. The builders always set them from content dates;
   for a feed without items the RSS ``lastBuildDate`` is removed instead of faked.
4. **RSS channel ``<link>`` is the last link added** (not the ``alternate`` one), and only
   ``rel="self"`` reaches RSS: ``PodiumFeedGenerator`` adds WebSub ``rel="hub"`` links to
   RSS itself; the builders add the ``alternate`` link last.
5. **``isPermaLink``**: ``FeedEntry.id()`` also sets the RSS guid with
   ``isPermaLink="false"``; the builders call ``guid(..., permalink=True)`` for URL ids.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator
from lxml import etree

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LINK_ATTRIBUTES = ("rel", "type", "hreflang", "title", "length")


class PodiumFeedEntry(FeedEntry):
    """A feedgen entry whose Atom links keep their attributes and that carries ``xml:lang``."""

    def __init__(self, language: str = "") -> None:
        super().__init__()
        self.podium_language = language

    def atom_entry(self, extensions: bool = True) -> etree._Element:
        entry = super().atom_entry(extensions=extensions)
        # feedgen writes one direct <link> child per link() dict, in order (fix 1 above).
        elements = [child for child in entry if child.tag == "link"]
        for element, link in zip(elements, self.link() or [], strict=True):
            for attribute in LINK_ATTRIBUTES:
                value = link.get(attribute)
                if value:
                    element.set(attribute, str(value))
        if self.podium_language:
            entry.set(XML_LANG, self.podium_language)
        return entry


class PodiumFeedGenerator(FeedGenerator):
    """A feedgen generator that keeps entry order and emits no invented dates.

    ``hubs`` are WebSub hub URLs, written as ``atom:link rel="hub"`` into RSS (Atom gets
    them through ``link()``); ``dated`` is False for a feed without items, whose RSS must
    not claim a ``lastBuildDate``.
    """

    def __init__(self, hubs: Sequence[str] = (), dated: bool = True) -> None:
        super().__init__()
        self.podium_hubs = tuple(hubs)
        self.podium_dated = dated

    def add_entry(self, feedEntry: FeedEntry | None = None, order: str = "append") -> FeedEntry:
        return super().add_entry(feedEntry or PodiumFeedEntry(), order=order)

    def _create_rss(self, extensions: bool = True) -> tuple[etree._Element, etree._ElementTree]:
        feed, doc = super()._create_rss(extensions=extensions)
        channel = feed.find("channel")
        if not self.podium_dated:
            for element in channel.findall("lastBuildDate"):
                channel.remove(element)
        anchor = channel.find(f"{{{ATOM_NS}}}link")
        position = list(channel).index(anchor) + 1 if anchor is not None else 3
        for offset, hub in enumerate(self.podium_hubs):
            hub_link = etree.Element(f"{{{ATOM_NS}}}link", href=hub, rel="hub")
            channel.insert(position + offset, hub_link)
        return feed, doc
