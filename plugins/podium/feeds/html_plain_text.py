"""Plain text of an HTML fragment, for entries that have no title (short highlights).

Atom requires a title on every entry; a highlight is often just a few sentences. Its
first words become the title, as microblog feeds do. A tokenizer (not a regex) is used so
that ``<`` inside attribute values or comments cannot leak into the text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_WHITESPACE = re.compile(r"\s+")
_SKIPPED = frozenset({"script", "style", "template"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in ("br", "p", "li", "div", "blockquote"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Return the visible text of ``fragment`` on one line."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return _WHITESPACE.sub(" ", "".join(collector.parts)).strip()


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` at a word boundary to at most ``limit`` characters, adding an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"
