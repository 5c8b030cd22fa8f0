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
# French sets a no-break space before ; : ! ? and inside « » (a typed space, or none).
_FRENCH_BEFORE = re.compile(r"(?<=[^\s\u00a0])[ \u202f]?(?=[;:!?»](?:\s|$|[.,)»]))")
_FRENCH_AFTER = re.compile(r"«[ \u202f]?(?=\S)")
# A number never ends a line apart from its unit ("14 h.", "4 %", "300 MW", "12 kr").
_UNITS = (
    "h|min|s|ms|%|‰|°C|°|€|\\$|£|kr|NOK|EUR|USD|km|m|cm|mm|kg|g|t|"
    "W|kW|MW|GW|TW|Wh|kWh|MWh|GWh|TWh|Hz|kHz|MHz|GHz|V|kV|A|x|×|Mrd\\.?|Mio\\.?|mrd\\.?"
)
_NUMBER_UNIT = re.compile(rf"(?<=\d) (?=(?:{_UNITS})(?![\w]))")
#: Characters a quotation can open with: such a text brings its own quote marks.
OPENING_QUOTES = "\"'«‹„“‘「『"


def brings_own_quotes(text: str) -> bool:
    """Whether ``text`` opens with a quote mark (then a card draws no decorative one)."""
    return text.lstrip()[:1] in OPENING_QUOTES


def smarten(text: str, lang: str = "") -> str:
    """Curly quotes and apostrophes, en dashes for ``--`` and an ellipsis for ``...``;
    no-break spaces where the language's typography wants them (French ``: ; ! ?`` and
    « », a number and its unit everywhere)."""
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
    text = _NUMBER_UNIT.sub(NBSP, "".join(out))
    if lang.split("-")[0].lower() == "fr":
        text = _FRENCH_AFTER.sub("«" + NBSP, _FRENCH_BEFORE.sub(NBSP, text))
    return text
