"""Font chains: a primary font plus fallbacks, chosen per character by the fonts' cmaps.

Pillow draws one font at a time and shows a box (.notdef) for a character its font lacks,
silently. Reading each font's cmap with fontTools lets us pick, for every character, the
first font that has it, and report the characters that no font has.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTFont
from PIL import ImageFont, features

# Characters that never need a glyph of their own: they ride along with the run they are in.
_JOINERS = {"\u200c", "\u200d", "\u2060", "\ufeff"}


def _rides_along(char: str) -> bool:
    if char.isspace() or char in _JOINERS:
        return True
    category = unicodedata.category(char)
    # Marks combine with the previous character; variation selectors are category Mn too.
    return category.startswith("M") or category in ("Cc", "Cf")


Stamp = tuple[str, int, int]

#: Colour emoji, last in every chain (see ``fonts/README.md``): OpenMoji's COLRv0 build,
#: which FreeType draws in colour at any size when asked for ``embedded_color``.
EMOJI_FONT = Path(__file__).parent / "fonts" / "OpenMoji-COLR0.ttf"
#: Emoji glyphs are drawn this much smaller than the text: OpenMoji's advance is ~1.3 em,
#: and an emoji should sit in a line like a capital letter, not tower over it.
EMOJI_SCALE = 0.8


def stamp(path: str | Path) -> Stamp:
    """(path, mtime, size): memoise per file version, so ``mkdocs serve`` sees edits."""
    info = Path(path).stat()
    return (str(path), info.st_mtime_ns, info.st_size)


@functools.lru_cache(maxsize=64)
def _cmap(version: Stamp) -> frozenset[int]:
    with TTFont(version[0], lazy=True, fontNumber=0) as font:
        return frozenset(font.getBestCmap() or {})


@functools.lru_cache(maxsize=1024)
def _digest(version: Stamp) -> str:
    return hashlib.sha256(Path(version[0]).read_bytes()).hexdigest()


def file_digest(path: str | Path) -> str:
    """SHA-256 of a file's bytes (fonts and images enter the cache key by content)."""
    return _digest(stamp(path))


def resolve_engine(requested: str) -> ImageFont.Layout:
    """Raqm (HarfBuzz shaping) when Pillow has it and it is wanted, else the basic layout."""
    if requested != "basic" and features.check("raqm"):
        return ImageFont.Layout.RAQM
    return ImageFont.Layout.BASIC


@functools.lru_cache(maxsize=512)
def _font(version: Stamp, size: int, engine: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(version[0], size, layout_engine=ImageFont.Layout(engine))


@dataclass(frozen=True)
class FontChain:
    """Fonts tried in order for each character; the first is the design font."""

    paths: tuple[str, ...]
    engine: int = int(ImageFont.Layout.BASIC)

    @functools.cached_property
    def _stamps(self) -> tuple[Stamp, ...]:
        return tuple(stamp(p) for p in self.paths)

    @classmethod
    def of(cls, primary: Path, fallbacks: tuple[Path, ...], engine: str) -> FontChain:
        """The design font, the site's fallbacks, then the bundled colour emoji font."""
        paths = [str(p) for p in (primary, *fallbacks)]
        if str(EMOJI_FONT) not in paths:
            paths.append(str(EMOJI_FONT))
        return cls(tuple(paths), int(resolve_engine(engine)))

    def is_color(self, index: int) -> bool:
        """Whether font ``index`` is the colour emoji font (drawn with ``embedded_color``)."""
        return self.paths[index] == str(EMOJI_FONT)

    def font(self, index: int, size: int) -> ImageFont.FreeTypeFont:
        if self.is_color(index):
            size = max(1, round(size * EMOJI_SCALE))
        return _font(self._stamps[index], size, self.engine)

    def index_for(self, char: str) -> int | None:
        code = ord(char)
        for index, version in enumerate(self._stamps):
            if code in _cmap(version):
                return index
        return None

    def has(self, char: str) -> bool:
        return _rides_along(char) or self.index_for(char) is not None

    def missing(self, text: str) -> tuple[str, ...]:
        """Characters of ``text`` that no font of the chain can draw, sorted, unique."""
        return tuple(sorted(c for c in set(text) if not self.has(c)))  # each char once

    def runs(self, text: str) -> list[tuple[int, str]]:
        """Split ``text`` into (font index, substring) runs; unknown characters use font 0."""
        if len(self.paths) == 1:  # nothing to choose from: skip the per-character lookups
            return [(0, text)] if text else []
        runs: list[tuple[int, str]] = []
        for char in text:
            if runs and _rides_along(char) and not (char.isspace() and self.is_color(runs[-1][0])):
                index = runs[-1][0]  # (a space after an emoji is the text font's space)
            else:
                found = self.index_for(char)
                index = 0 if found is None else found
            if runs and runs[-1][0] == index:
                runs[-1] = (index, runs[-1][1] + char)
            else:
                runs.append((index, char))
        return runs

    def width(self, text: str, size: int) -> float:
        return _width(self, text, size)

    def metrics(self, size: int, text: str = "") -> tuple[int, int]:
        """(ascent, descent) in pixels: the largest among the fonts ``text`` uses."""
        indices = {i for i, _ in self.runs(text)} or {0}
        indices.add(0)
        ascent = descent = 0
        for index in indices:
            a, d = self.font(index, size).getmetrics()
            ascent, descent = max(ascent, a), max(descent, d)
        return ascent, descent

    def digest(self) -> list[str]:
        return [file_digest(p) for p in self.paths]


@functools.lru_cache(maxsize=65536)
def _width(chain: FontChain, text: str, size: int) -> float:
    return sum(chain.font(i, size).getlength(run) for i, run in chain.runs(text))
