"""Share cards: one image per page and platform preset, rendered offline with Pillow.

Pure library (no MkDocs): give it ``CardSpec`` records, a validated ``Brand`` and the enabled
``Preset``s; ``render_all`` returns finished files from a content-keyed cache.
"""

from podium.cards.alt import alt_text
from podium.cards.batch import BatchResult, CardFile, CardJob, render_all
from podium.cards.brand import Brand, load_brand
from podium.cards.errors import CardError
from podium.cards.presets import DEFAULT_PRESETS, Preset, parse_presets
from podium.cards.render import card_key, missing_glyphs, render
from podium.cards.spec import LAYOUTS, CardSpec

__all__ = [
    "DEFAULT_PRESETS",
    "LAYOUTS",
    "BatchResult",
    "Brand",
    "CardError",
    "CardFile",
    "CardJob",
    "CardSpec",
    "Preset",
    "alt_text",
    "card_key",
    "load_brand",
    "missing_glyphs",
    "parse_presets",
    "render",
    "render_all",
]
