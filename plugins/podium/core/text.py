"""Text helpers: word counts, reading time and excerpts (slugs: ``podium.core.slugs``)."""

from __future__ import annotations

import math
import re
from html.parser import HTMLParser

MORE_MARKER = re.compile(r"^\s*<!--\s*more\s*-->\s*$", re.M | re.I)

# Languages written without spaces between words: reading time counts characters there.
_CHARACTER_SCRIPTS = {"zh", "ja", "th", "lo", "km", "my"}
_CHARS_PER_MINUTE = 500


def strip_markdown(markdown: str) -> str:
    """Rough plain text of Markdown, for counting words only: every text that is shown
    comes from :mod:`podium.core.plaintext`."""
    text = re.sub(r"```.*?```|~~~.*?~~~", " ", markdown, flags=re.S)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", " ", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+\.|///.*|\{.*\})\s*", "", text, flags=re.M)
    text = re.sub(r"[*_`~|]", "", text)
    return text


def count_words(markdown: str, lang: str) -> int:
    """Words in the body; for scripts without spaces, characters (see reading time)."""
    text = strip_markdown(markdown)
    if lang.split("-")[0].lower() in _CHARACTER_SCRIPTS:
        return sum(1 for char in text if not char.isspace())
    return len(re.findall(r"\w+(?:[-'’]\w+)*", text))


def reading_minutes(words: int, lang: str, words_per_minute: int) -> int:
    """Whole minutes, at least one."""
    rate = (
        _CHARS_PER_MINUTE if lang.split("-")[0].lower() in _CHARACTER_SCRIPTS else words_per_minute
    )
    return max(1, math.ceil(words / max(rate, 1)))


class _ReadableText(HTMLParser):
    """Text outside ``script``/``style``/``svg``/``object``, and the number of images."""

    _SKIP = frozenset({"object", "script", "style", "svg"})
    _VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.text: list[str] = []
        self.images = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.images += tag == "img"
        if tag not in self._VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if not self._SKIP.intersection(self.open):
            self.text.append(data)


def reading_minutes_material(html: str, words_per_minute: int) -> int:
    """Material's blog reading time of rendered HTML, so a migrated blog shows the same.

    Ported rather than imported: the core never imports the theme. Words are runs between
    non-word characters; each image adds 12 s, then one second less per image down to 3 s.
    """
    parser = _ReadableText()
    parser.feed(html)
    parser.close()
    words = len(re.split(r"\W+", "".join(parser.text)))
    seconds = math.ceil(words / max(words_per_minute, 1) * 60)
    delta = 12
    for _ in range(parser.images):
        seconds += delta
        delta = delta - 1 if delta > 3 else delta
    return math.ceil(seconds / 60)


def excerpt_markdown(body: str) -> str:
    """Text before ``<!-- more -->``, else the first paragraph that is not a heading."""
    marker = MORE_MARKER.search(body)
    if marker:
        return body[: marker.start()].strip()
    for block in re.split(r"\n\s*\n", body.strip()):
        stripped = block.strip()
        if stripped and not stripped.startswith(("#", "<!--", "///", "!!!", "---")):
            return stripped
    return ""


def first_sentence(text: str, limit: int = 90) -> str:
    """A short title for a Markdown post that has none: its first sentence, cut at a word
    (see :func:`podium.core.plaintext.first_sentence`)."""
    from podium.core.plaintext import first_sentence as _first
    from podium.core.plaintext import markdown_to_plain

    return _first(markdown_to_plain(text, drop_links=True), limit)
