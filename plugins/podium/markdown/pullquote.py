"""Pull quotes: a pymdownx.blocks custom block that renders a styled, anchored quote.

Syntax (the pymdown-extensions "blocks" idiom: options as YAML indented by 4 spaces right
under the header, both optional)::

    /// pullquote
        attribution: Jane Doe
        id: trust-is-a-practice

    Trust is built in small moments and kept in big ones.
    ///

renders as::

    <figure class="podium-pullquote" id="trust-is-a-practice">
      <blockquote><p>Trust is built in small moments and kept in big ones.</p></blockquote>
      <figcaption class="podium-pullquote__attribution">Jane Doe</figcaption>
    </figure>

The anchor is the `id` option (or the generic `attrs: {id: ...}`), else `pullquote-N` with N
the 1-based position of the quote among all pull quotes of the page, in document order. The
same rule is used when pull quotes become highlights linking back to `article-url#anchor`, so
it lives in one function, `pullquote_anchor`. Enable with
`markdown_extensions: [podium.markdown.pullquote]` (the `podium/highlights` plugin adds it).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any, ClassVar

from markdown import Markdown
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import Block, type_html_identifier, type_string

NAME = "pullquote"
CSS_CLASS = "podium-pullquote"
ANCHOR_PREFIX = "pullquote-"


def pullquote_anchor(position: int, explicit_id: str | None = None) -> str:
    """Anchor of the `position`-th (1-based) pull quote of a page; an explicit id wins."""
    return explicit_id or f"{ANCHOR_PREFIX}{position}"


class PullQuoteBlock(Block):
    """`/// pullquote` block: a figure with the quote and an optional attribution."""

    NAME = NAME
    ARGUMENT = False
    OPTIONS: ClassVar[dict[str, tuple[Any, Any]]] = {
        "attribution": ("", type_string),
        "id": ("", type_html_identifier),
    }

    def on_create(self, parent: etree.Element) -> etree.Element:
        position = self.tracker.get("count", 0) + 1
        self.tracker["count"] = position  # the tracker is reset for every page
        explicit = self.options["id"] or self.options["attrs"].get("id") or None
        figure = etree.SubElement(
            parent, "figure", {"class": CSS_CLASS, "id": pullquote_anchor(position, explicit)}
        )
        etree.SubElement(figure, "blockquote")
        attribution = self.options["attribution"].strip()
        if attribution:
            caption = etree.SubElement(figure, "figcaption", {"class": f"{CSS_CLASS}__attribution"})
            caption.text = attribution
        return figure

    def on_add(self, block: etree.Element) -> etree.Element:
        quote = block.find("blockquote")
        return quote if quote is not None else block


class PullQuoteExtension(BlocksExtension):
    """Registers the `pullquote` block with pymdownx.blocks."""

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        block_mgr.register(PullQuoteBlock, self.getConfigs())


def makeExtension(**kwargs: Any) -> PullQuoteExtension:
    return PullQuoteExtension(**kwargs)
