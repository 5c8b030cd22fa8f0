"""Make every relative URL in an HTML fragment absolute, for feed readers.

A feed reader shows an entry outside the site, so ``<img src="../cover.png">`` or
``<a href="#fn:1">`` would point nowhere (W3C validator warning ``ContainsRelRef``). Every
``href``/``src``/``srcset``/``poster``/... is resolved against the entry's own URL, which is
what the browser does on the page itself.

Why ``html.parser`` and not lxml: lxml's HTML parser (libxml2) re-serialises the whole
fragment through an HTML 4 tree. On real Markdown output it lower-cases SVG attributes
(``viewBox`` -> ``viewbox``, which breaks the icon), nests ``<img>`` inside ``<source>``
(it does not know ``<source>`` is void), and ``make_links_absolute`` ignores ``srcset``.
The standard library's tokenizer lets this module copy every tag it does not change
verbatim and rewrite only the attributes that carry URLs.

While tokenising, the module also makes the fragment safe for XML and for readers:
XML-forbidden characters are removed (``sanitize``), named and numeric entities in text
become characters (so nothing depends on HTML's entity table, and a stray ``]]>`` ends up
escaped), comments (``<!-- more -->``) and ``<script>`` elements are dropped: readers
strip scripts anyway and validators flag them as a security risk.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from urllib.parse import urljoin

URL_ATTRIBUTES = frozenset(
    {
        "action",
        "background",
        "cite",
        "data",
        "formaction",
        "href",
        "longdesc",
        "poster",
        "src",
        "xlink:href",
    }
)
SRCSET_ATTRIBUTES = frozenset({"srcset", "imagesrcset"})
DROPPED_ELEMENTS = frozenset({"script"})


def absolute_url(url: str, base: str) -> str:
    """Resolve ``url`` against ``base``; leave it unchanged when it cannot be parsed."""
    stripped = url.strip()
    if not stripped or stripped.startswith(("https://", "http://", "mailto:")):
        return url  # nothing to resolve (and urljoin is the costly part)
    try:
        return urljoin(base, stripped)
    except ValueError:  # e.g. "http://[broken" (invalid IPv6 host): keep what the author wrote
        return url


def absolute_srcset(value: str, base: str) -> str:
    """Resolve every candidate URL of a ``srcset`` attribute, keeping its descriptors.

    Follows the HTML "parse a srcset attribute" steps: a URL runs to the next whitespace
    (trailing commas end it), descriptors run to the next comma outside parentheses.
    A naive ``split(",")`` would cut URLs that contain commas.
    """
    candidates: list[str] = []
    position, length = 0, len(value)
    while True:
        while position < length and (value[position].isspace() or value[position] == ","):
            position += 1
        if position >= length:
            break
        start = position
        while position < length and not value[position].isspace():
            position += 1
        url = value[start:position]
        descriptors = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            descriptor_start, depth = position, 0
            while position < length:
                char = value[position]
                if char == "(":
                    depth += 1
                elif char == ")":
                    depth = max(0, depth - 1)
                elif char == "," and depth == 0:
                    break
                position += 1
            descriptors = value[descriptor_start:position].strip()
        resolved = absolute_url(url, base)
        candidates.append(f"{resolved} {descriptors}" if descriptors else resolved)
    return ", ".join(candidates)


class _AbsolutizingParser(HTMLParser):
    """Copies a fragment token by token, rewriting URL attributes (see module docstring)."""

    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.out: list[str] = []
        self.svg_depth = 0
        self.dropping: str | None = None
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, self_closing=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, self_closing=True)
        if tag == "svg":  # <svg/> opens and closes at once
            self.svg_depth -= 1

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], self_closing: bool) -> None:
        if self.dropping:
            return
        if tag in DROPPED_ELEMENTS and not self_closing:
            self.dropping = tag
            return
        if tag == "svg":
            self.svg_depth += 1
        if tag == "style":
            self.in_style = True
        rewritten = [(name, self._rewrite(name, value)) for name, value in attrs]
        if rewritten == attrs:
            self.out.append(self.get_starttag_text() or "")
            return
        parts = [tag]
        for name, value in rewritten:
            parts.append(name if value is None else f'{name}="{html.escape(value, quote=True)}"')
        self.out.append("<" + " ".join(parts) + ("/>" if self_closing else ">"))

    def _rewrite(self, name: str, value: str | None) -> str | None:
        if value is None:
            return None
        if name in SRCSET_ATTRIBUTES:
            return absolute_srcset(value, self.base)
        if name not in URL_ATTRIBUTES:
            return value
        if self.svg_depth and value.startswith("#"):
            # <use href="#icon"> points into the same SVG; an absolute URL would break it.
            return value
        return absolute_url(value, self.base)

    def handle_endtag(self, tag: str) -> None:
        if self.dropping:
            if tag == self.dropping:
                self.dropping = None
            return
        if tag == "svg" and self.svg_depth:
            self.svg_depth -= 1
        if tag == "style":
            self.in_style = False
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.dropping:
            return
        if self.in_style:
            # The parser hands CSS over raw (not entity-decoded); copy it as written.
            self.out.append(data)
            return
        self.out.append(html.escape(data, quote=False))

    def handle_comment(self, data: str) -> None:
        """Comments (``<!-- more -->``, editor notes) are not for subscribers."""

    def handle_decl(self, decl: str) -> None:
        """A ``<!DOCTYPE>`` inside a fragment is noise."""

    def handle_pi(self, data: str) -> None:
        """Processing instructions have no meaning in HTML content."""

    def unknown_decl(self, data: str) -> None:
        # <![CDATA[ ... ]]> inside inline SVG/MathML: keep the text, escaped.
        if data.startswith("CDATA[") and not self.dropping:
            self.out.append(html.escape(data[len("CDATA[") :], quote=False))


def absolutize_html(fragment: str, base: str) -> str:
    """Return ``fragment`` with every URL attribute resolved against ``base`` (see module)."""
    parser = _AbsolutizingParser(base)
    parser.feed(fragment)
    parser.close()
    return "".join(parser.out)
