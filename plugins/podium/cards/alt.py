"""Alt text for a card, built from the words drawn on it.

It names no language-specific words ("Card showing…"), so it reads right whatever language
the page is in; it stays within X's 420-character limit for ``twitter:image:alt``.
"""

from __future__ import annotations

from podium.cards.brand import Brand
from podium.cards.spec import CardSpec
from podium.cards.text_fit import clean
from podium.cards.typography import brings_own_quotes
from podium.core.plaintext import shorten

MAX_ALT = 420


def alt_text(spec: CardSpec, brand: Brand) -> str:
    """One line describing the card: its hero text first, then the smaller print."""
    title = clean(spec.title)
    if spec.layout == "highlight":
        hero = f"“{title}”" if title and not brings_own_quotes(title) else title
        parts = [hero, _join(spec.author, spec.date)]
    elif spec.layout == "profile":
        parts = [title, _join(spec.role, spec.organization)]
    else:
        parts = [title, clean(spec.description), _join(spec.author, spec.date)]
    site = clean(brand.site_name or brand.domain)
    if site and not any(site in part for part in parts):  # a personal hub: name once
        parts.append(site)
    text = " — ".join(p for p in parts if p)
    return shorten(text, MAX_ALT)


def _join(*items: str) -> str:
    return ", ".join(clean(i) for i in items if i and clean(i))
