"""Typographic quotes, apostrophes, dashes and ellipses for text set large on a card.

Authors type straight quotes; a headline set at 60 px shows them as the typewriter marks
they are. Quote style follows the language (German „…“, French « … », Norwegian «…»).
"""

from __future__ import annotations

import re

from podium.core.i18n import table_language

NBSP = "\u00a0"
_DOUBLE = {
    "de": ("„", "“"),
    "fr": ("«" + NBSP, NBSP + "»"),
    "nb": ("«", "»"),  # Nynorsk and "no" too: core.i18n's fallbacks
}
_OPENING_CONTEXT = re.compile(r"(^|[\s(\[{\u2014\u2013-])$")


def smarten(text: str, lang: str = "") -> str:
    """Curly quotes and apostrophes, en dashes for ``--`` and an ellipsis for ``...``."""
    if not text:
        return text
    text = text.replace("...", "…").replace("--", "–")
    style = table_language(_DOUBLE, lang)
    opening, closing = _DOUBLE[style] if style else ("“", "”")
    out: list[str] = []
    for index, char in enumerate(text):
        if char == '"':
            out.append(opening if _OPENING_CONTEXT.search(text[:index]) else closing)
        elif char == "'":
            starts_quote = _OPENING_CONTEXT.search(text[:index]) and index + 1 < len(text)
            out.append("‘" if starts_quote else "’")
        else:
            out.append(char)
    return "".join(out)
