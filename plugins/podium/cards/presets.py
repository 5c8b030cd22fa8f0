"""Card sizes per platform, and validation of user-defined presets.

Sizes and byte limits come from ``shared/research/platforms.md``: the ``og`` card is read by
Facebook, LinkedIn, Bluesky, Mastodon, WhatsApp, Slack and Discord (WhatsApp drops previews
over ~300 KB), ``x`` is X's 2:1 ``summary_large_image``; the portrait formats are for posting
natively on Instagram/LinkedIn.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from podium.cards.errors import CardError

MIN_SIDE = 200  # Facebook ignores images under 200x200
MAX_SIDE = 4096  # X's maximum for summary_large_image
MIN_BYTES = 20_000  # below this no legible card fits


@dataclass(frozen=True)
class Preset:
    """One output size. ``meta`` presets are announced in ``og:image``/``twitter:image``."""

    name: str
    width: int
    height: int
    max_bytes: int
    meta: bool = False

    @property
    def aspect(self) -> float:
        return self.width / self.height


DEFAULT_PRESETS: dict[str, Preset] = {
    "og": Preset("og", 1200, 630, 300_000, meta=True),
    "x": Preset("x", 1200, 600, 1_000_000, meta=True),
    "square": Preset("square", 1080, 1080, 8_000_000),
    "portrait": Preset("portrait", 1080, 1350, 8_000_000),
    "story": Preset("story", 1080, 1920, 8_000_000),
}
#: Built-ins made only when switched on (``x: true`` or a mapping): X shows the ``og`` card
#: (1.91:1) in its large summary card, so a 2:1 copy is worth it only if it differs.
OFF_BY_DEFAULT = frozenset({"x"})

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")


def parse_presets(raw: Mapping[str, Any] | None, key: str = "presets") -> tuple[Preset, ...]:
    """Turn the ``presets`` option into the enabled presets, in a stable order.

    Built-in presets are on unless set to ``false`` (``x`` is off unless set to ``true``); a
    built-in can be resized with a mapping, and any other name defines a new preset
    (``{width, height, max_bytes}``).
    """
    raw = dict(raw or {})
    presets: dict[str, Preset] = {
        name: preset for name, preset in DEFAULT_PRESETS.items() if name not in OFF_BY_DEFAULT
    }
    for name in sorted(raw, key=str):
        value = raw[name]
        where = f"{key}.{name}"
        if not isinstance(name, str) or not _NAME.match(name):
            raise CardError(where, "preset names use a-z, 0-9, '-' and '_' (at most 32)")
        if value is True or value is None:
            if name not in DEFAULT_PRESETS:
                raise CardError(where, "a new preset needs a mapping with width and height")
            presets[name] = DEFAULT_PRESETS[name]
            continue
        if value is False:
            presets.pop(name, None)
            continue
        if not isinstance(value, Mapping):
            raise CardError(where, f"expected true, false or a mapping, got {value!r}")
        presets[name] = _parse_one(name, value, where, DEFAULT_PRESETS.get(name))
    order = [n for n in DEFAULT_PRESETS if n in presets]
    order += sorted(n for n in presets if n not in DEFAULT_PRESETS)
    return tuple(presets[n] for n in order)


def _parse_one(name: str, value: Mapping[str, Any], where: str, base: Preset | None) -> Preset:
    unknown = sorted(set(value) - {"width", "height", "max_bytes"})
    if unknown:
        raise CardError(f"{where}.{unknown[0]}", "unknown option (use width, height, max_bytes)")
    if base is None and ("width" not in value or "height" not in value):
        missing = "width" if "width" not in value else "height"
        raise CardError(f"{where}.{missing}", "required for a new preset")
    width = _int(
        value.get("width", base.width if base else 0), f"{where}.width", MIN_SIDE, MAX_SIDE
    )
    height = _int(
        value.get("height", base.height if base else 0), f"{where}.height", MIN_SIDE, MAX_SIDE
    )
    limit = value.get("max_bytes", base.max_bytes if base else 1_000_000)
    max_bytes = _int(limit, f"{where}.max_bytes", MIN_BYTES, 50_000_000)
    return Preset(name, width, height, max_bytes, meta=base.meta if base else False)


def _int(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CardError(where, f"expected a whole number from {low} to {high}, got {value!r}")
    if not low <= value <= high:
        raise CardError(where, f"must be from {low} to {high}, got {value}")
    return value
