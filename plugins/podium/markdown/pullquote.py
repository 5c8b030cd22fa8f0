"""Pull quotes: a pymdownx.blocks custom block that renders a styled, anchored quote.

Syntax (the pymdown-extensions "blocks" idiom: the attribution is the block's optional
argument after `|`; options are YAML indented by 4 spaces right under the header)::

    /// pullquote | Jane Doe
        id: trust-is-a-practice
    Trust is built in small moments and kept in big ones.
    ///

`attribution: Jane Doe` as an option works too (the argument wins), and so does the generic
`attrs: {id: ...}`. It renders as::

    <figure class="podium-pullquote" id="trust-is-a-practice">
      <blockquote><p>Trust is built in small moments and kept in big ones.</p></blockquote>
      <figcaption class="podium-pullquote__attribution">Jane Doe</figcaption>
    </figure>

The anchor is the `id` option (or `attrs.id`), else `pullquote-N` with N the 1-based position
of the quote among all pull quotes of the page, in document order. The core lifts the same
blocks out of articles as highlights linking to `article-url#anchor`
(`podium.core.pullquotes.extract_pullquotes`), and both sides get the anchor from
`podium.core.pullquotes.anchor_for`, so they cannot disagree. Enable with
`markdown_extensions: [podium.markdown.pullquote]` (the `podium/highlights` plugin adds it).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any, ClassVar

from markdown import Markdown
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import Block, type_html_identifier, type_string

from podium.core.pullquotes import anchor_for

NAME = "pullquote"
CSS_CLASS = "podium-pullquote"


class PullQuoteBlock(Block):
    """`/// pullquote` block: a figure with the quote and an optional attribution."""

    NAME = NAME
    ARGUMENT = None  # optional: the attribution
    OPTIONS: ClassVar[dict[str, tuple[Any, Any]]] = {
        "attribution": ("", type_string),
        "id": ("", type_html_identifier),
    }

    def on_create(self, parent: etree.Element) -> etree.Element:
        position = self.tracker.get("count", 0) + 1
        self.tracker["count"] = position  # the tracker is reset for every page
        explicit = self.options["id"] or self.options["attrs"].get("id") or None
        figure = etree.SubElement(
            parent, "figure", {"class": CSS_CLASS, "id": anchor_for(position, explicit)}
        )
        etree.SubElement(figure, "blockquote")
        attribution = (self.argument or self.options["attribution"] or "").strip()
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
