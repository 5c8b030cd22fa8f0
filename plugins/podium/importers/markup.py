"""Safe Markdown out of untrusted post text.

Imported posts are untrusted input that ends up in the site's HTML. Rather than keep HTML and
sanitise it, we emit *text-only* Markdown: every character that Markdown, attr_list (`{...}`)
or raw HTML could act on is escaped, and the only markup we generate ourselves is links
(http/https/mailto only), emphasis, line and paragraph breaks. Nothing executable can survive
because no HTML tag, attribute or non-web URL scheme is ever written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

# Characters Python-Markdown treats as syntax inside a line (attr_list braces included).
_INLINE = re.compile(r"([\\`*_\[\]{}])")
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Block syntax that only matters at the start of a line.
_LINE_START = re.compile(r"^(\s*)(#|>|[-+](?=\s|$)|\d+(?=[.)](?:\s|$))|=+\s*$|-{3,})")
URL_IN_TEXT = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]}]")


def safe_url(url: str) -> str | None:
    """The URL, percent-encoded for a Markdown link destination, or None if not http(s)/mailto."""
    url = url.strip()
    # Control characters and spaces are how `java\tscript:` tricks slip through: refuse them.
    if not url or any(unicodedata.category(ch).startswith("C") for ch in url):
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme not in SAFE_SCHEMES:
        return None
    return quote(url, safe="/:?#[]@!$&'()*+,;=%~-._")


def escape_inline(text: str) -> str:
    """Escape text so Markdown shows it literally (mid-line)."""
    text = _ENTITY_LIKE.sub("&amp;", text)
    text = _INLINE.sub(r"\\\1", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")


def escape_line_start(text: str) -> str:
    """Escape text that starts a line: also neutralise headings, lists, rules, quotes."""
    text = text.lstrip()
    match = _LINE_START.match(text)
    if not match:
        return escape_inline(text)
    token, rest = match.group(2), text[match.end() :]
    if token[0].isdigit():
        return f"{token}\\{escape_inline(rest)}"
    if token[0] == "=":
        return "&#61;" + token[1:] + escape_inline(rest)
    if token == ">":  # escape_inline turns it into an entity: never a blockquote
        return escape_inline(text)
    return f"\\{token}{escape_inline(rest)}"


@dataclass(frozen=True)
class Link:
    """A link segment: `label` shown, `url` target (unsafe URLs degrade to plain label)."""

    label: str
    url: str


Segment = str | Link


class MarkdownBuilder:
    """Accumulates safe Markdown; tracks line starts so block syntax in text gets escaped."""

    def __init__(self) -> None:
        self._parts: list[str] = []

    @property
    def at_line_start(self) -> bool:
        return not self._parts or self._parts[-1].endswith("\n")

    def text(self, text: str) -> None:
        """Append literal text on the current line (no newlines expected)."""
        if not text:
            return
        if self.at_line_start:
            escaped = escape_line_start(text)
            if escaped:
                self._parts.append(escaped)
        else:
            self._parts.append(escape_inline(text))

    def link(self, label: str, url: str) -> None:
        target = safe_url(url)
        if target is None or not label.strip():
            self.text(label)
            return
        if label == url:
            self._parts.append(f"<{target}>")
        else:  # parentheses would end a Markdown link destination early
            target = target.replace("(", "%28").replace(")", "%29")
            self._parts.append(f"[{escape_inline(label)}]({target})")

    def markup(self, token: str) -> None:
        """Append our own Markdown syntax (emphasis markers)."""
        self._parts.append(token)

    def line_break(self) -> None:
        if self._parts and not self.at_line_start:
            self._parts.append("  \n")

    def paragraph(self) -> None:
        if not self._parts:
            return
        while self._parts and self._parts[-1] in ("  \n", "\n"):
            self._parts.pop()
        if self._parts and not self._parts[-1].endswith("\n\n"):
            self._parts.append("\n\n")

    def result(self) -> str:
        self.paragraph()
        return "".join(self._parts).strip("\n") + "\n" if self._parts else ""


def segments_to_markdown(segments: list[Segment]) -> str:
    """Plain-text post (newline = line break, blank line = paragraph) with links → Markdown."""
    builder = MarkdownBuilder()
    for segment in segments:
        if isinstance(segment, Link):
            builder.link(segment.label, segment.url)
            continue
        lines = segment.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for index, line in enumerate(lines):
            if index:
                if not line.strip() and index + 1 < len(lines):
                    builder.paragraph()
                    continue
                if builder.at_line_start:
                    builder.paragraph()
                else:
                    builder.line_break()
            last = index == len(lines) - 1
            builder.text(line if last else line.rstrip("\t "))
    return builder.result()


def linkify(text: str) -> list[Segment]:
    """Split plain text into text and bare-URL link segments."""
    segments: list[Segment] = []
    position = 0
    for match in URL_IN_TEXT.finditer(text):
        segments.append(text[position : match.start()])
        segments.append(Link(match.group(), match.group()))
        position = match.end()
    segments.append(text[position:])
    return [s for s in segments if s]


def plain_text(segments: list[Segment]) -> str:
    return "".join(s.label if isinstance(s, Link) else s for s in segments).strip()


def normalise_tags(tags: list[str]) -> tuple[str, ...]:
    """Hashtags without '#', case-insensitively de-duplicated, sorted (deterministic)."""
    seen: dict[str, str] = {}
    for tag in tags:
        clean = tag.strip().lstrip("#").strip()
        if clean and clean.casefold() not in seen:
            seen[clean.casefold()] = clean
    return tuple(sorted(seen.values(), key=lambda t: (t.casefold(), t)))


HASHTAG_IN_TEXT = re.compile(r"(?:^|(?<=\s))#(\w[\w-]*)", re.UNICODE)


def hashtags_in(text: str) -> list[str]:
    return HASHTAG_IN_TEXT.findall(text)
