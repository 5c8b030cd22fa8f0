"""Mastodon post HTML → safe Markdown.

Hand-written on `html.parser` on purpose: Mastodon's HTML is a tiny known subset (`p`, `br`,
`a`, and `span class="invisible|ellipsis|h-card"` for shortened links and mentions) that
generic converters such as markdownify do not understand (they would print the hidden
`https://` and `…` parts), and since the output is text-only Markdown (see `markup.py`) the
conversion *is* the sanitiser: tags and attributes other than `a href` never reach the output,
and script/style contents are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from podium.importers.markup import MarkdownBuilder, escape_inline

_DROP_CONTENT = frozenset(
    {"script", "style", "template", "iframe", "object", "embed", "noscript", "svg", "math"}
)
_BLOCK = frozenset({"p", "div", "blockquote", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5"})
_EMPHASIS = {"strong": "**", "b": "**", "em": "*", "i": "*"}
_SPACE = re.compile(r"\s+")


@dataclass
class _Anchor:
    href: str
    classes: frozenset[str]
    full: list[str] = field(default_factory=list)  # every text, hidden parts included
    shown: list[str] = field(default_factory=list)  # what a reader sees


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = MarkdownBuilder()
        self.plain: list[str] = []
        self._drop_depth = 0
        self._hidden_depth = 0
        self._span_stack: list[str] = []  # class kind of each open span
        self._anchor: _Anchor | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            self._drop_depth += 1
            return
        if self._drop_depth:
            return
        classes = frozenset((dict(attrs).get("class") or "").split())
        if tag == "br":
            self.out.line_break()
            self.plain.append("\n")
        elif tag in _BLOCK:
            self.out.paragraph()
            self.plain.append("\n\n")
        elif tag == "li":
            self.out.paragraph()
            self.out.markup("- ")
        elif tag in _EMPHASIS and self._anchor is None:
            self.out.markup(_EMPHASIS[tag])
        elif tag == "a" and self._anchor is None:
            self._anchor = _Anchor(dict(attrs).get("href") or "", classes)
        elif tag == "span":
            kind = (
                "invisible"
                if "invisible" in classes
                else "ellipsis"
                if "ellipsis" in classes
                else ""
            )
            self._span_stack.append(kind)
            if kind == "invisible":
                self._hidden_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self._drop_depth:
            self.out.line_break()
            self.plain.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self._drop_depth = max(0, self._drop_depth - 1)
            return
        if self._drop_depth:
            return
        if tag in _BLOCK or tag == "li":
            self.out.paragraph()
            self.plain.append("\n\n")
        elif tag in _EMPHASIS and self._anchor is None:
            self.out.markup(_EMPHASIS[tag])
        elif tag == "a" and self._anchor is not None:
            self._close_anchor(self._anchor)
            self._anchor = None
        elif tag == "span" and self._span_stack:
            kind = self._span_stack.pop()
            if kind == "invisible":
                self._hidden_depth -= 1
            elif kind == "ellipsis" and self._anchor is not None:
                self._anchor.shown.append("…")

    def handle_data(self, data: str) -> None:
        if self._drop_depth:
            return
        text = _SPACE.sub(" ", data)
        if self._anchor is not None:
            self._anchor.full.append(text)
            if not self._hidden_depth:
                self._anchor.shown.append(text)
            return
        self.out.text(text)
        self.plain.append(text)

    def _close_anchor(self, anchor: _Anchor) -> None:
        full, shown = "".join(anchor.full).strip(), "".join(anchor.shown).strip()
        self.plain.append(shown)
        if "hashtag" in anchor.classes or (shown.startswith("#") and "mention" in anchor.classes):
            self.out.text(shown)  # the tag goes to front matter; keep the word in the text
        elif full == anchor.href:
            self.out.link(full, anchor.href)
        else:
            self.out.link(shown or full, anchor.href)


@dataclass(frozen=True)
class ConvertedHtml:
    markdown: str
    plain: str


def html_to_markdown(html: str) -> ConvertedHtml:
    """Convert one post's HTML; unknown tags keep their text, dangerous ones lose everything."""
    converter = _Converter()
    converter.feed(html)
    converter.close()
    if converter._anchor is not None:  # unclosed <a>: keep its text
        converter._close_anchor(converter._anchor)
    plain = re.sub(r"\n{3,}", "\n\n", "".join(converter.plain)).strip()
    return ConvertedHtml(converter.out.result(), plain)


def text_to_markdown_line(text: str) -> str:
    """Escape a one-line string (content warning, alt text) for safe Markdown display."""
    return escape_inline(_SPACE.sub(" ", text).strip())
