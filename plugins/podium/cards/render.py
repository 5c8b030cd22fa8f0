"""Render one card: background, layout, encoding; and the cache key of its inputs."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import PIL
from PIL import Image, features

from podium.cards import images
from podium.cards.brand import Brand
from podium.cards.canvas import Canvas, Placement
from podium.cards.encode import FORMAT_POLICY, encode
from podium.cards.errors import CardError
from podium.cards.fonts import FontChain, Stamp, file_digest, resolve_engine, stamp
from podium.cards.layouts import LAYOUTS, Backdrop
from podium.cards.png import ZLIB_VERSION
from podium.cards.presets import Preset
from podium.cards.spec import CardSpec
from podium.cards.typography import smarten

BACKGROUND_VEIL = 0.8  # share of the brand gradient laid over a photo, so text stays legible


@dataclass(frozen=True)
class Rendered:
    data: bytes
    ext: str
    canvas: Canvas


def effective(spec: CardSpec, brand: Brand) -> CardSpec:
    """The spec with brand defaults filled in (the site's avatar when a page has none)."""
    if spec.layout not in LAYOUTS:
        raise CardError(f"{spec.where}: cards.layout", f"unknown layout {spec.layout!r}")
    for name, path in (("photo", spec.photo), ("background", spec.background)):
        if path is not None and not Path(path).is_file():
            raise CardError(f"{spec.where}: cards.{name}", f"file not found: {path}")
    if spec.photo is None and brand.avatar is not None and spec.use_brand_avatar:
        return dataclasses.replace(spec, photo=brand.avatar)
    return spec


def background_path(spec: CardSpec, brand: Brand) -> Path | None:
    return spec.background or brand.background_image


@dataclass(frozen=True)
class Base:
    """A backdrop drawn once: the image to copy, its text placements, what it measured."""

    image: Image.Image
    placements: tuple[Placement, ...]
    backdrop: Backdrop


def _base(
    backdrop: Callable[[Canvas], Backdrop], preset: Preset, brand: Brand, photo: Path | None
) -> Base:
    size = (preset.width, preset.height)
    colors = brand.colors
    image = images.gradient(size, colors.background, colors.background_end).copy()
    if photo is not None:
        image = Image.blend(images.cover(photo, size), image, BACKGROUND_VEIL)
    canvas = Canvas.create(preset, brand, image)
    drawn = backdrop(canvas)
    return Base(canvas.image, tuple(canvas.placements), drawn)


# Rings, logo or site name and domain are the same on every card of a brand, size and
# design: drawing them once per process and copying the result saves ~15% of a card's time.
# ``versions`` (file stamps) keeps ``mkdocs serve`` honest when a logo or font is edited.
# A handful of entries suffices because batches come sorted by preset (``batch.py``).
@functools.lru_cache(maxsize=6)
def _shared_base(
    backdrop: Callable[[Canvas], Backdrop],
    preset: Preset,
    brand: Brand,
    versions: tuple[Stamp, ...],
) -> Base:
    return _base(backdrop, preset, brand, brand.background_image)


def _versions(brand: Brand) -> tuple[Stamp, ...]:
    files = (brand.logo, brand.background_image, brand.font_regular, brand.font_bold)
    return tuple(stamp(p) for p in (*files, *brand.fallback_fonts) if p is not None)


def draw(spec: CardSpec, preset: Preset, brand: Brand) -> Canvas:
    """The card as an image, with a record of every text placement."""
    spec = effective(spec, brand)
    design = LAYOUTS[spec.layout]
    photo_path = background_path(spec, brand)
    try:
        if spec.background is None:
            base = _shared_base(design.backdrop, preset, brand, _versions(brand))
        else:  # a page's own background: nothing to share
            base = _base(design.backdrop, preset, brand, spec.background)
    except OSError as exc:
        if photo_path is None:
            raise
        raise CardError(
            f"{spec.where}: cards.background", f"cannot read {photo_path}: {exc}"
        ) from None
    canvas = Canvas.create(preset, brand, base.image.copy())
    canvas.placements.extend(base.placements)
    design.card(canvas, _typeset(spec), base.backdrop)
    return canvas


def _typeset(spec: CardSpec) -> CardSpec:
    fields = ("title", "description", "author", "role", "organization", "eyebrow")
    changes = {name: smarten(getattr(spec, name), spec.lang) for name in fields}
    return dataclasses.replace(spec, **changes)


def render(spec: CardSpec, preset: Preset, brand: Brand) -> Rendered:
    canvas = draw(spec, preset, brand)
    photo = background_path(spec, brand) is not None
    data, ext = encode(canvas.image, preset, photo, spec.where)
    return Rendered(data, ext, canvas)


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """Hash of this package's source: a change to the design invalidates cached cards."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _file(path: Path | None) -> str | None:
    return file_digest(path) if path is not None else None


def _shallow(record: Any) -> dict[str, Any]:
    """A dataclass's fields as a dict: ``dataclasses.asdict`` deep-copies every value,
    a third of the cache-key time, for records that hold only plain values."""
    return {field.name: getattr(record, field.name) for field in dataclasses.fields(record)}


@functools.lru_cache(maxsize=8)
def _brand_inputs(brand: Brand, versions: tuple[Stamp, ...]) -> dict[str, Any]:
    """The key's brand part: the same for every card, so hashed files are looked up once."""
    chains = [
        FontChain.of(f, brand.fallback_fonts, "basic")
        for f in (brand.font_regular, brand.font_bold)
    ]
    return {
        "site_name": brand.site_name,
        "domain": brand.domain,
        "colors": _shallow(brand.colors),
        "logo": _file(brand.logo),
        "background_image": _file(brand.background_image),
        "fonts": [chain.digest() for chain in chains],
    }


def card_key(spec: CardSpec, preset: Preset, brand: Brand) -> str:
    """SHA-256 over every input that can change the card's bytes."""
    spec = effective(spec, brand)
    fields = _shallow(spec)
    fields.pop("source")  # names the page in messages only
    fields["photo"] = _file(spec.photo)
    fields["background"] = _file(spec.background)
    payload = {
        "code": code_digest(),
        "pillow": PIL.__version__,
        "freetype": features.version("freetype2"),
        "raqm": features.version("raqm"),
        "zlib": ZLIB_VERSION,  # PNG bytes depend on the deflate implementation
        "format": FORMAT_POLICY,  # which format the card is written in
        "engine": resolve_engine(brand.layout_engine).name,
        "spec": fields,
        "preset": _shallow(preset),
        "brand": _brand_inputs(brand, _versions(brand)),
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def missing_glyphs(spec: CardSpec, brand: Brand) -> tuple[str, ...]:
    """Characters on the card that none of the brand's fonts can draw."""
    spec = _typeset(spec)
    bold = FontChain.of(brand.font_bold, brand.fallback_fonts, "basic")
    regular = FontChain.of(brand.font_regular, brand.fallback_fonts, "basic")
    bold_text = " ".join(
        (spec.title, spec.author, spec.eyebrow.upper(), spec.organization.upper(), brand.site_name)
    )
    regular_text = " ".join((spec.description, spec.date, spec.role, brand.domain))
    return tuple(sorted(set(bold.missing(bold_text)) | set(regular.missing(regular_text))))
