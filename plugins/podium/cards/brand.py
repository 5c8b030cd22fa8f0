"""Brand settings (colors, logo, photo, fonts, background) and their validation.

Validation happens once, in the parent process, so a bad color or a logo that is not an
image fails the build with the config key instead of crashing inside a worker.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import ImageColor

from podium.cards.errors import CardError
from podium.cards.inspect import UnusableImage, image_size

RGB = tuple[int, int, int]

FONTS_DIR = Path(__file__).parent / "fonts"
DEFAULT_REGULAR = FONTS_DIR / "Inter-Regular.otf"
DEFAULT_BOLD = FONTS_DIR / "InterDisplay-Bold.otf"

DEFAULT_COLORS: dict[str, str] = {
    "background": "#0b1f3a",  # deep navy
    "background_end": "#12305a",  # lighter navy: the gradient's other end
    "text": "#ffffff",
    "muted": "#b7c3d4",
    "accent": "#d4a84b",  # muted gold
}


@dataclass(frozen=True)
class Colors:
    background: RGB
    background_end: RGB
    text: RGB
    muted: RGB
    accent: RGB


@dataclass(frozen=True)
class Brand:
    """Everything about a card that is the same on every page of a site."""

    site_name: str = ""
    domain: str = ""
    colors: Colors = field(default_factory=lambda: parse_colors({}))
    logo: Path | None = None
    avatar: Path | None = None
    font_regular: Path = DEFAULT_REGULAR
    font_bold: Path = DEFAULT_BOLD
    fallback_fonts: tuple[Path, ...] = ()
    background_image: Path | None = None
    layout_engine: str = "auto"  # auto | raqm | basic


def parse_color(value: Any, where: str) -> RGB:
    """A CSS color (``#0b1f3a``, ``rgb(1,2,3)``, ``navy``) as an RGB triple."""
    if not isinstance(value, str):
        raise CardError(where, f"expected a color such as '#0b1f3a', got {value!r}")
    try:
        rgb = ImageColor.getrgb(value.strip())
    except ValueError:
        raise CardError(
            where, f"{value!r} is not a color (use #rrggbb, rgb(r, g, b) or a CSS name)"
        ) from None
    return (rgb[0], rgb[1], rgb[2])


def parse_colors(raw: Mapping[str, Any] | None, key: str = "brand.colors") -> Colors:
    if raw is not None and not isinstance(raw, Mapping):
        raise CardError(key, f"expected a mapping of color names to colors, got {raw!r}")
    raw = dict(raw or {})
    unknown = sorted(set(raw) - set(DEFAULT_COLORS))
    if unknown:
        names = ", ".join(DEFAULT_COLORS)
        raise CardError(f"{key}.{unknown[0]}", f"unknown color (use {names})")
    values = {
        name: parse_color(raw.get(name, default), f"{key}.{name}")
        for name, default in DEFAULT_COLORS.items()
    }
    if "background" in raw and "background_end" not in raw:
        values["background_end"] = values["background"]
    return Colors(**values)


def check_image(path: Path, where: str) -> Path:
    """Fail with the config key when ``path`` is missing or not a readable image."""
    if not path.is_file():
        raise CardError(where, f"file not found: {path}")
    try:
        image_size(path, str(path))
    except UnusableImage as exc:
        raise CardError(where, str(exc)) from None
    return path


def check_font(path: Path, where: str) -> Path:
    """Fail with the config key when ``path`` is not a font FreeType can open."""
    from PIL import ImageFont

    if not path.is_file():
        raise CardError(where, f"font file not found: {path}")
    try:
        ImageFont.truetype(str(path), 12)
    except OSError as exc:
        raise CardError(where, f"{path} is not a readable font ({exc})") from None
    return path


def load_brand(raw: Mapping[str, Any] | None, base_dir: Path, key: str = "brand") -> Brand:
    """Validate the ``brand`` option; relative paths are resolved against ``base_dir``."""
    raw = dict(raw or {})
    known = {
        "site_name",
        "domain",
        "colors",
        "logo",
        "avatar",
        "font_regular",
        "font_bold",
        "fallback_fonts",
        "background_image",
        "layout_engine",
    }
    unknown = sorted(set(raw) - known)
    if unknown:
        raise CardError(f"{key}.{unknown[0]}", f"unknown option (use {', '.join(sorted(known))})")

    def path(name: str) -> Path | None:
        value = raw.get(name)
        if value in (None, ""):
            return None
        if not isinstance(value, str | Path):
            raise CardError(f"{key}.{name}", f"expected a file path, got {value!r}")
        return (base_dir / value).resolve()

    images = {}
    for name in ("logo", "avatar", "background_image"):
        found = path(name)
        images[name] = check_image(found, f"{key}.{name}") if found else None
    fonts = {}
    for name, default in (("font_regular", DEFAULT_REGULAR), ("font_bold", DEFAULT_BOLD)):
        found = path(name)
        fonts[name] = check_font(found, f"{key}.{name}") if found else default
    fallbacks = raw.get("fallback_fonts") or []
    if isinstance(fallbacks, str) or not isinstance(fallbacks, list | tuple):
        raise CardError(f"{key}.fallback_fonts", "expected a list of font files")
    fallback_paths = tuple(
        check_font((base_dir / str(item)).resolve(), f"{key}.fallback_fonts[{i}]")
        for i, item in enumerate(fallbacks)
    )
    engine = raw.get("layout_engine", "auto")
    if engine not in ("auto", "raqm", "basic"):
        raise CardError(f"{key}.layout_engine", f"expected auto, raqm or basic, got {engine!r}")
    for name in ("site_name", "domain"):
        if not isinstance(raw.get(name, ""), str):
            raise CardError(f"{key}.{name}", f"expected text, got {raw[name]!r}")
    return Brand(
        site_name=raw.get("site_name", ""),
        domain=raw.get("domain", ""),
        colors=parse_colors(raw.get("colors"), f"{key}.colors"),
        logo=images["logo"],
        avatar=images["avatar"],
        font_regular=fonts["font_regular"],
        font_bold=fonts["font_bold"],
        fallback_fonts=fallback_paths,
        background_image=images["background_image"],
        layout_engine=engine,
    )


def _luminance(rgb: RGB) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: RGB, second: RGB) -> float:
    """WCAG contrast ratio of two colors (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def brand_warnings(brand: Brand, key: str = "brand.colors") -> list[str]:
    """Color pairs too close to read at a glance in a feed (WCAG AA: 4.5:1, 3:1 large)."""
    colors = brand.colors
    checks = (
        ("text", colors.text, 4.5),
        ("muted", colors.muted, 4.5),
        ("accent", colors.accent, 3),
    )
    warnings = []
    for name, color, minimum in checks:
        worst = min(contrast(color, colors.background), contrast(color, colors.background_end))
        if worst < minimum:
            warnings.append(
                f"{key}.{name}: contrast with the background is {worst:.1f}:1 "
                f"(at least {minimum:g}:1 keeps the card readable)"
            )
    return warnings
