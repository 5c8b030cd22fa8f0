"""Picture helpers: backgrounds, round photos, logos. All pure functions of their inputs.

The same avatar, logo and rings appear on every card of a site, so results are memoised per
process; callers must not modify a returned image (``Canvas.paste`` only reads it).
"""

from __future__ import annotations

import functools
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from podium.cards.fonts import Stamp, stamp

RGB = tuple[int, int, int]
SUPERSAMPLE = 4  # draw masks 4x larger and shrink them: smooth edges without aliasing


@functools.lru_cache(maxsize=32)
def _open_rgba(version: Stamp) -> Image.Image:
    with Image.open(version[0]) as img:
        img = ImageOps.exif_transpose(img)
        return img.convert("RGBA")


def open_rgba(path: Path) -> Image.Image:
    return _open_rgba(stamp(path)).copy()


@functools.lru_cache(maxsize=16)
def gradient(size: tuple[int, int], start: RGB, end: RGB) -> Image.Image:
    """A diagonal-feeling vertical gradient from ``start`` (top) to ``end`` (bottom)."""
    width, height = size
    mask = Image.linear_gradient("L").resize((width, height), Image.Resampling.BILINEAR)
    top = Image.new("RGB", size, start)
    bottom = Image.new("RGB", size, end)
    return Image.composite(bottom, top, mask)


def _flatten(image: Image.Image) -> Image.Image:
    """RGBA over white: a transparent avatar shows white, not whatever its hidden pixels hold."""
    flat = Image.new("RGB", image.size, (255, 255, 255))
    flat.paste(image, (0, 0), image)
    return flat


def cover(path: Path, size: tuple[int, int]) -> Image.Image:
    """The image scaled and centre-cropped to fill ``size`` (CSS ``object-fit: cover``)."""
    img = _flatten(open_rgba(path))
    return ImageOps.fit(img, size, Image.Resampling.LANCZOS, centering=(0.5, 0.4))


def circle_mask(diameter: int) -> Image.Image:
    big = diameter * SUPERSAMPLE
    mask = Image.new("L", (big, big), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, big - 1, big - 1), fill=255)
    return mask.resize((diameter, diameter), Image.Resampling.LANCZOS)


def round_photo(path: Path, diameter: int, ring: RGB | None = None, ring_width: int = 0):
    """A circular crop of the photo, optionally inside a coloured ring, as RGBA."""
    return _round_photo(stamp(path), diameter, ring, ring_width)


@functools.lru_cache(maxsize=64)
def _round_photo(version: Stamp, diameter: int, ring: RGB | None, ring_width: int):
    path = Path(version[0])
    inner = diameter - 2 * ring_width
    photo = ImageOps.fit(
        _flatten(open_rgba(path)), (inner, inner), Image.Resampling.LANCZOS, centering=(0.5, 0.35)
    )
    out = Image.new("RGBA", (diameter, diameter), (0, 0, 0, 0))
    if ring and ring_width:
        disc = Image.new("RGBA", (diameter, diameter), (*ring, 255))
        out.paste(disc, (0, 0), circle_mask(diameter))
    out.paste(photo, (ring_width, ring_width), circle_mask(inner))
    return out


def fit_logo(path: Path, max_width: int, max_height: int) -> Image.Image:
    """The logo scaled to fit the box, keeping its aspect ratio and transparency."""
    return _fit_logo(stamp(path), max_width, max_height)


@functools.lru_cache(maxsize=16)
def _fit_logo(version: Stamp, max_width: int, max_height: int) -> Image.Image:
    path = Path(version[0])
    logo = open_rgba(path)
    scale = min(max_width / logo.width, max_height / logo.height)
    size = (max(1, round(logo.width * scale)), max(1, round(logo.height * scale)))
    return logo.resize(size, Image.Resampling.LANCZOS)


@functools.lru_cache(maxsize=16)
def ring(draw_size: int, width: int, color: RGB, alpha: int) -> Image.Image:
    """A thin anti-aliased circle outline (a decorative arc in the card's corner)."""
    big = draw_size * SUPERSAMPLE
    layer = Image.new("L", (big, big), 0)
    ImageDraw.Draw(layer).ellipse(
        (0, 0, big - 1, big - 1), outline=alpha, width=width * SUPERSAMPLE
    )
    mask = layer.resize((draw_size, draw_size), Image.Resampling.LANCZOS)
    out = Image.new("RGBA", (draw_size, draw_size), (*color, 0))
    out.putalpha(mask)
    return out
