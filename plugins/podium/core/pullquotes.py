"""Pull quotes: the ``/// pullquote`` block of an article, lifted out as highlights.

Syntax (a pymdown-extensions block; options are indented YAML, as ``pymdownx.blocks`` does)::

    /// pullquote | Optional attribution
        id: my-anchor
    The quote, one short paragraph.
    ///

The anchor is ``id`` when given, else ``pullquote-N`` (N counts pull quotes in the article
from 1). The Markdown extension that renders the block uses :func:`anchor_for` so the page
anchor and the highlight's link always agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .yaml_reader import YamlError, load_located

_BLOCK = re.compile(
    r"^///[ \t]*pullquote[ \t]*(?:\|[ \t]*(?P<argument>[^\n]*?))?[ \t]*\n"
    r"(?P<options>(?:(?: {4}|\t)[^\n]*\n)*)"
    r"(?P<text>.*?)\n///[ \t]*$",
    re.M | re.S,
)


@dataclass(frozen=True)
class PullQuote:
    text: str
    anchor: str
    attribution: str | None
    line: int


def anchor_for(index: int, explicit_id: str | None) -> str:
    """The HTML id of the ``index``-th (1-based) pull quote of an article."""
    return explicit_id or f"pullquote-{index}"


def extract_pullquotes(body: str, first_line: int = 1) -> list[PullQuote]:
    """Every pull quote in ``body``, in document order."""
    quotes = []
    for index, match in enumerate(_BLOCK.finditer(body), start=1):
        options: dict = {}
        if match.group("options").strip():
            try:
                loaded = load_located(match.group("options").replace("\t", "    ")).data
                options = loaded if isinstance(loaded, dict) else {}
            except YamlError:
                options = {}
        attrs = options.get("attrs") if isinstance(options.get("attrs"), dict) else {}
        explicit = options.get("id") or attrs.get("id")
        attribution = match.group("argument") or options.get("attribution")
        quotes.append(
            PullQuote(
                text=match.group("text").strip(),
                anchor=anchor_for(index, str(explicit) if explicit else None),
                attribution=str(attribution).strip() if attribution else None,
                line=first_line + body.count("\n", 0, match.start()),
            )
        )
    return quotes
