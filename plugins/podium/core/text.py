"""Text helpers: slugs, word counts, reading time and excerpts."""

from __future__ import annotations

import math
import re
import unicodedata
from html.parser import HTMLParser

MORE_MARKER = re.compile(r"^\s*<!--\s*more\s*-->\s*$", re.M | re.I)

# Letters that Unicode does not decompose into "base + accent", so NFKD alone would drop
# them from slugs ("Smørbrød" must become "smorbrod", not "smrbrd").
_FOLD = str.maketrans(
    {
        "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "œ": "oe", "Œ": "OE",
        "ı": "i", "’": "-", "'": "-",
    }
)  # fmt: skip

# Languages written without spaces between words: reading time counts characters there.
_CHARACTER_SCRIPTS = {"zh", "ja", "th", "lo", "km", "my"}
_CHARS_PER_MINUTE = 500


def fold_latin(text: str) -> str:
    """Replace the Latin letters NFKD cannot split into base + accent (ø, æ, ß, ł, ...)."""
    return text.translate(_FOLD)


def slugify(text: str, separator: str = "-") -> str:
    """ASCII slug with accents folded: "Façons d'adopter" → "facons-d-adopter".

    Letters with no ASCII form (Greek, Cyrillic, CJK) are kept as lowercase Unicode, since a
    readable native URL beats an empty slug.
    """
    folded = unicodedata.normalize("NFKD", fold_latin(text))
    kept = "".join(char for char in folded if not unicodedata.combining(char))
    words = re.findall(r"\w+", kept.lower())
    return separator.join(word.strip("_") for word in words if word.strip("_"))


#: how ``{slug}`` is made from a title or a category name (``url_slugify``)
SLUG_STYLES = ("podium", "material", "toc", "toc-unicode")


def slugify_as(style: str, text: str, separator: str = "-") -> str:
    """A slug in one of :data:`SLUG_STYLES`.

    ``material`` is Material's blog default (``pymdownx.slugs.slugify(case="lower")``) and the
    ``toc`` styles are Python-Markdown's: delegated to those libraries rather than imitated,
    because a migrated blog keeps its URLs only if every quirk (``a--b`` for "a – b") matches.
    """
    if style == "material":
        from pymdownx.slugs import slugify as material_slugify

        return material_slugify(case="lower")(text, separator)
    if style in ("toc", "toc-unicode"):
        from markdown.extensions import toc

        return (toc.slugify if style == "toc" else toc.slugify_unicode)(text, separator)
    return slugify(text, separator)


def strip_markdown(markdown: str) -> str:
    """Rough plain text of Markdown, good enough for counting words and excerpts."""
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
    """A short title for a post that has none: its first sentence, cut at a word."""
    plain = " ".join(strip_markdown(text).split())
    match = re.match(r"(.+?[.!?…])(\s|$)", plain)
    sentence = match.group(1) if match else plain
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
