"""Per-page template context shared by all Podium plugins (see CONTRIBUTING.md).

Each plugin adds template names to a slot; ``overrides/main.html`` includes them in order.
A user can override any slot template from their ``custom_dir``.
"""

from __future__ import annotations

from typing import Any


class PageSlots:
    """``podium`` in templates: slot lists plus whatever data plugins attach."""

    def __init__(self) -> None:
        self.head: list[str] = []
        self.before_content: list[str] = []
        self.after_content: list[str] = []
        self.footer: list[str] = []
        self.lang: str = "en"
        self.hub: Any = None
        self.article: Any = None
        self.highlight: Any = None
        self.listing: Any = None
        self.author: Any = None
        self.data: dict[str, Any] = {}
        #: Set by ``podium/partials/head.html``: the head slot reached the page.
        self.head_rendered = False

    def mark_head_rendered(self) -> str:
        """Called by the head slot's template as it renders (returns no text)."""
        self.head_rendered = True
        return ""


def page_slots(context: dict[str, Any]) -> PageSlots:
    """The page's :class:`PageSlots`, created on first use."""
    slots = context.get("podium")
    if not isinstance(slots, PageSlots):
        slots = PageSlots()
        context["podium"] = slots
    return slots
