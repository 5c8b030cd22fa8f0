"""Plain text for every output that is not the page itself, and the one shortener.

Cards, page meta (og/twitter description, image alt), JSON-LD, share texts, kit exports,
feed summaries and generated titles all take their words from here, so one sentence reads
the same everywhere:

- ``markdown_to_plain`` / ``html_to_plain``: what a reader sees on the page, as text. The
  Markdown is rendered by Python-Markdown (the renderer the site itself uses) and read back
  with a real HTML tokenizer, so HTML entities are decoded exactly once, soft line breaks
  (the source's hard wraps) are joined, paragraphs are kept, and images, footnote markers,
  scripts and Markdown syntax are gone. Escaping is the output's job (template autoescape,
  JSON encoding, the XML writer), never this module's.
- ``plain_line``: a front-matter string (a title, a tag, a description) as one line, with
  entities decoded once (``R&amp;D`` and ``R&D`` both mean "R&D").
- ``shorten``: cut at a sentence, else a word, else a grapheme boundary (``regex``'s ``\\X``,
  so an emoji sequence is never split), with an ellipsis, for any counter: the budget is a
  predicate because platforms count non-linearly (links weigh 23 on X, emoji their bytes on
  Threads).
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable
from html.parser import HTMLParser

import regex

ELLIPSIS = "…"
#: A cut never leaves a piece of a later paragraph shorter than this ("Part 2 of my…").
MIN_FRAGMENT = 40

_GRAPHEME = regex.compile(r"\X")
# Only breaking whitespace: a no-break space is typography (French « », "14 h") and stays.
_SPACES = regex.compile(r"[ \t\n\r\f\v\u2028\u2029]+")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BLOCK = frozenset(
    {
        "p", "div", "li", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "table", "dl", "dt", "dd", "figure", "figcaption", "section", "article", "hr",
        "details", "summary", "aside", "header", "footer",
    }
)  # fmt: skip
_SKIPPED = frozenset(
    {"script", "style", "template", "iframe", "object", "embed", "noscript", "svg", "math"}
)
# Classes whose element (and everything in it) is not part of the text: footnote markers
# and the footnote list, heading permalinks, Material's copy buttons.
_SKIPPED_CLASSES = frozenset({"footnote-ref", "footnote", "footnotes", "headerlink"})
_BREAK = "\ue000"  # a <br>, kept apart from the source's own (soft) newlines
_URL = regex.compile(r"\s*(?<![\w@/])(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]'»”’]")
# A sentence ends at . ! ? … (and their CJK forms), optionally followed by closing quotes
# or brackets, then a space or the end.
_SENTENCE_END = regex.compile(r"[.!?…。！？](?:[\"'»”’)\]]*)(?=\s|$)")
# What a cut must not end on: spaces, open punctuation, joiners.
_TRAILING_JUNK = " \t\r\n\u00a0,;:–—-([{\"'«“‘/\u200d"
# "Read more:", "Les mer:" ... at the very end, once the link it introduced is gone. Phrases
# that only ever introduce a link go without punctuation; short words ("more", "via") only
# with a colon or an arrow after them.
_LINK_PHRASES = (
    "read more", "read the full post", "full post", "lire la suite", "en savoir plus",
    "weiterlesen", "mehr lesen", "hier lesen", "les mer", "les hele saken", "les mer her",
    "leer más", "per saperne di più", "lees meer", "läs mer", "continue reading",
)  # fmt: skip
_LINK_WORDS = (
    "more", "link", "via", "source", "here", "lire", "la suite", "lien", "plus", "ici",
    "mehr", "quelle", "hier", "link", "mer", "kilde", "lenke", "her", "más", "leggi",
)  # fmt: skip
_MARK = r"(?:[:：→👉👇⬇➡]\ufe0f?)"


def _alternatives(labels: tuple[str, ...]) -> str:
    return "|".join(regex.escape(label) for label in sorted(set(labels), key=len, reverse=True))


_DANGLING = regex.compile(
    rf"(?:^|(?<=[\s.!?…]))(?:{_MARK}\s*)?(?:(?:{_alternatives(_LINK_PHRASES)})\s*{_MARK}*"
    rf"|(?:{_alternatives(_LINK_WORDS)})\s*{_MARK}+)\s*$",
    regex.IGNORECASE,
)
_ARROW_ONLY = regex.compile(r"\s*(?:[:：\-–—→👉👇⬇➡]\ufe0f?\s*)+$")


def graphemes(text: str) -> list[str]:
    """Extended grapheme clusters (what a reader counts as one character)."""
    return _GRAPHEME.findall(text)


def plain_line(text: object) -> str:
    """A plain-text field (title, tag, description, name) as one clean line.

    Entities are decoded once: an author who typed ``&amp;`` or ``&mdash;`` meant the
    character, and a title MkDocs hands over already escaped (``Press &amp; media``) means
    "Press & media". A lone ``&`` (``AT&T``) stays as it is.
    """
    if text is None:
        return ""
    decoded = _CONTROL.sub("", html.unescape(_CONTROL.sub("", str(text))))
    return _SPACES.sub(" ", decoded).strip()


class _TextReader(HTMLParser):
    """Visible text of HTML: blocks become paragraphs, ``<br>`` a line break."""

    def __init__(self, *, drop_links: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.drop_links = drop_links
        self._skip: list[str] = []  # open elements whose content is dropped
        self._link: list[str] | None = None
        self._link_href = ""
        self.dropped = False  # a link was removed

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            if tag not in ("br", "img", "hr", "input", "meta", "link", "wbr"):
                self._skip.append(tag)
            return
        classes = set((dict(attrs).get("class") or "").split())
        if tag in _SKIPPED or classes & _SKIPPED_CLASSES:
            self._skip.append(tag)
        elif tag == "br":
            self._out(_BREAK)
        elif tag in _BLOCK:
            self._out("\n\n")
        elif tag == "a" and self._link is None:
            self._link, self._link_href = [], dict(attrs).get("href") or ""
        elif tag in ("td", "th"):
            self._out(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if self._skip and self._skip[-1] == tag:
            self._skip.pop()

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if self._skip[-1] == tag:
                self._skip.pop()
            return
        if tag in _BLOCK:
            self._out("\n\n")
        elif tag == "a" and self._link is not None:
            self._close_link()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        # Newlines in the HTML are the source's soft wraps: plain spaces.
        data = _SPACES.sub(" ", data)
        if self.drop_links and self._link is None:
            data, removed = _URL.subn("", data)
            self.dropped = self.dropped or bool(removed)
        self._out(data)

    def _out(self, text: str) -> None:
        (self._link if self._link is not None else self.parts).append(text)

    def _close_link(self) -> None:
        label, href = "".join(self._link or []), self._link_href
        self._link = None
        bare = label.strip()
        # A link written as its own address is noise in a short text; a label is words.
        if self.drop_links and bare and (bare == href or _URL.fullmatch(bare)):
            self.parts.append(" ")
            self.dropped = True
        else:
            self.parts.append(label)

    def text(self) -> str:
        if self._link is not None:
            self._close_link()
        paragraphs = []
        for block in regex.split(r"\n\s*\n", "".join(self.parts)):
            lines = [_SPACES.sub(" ", line).strip() for line in block.split(_BREAK)]
            joined = "\n".join(line for line in lines if line)
            if joined:
                paragraphs.append(joined)
        return _CONTROL.sub("", "\n\n".join(paragraphs))


def html_to_plain(fragment: str, *, drop_links: bool = False) -> str:
    """Visible text of an HTML fragment: paragraphs separated by a blank line, soft wraps
    joined, entities decoded once. ``drop_links`` removes bare addresses and a label that
    introduced them ("Read more:")."""
    reader = _TextReader(drop_links=drop_links)
    reader.feed(fragment or "")
    reader.close()
    text = reader.text()
    return drop_dangling_label(text) if reader.dropped else text


# Lines of block syntax that Python-Markdown without those extensions would print as text:
# pymdownx blocks (``/// note``), attribute lists alone on a line, ``<!-- more -->``.
_BLOCK_SYNTAX = regex.compile(r"^[ \t]*(?:/{3,}.*|\{[:.#][^}\n]*\}[ \t]*)$", regex.M)
_EXTENSIONS = ("footnotes", "attr_list", "md_in_html", "tables", "admonition", "def_list")


@functools.lru_cache(maxsize=1)
def _renderer():
    # Python-Markdown is MkDocs' own renderer (installed with it); the core uses it as a
    # library and never imports mkdocs.
    import markdown

    return markdown.Markdown(extensions=list(_EXTENSIONS))


@functools.lru_cache(maxsize=4096)
def _render(source: str) -> str:
    renderer = _renderer()
    renderer.reset()
    return renderer.convert(source)


def markdown_to_plain(markdown_text: str, *, drop_links: bool = False) -> str:
    """What a reader sees of a Markdown text, as plain text with its paragraphs."""
    if not markdown_text or not markdown_text.strip():
        return ""
    source = _BLOCK_SYNTAX.sub("", markdown_text)
    return html_to_plain(_render(source), drop_links=drop_links)


def one_line(text: str) -> str:
    """Paragraphs joined by a space: for a title, an alt text, a feed title."""
    return _SPACES.sub(" ", text).strip()


def drop_dangling_label(text: str) -> str:
    """Remove a trailing "Read more:" / "Les mer:" left behind by a removed link (call it
    only where a link was removed: "More is more" ends on a word, not a label)."""
    previous = None
    while previous != text:
        previous = text
        text = _DANGLING.sub("", text).rstrip()
        text = _ARROW_ONLY.sub("", text).rstrip(" ,;")
    return text


def sentences(text: str) -> list[str]:
    """The text split after each sentence end and at each paragraph (pieces keep their
    trailing spaces, so they join back to ``text``)."""
    pieces: list[str] = []
    start = 0
    for match in regex.finditer(r"\n\s*\n|" + _SENTENCE_END.pattern, text):
        end = match.end()
        pieces.append(text[start:end])
        start = end
    if start < len(text):
        pieces.append(text[start:])
    return [piece for piece in pieces if piece]


def first_sentence(text: str, limit: int = 90) -> str:
    """A title for a post that has none: the first sentence of its first paragraph, cut at
    a word with an ellipsis past ``limit`` characters."""
    paragraph = text.strip().split("\n\n", 1)[0]
    sentence = one_line(sentences(paragraph)[0]) if paragraph else ""
    return shorten(sentence, limit) if sentence else ""


def _fits_of(budget: int | Callable[[str], bool]) -> Callable[[str], bool]:
    if callable(budget):
        return budget
    return lambda candidate: len(graphemes(candidate)) <= budget


def _longest(candidates: list[str], fits: Callable[[str], bool]) -> str | None:
    """Binary search for the longest fitting candidate (candidates grow in length)."""
    low, high, best = 0, len(candidates) - 1, None
    while low <= high:
        middle = (low + high) // 2
        if fits(candidates[middle]):
            best, low = candidates[middle], middle + 1
        else:
            high = middle - 1
    return best


def _clean_end(cut: str) -> str:
    return cut.rstrip(_TRAILING_JUNK)


def shorten(
    text: str,
    budget: int | Callable[[str], bool],
    *,
    ellipsis: str = ELLIPSIS,
    min_fragment: int = MIN_FRAGMENT,
) -> str:
    """``text`` if it fits ``budget`` (a grapheme count, or a predicate that counts the
    platform's way), else its longest fitting cut.

    Whole paragraphs first; then, inside the paragraph that overflows, whole sentences
    (no ellipsis: they read complete), else words with an ellipsis; a piece of a later
    paragraph shorter than ``min_fragment`` is dropped rather than left dangling. Grapheme
    cuts only when no word fits (a CJK text without spaces). ``""`` when nothing fits.
    """
    fits = _fits_of(budget)
    text = text.strip()
    if fits(text):
        return text
    paragraphs = [p for p in regex.split(r"\n\s*\n", text) if p.strip()]
    kept = ""
    for paragraph in paragraphs:
        joined = f"{kept}\n\n{paragraph}" if kept else paragraph
        if fits(joined):
            kept = joined
            continue
        prefix = f"{kept}\n\n" if kept else ""
        cut = _cut_paragraph(paragraph, lambda c, p=prefix: fits(p + c), ellipsis)
        if cut is not None and (not kept or len(cut.rstrip(ellipsis)) >= min_fragment):
            return prefix + cut
        break  # whole paragraphs read complete: no ellipsis after them
    return kept or ""


def _cut_paragraph(paragraph: str, fits: Callable[[str], bool], ellipsis: str) -> str | None:
    """The longest cut of one paragraph that fits: sentences, then words, then graphemes."""
    words: list[str] = []
    for match in regex.finditer(r"\s+", paragraph):
        cut = _clean_end(paragraph[: match.start()])
        if cut and (not words or words[-1] != cut + ellipsis):
            words.append(cut + ellipsis)
    by_word = _longest(words, fits)
    pieces = sentences(paragraph)
    whole: list[str] = []
    for count in range(1, len(pieces)):
        whole.append("".join(pieces[:count]).rstrip())
    by_sentence = _longest(whole, fits)
    if by_sentence is not None and (
        by_word is None or len(by_sentence) >= max(MIN_FRAGMENT, len(by_word) * 0.5)
    ):
        return by_sentence
    if by_word is not None:
        return by_word
    clusters = graphemes(paragraph)
    prefixes = []
    for count in range(1, len(clusters)):
        cut = _clean_end("".join(clusters[:count]))
        if cut:
            prefixes.append(cut + ellipsis)
    best = _longest(prefixes, fits)
    if best is not None:
        return best
    return ellipsis if fits(ellipsis) else None


def summary(
    budget: int | Callable[[str], bool],
    *,
    description: str = "",
    body: str = "",
    title: str = "",
) -> str:
    """A short description: the author's description, else the body's opening, fitted to
    ``budget``; never the title again (a body that opens with its title skips it)."""
    for candidate in (plain_line(description), body.strip()):
        if not candidate:
            continue
        text = without_title(candidate, title)
        if text:
            return shorten(text, budget)
    return ""


def without_title(text: str, title: str) -> str:
    """``text`` minus a leading repetition of ``title`` (a post whose title is its first
    sentence, an article whose description repeats its heading). A title cut short with an
    ellipsis drops its whole sentence; "" when nothing of at least ``MIN_FRAGMENT`` is left.
    """
    plain_title = one_line(title).rstrip(ELLIPSIS + ".").strip().casefold()
    if not plain_title:
        return text
    flat = text.lstrip()
    if one_line(flat).casefold().rstrip(".!?…") == plain_title:
        return ""
    if not one_line(flat[: len(plain_title) + 8]).casefold().startswith(plain_title):
        return text
    pieces = sentences(flat)
    rest = "".join(pieces[1:]) if len(pieces) > 1 else ""
    if len(one_line(pieces[0])) < len(plain_title):  # the title spans sentences
        rest = flat[len(plain_title) :]
    rest = rest.lstrip(" .!?…:;,–—-\n")
    return rest if len(rest) >= MIN_FRAGMENT else ""


#: Twitter's ``twitter:description`` limit: the length of every generated description.
DESCRIPTION_LIMIT = 200


def article_description(description: str, excerpt_markdown: str, title: str) -> str:
    """What an article is about in one line: its description, else the opening of its
    excerpt (whole sentences first, never the title again), at most 200 graphemes."""
    own = plain_line(description)
    if own:
        return own
    opening = summary(DESCRIPTION_LIMIT, body=markdown_to_plain(excerpt_markdown), title=title)
    return one_line(opening)
