"""A drawing surface that knows the brand's fonts and records where text went.

Layouts describe *what* goes *where*; the canvas fits and draws it and keeps a list of
placements, which tests use to prove that no text left its box or the card.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from podium.cards import images
from podium.cards.brand import RGB, Brand
from podium.cards.fonts import FontChain
from podium.cards.presets import Preset
from podium.cards.text_fit import Box, TextBlock, draw_block, fit


@dataclass(frozen=True)
class Placement:
    box: Box
    block: TextBlock
    chain: FontChain
    x: int
    y: int


@dataclass
class Canvas:
    preset: Preset
    brand: Brand
    image: Image.Image
    regular: FontChain
    bold: FontChain
    placements: list[Placement] = field(default_factory=list)

    @classmethod
    def create(cls, preset: Preset, brand: Brand, background: Image.Image) -> Canvas:
        fallbacks = brand.fallback_fonts
        return cls(
            preset,
            brand,
            background,
            FontChain.of(brand.font_regular, fallbacks, brand.layout_engine),
            FontChain.of(brand.font_bold, fallbacks, brand.layout_engine),
        )

    @property
    def width(self) -> int:
        return self.preset.width

    @property
    def height(self) -> int:
        return self.preset.height

    @property
    def landscape(self) -> bool:
        return self.preset.aspect >= 1.25

    @property
    def unit(self) -> float:
        """Pixels per design point: layouts are drawn at 1200 (landscape) or 1080 wide."""
        return self.width / (1200 if self.landscape else 1080)

    def px(self, points: float) -> int:
        return max(1, round(points * self.unit))

    def fit(
        self,
        text: str,
        box: Box,
        *,
        bold: bool,
        largest: float,
        smallest: float,
        leading: float = 1.15,
        max_lines: int | None = None,
        balance: bool = False,
    ) -> TextBlock:
        chain = self.bold if bold else self.regular
        return fit(
            text,
            chain,
            box.width,
            box.height,
            self.px(largest),
            self.px(smallest),
            leading=leading,
            max_lines=max_lines,
            balance=balance,
        )

    def draw(
        self, block: TextBlock, box: Box, y: int, color: RGB, *, bold: bool, align: str = "left"
    ) -> int:
        """Draw a fitted block with its top at ``y``; returns the y just below it."""
        chain = self.bold if bold else self.regular
        draw_block(ImageDraw.Draw(self.image), block, chain, box.x, y, box.width, color, align)
        self.placements.append(Placement(box, block, chain, box.x, y))
        return y + block.height

    def paste(self, picture: Image.Image, x: int, y: int) -> None:
        self.image.paste(picture, (x, y), picture if picture.mode == "RGBA" else None)

    def photo(self, path: Path, diameter: int, x: int, y: int) -> None:
        ring = self.px(4)
        self.paste(images.round_photo(path, diameter, self.brand.colors.accent, ring), x, y)

    def initials(self, letters: str, diameter: int, x: int, y: int) -> None:
        """A disc in the accent colour with the person's initials: the stand-in for a photo
        that is only online (cards never download)."""
        colors = self.brand.colors
        ImageDraw.Draw(self.image).ellipse(
            (x, y, x + diameter - 1, y + diameter - 1), fill=colors.accent
        )
        box = Box(x, y, diameter, diameter)
        block = self.fit(letters, box, bold=True, largest=diameter * 0.4 / self.unit,
                         smallest=8, max_lines=1)  # fmt: skip
        self.draw(block, box, y + (diameter - block.height) // 2, colors.background, bold=True,
                  align="center")  # fmt: skip

    def rule(self, x: int, y: int, width: int, height: int, color: RGB) -> None:
        ImageDraw.Draw(self.image).rectangle((x, y, x + width - 1, y + height - 1), fill=color)
