"""Story and portrait cards keep their text out of the strips platforms cover with their own
UI (a story's progress bar and reply field; a portrait post's dots and buttons), measured on
the rendered pixels: the text is drawn in pure colours that nothing else on the card uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from podium.cards import DEFAULT_PRESETS, CardSpec, load_brand, render

# Text, muted text and accent in pure colours; background white (the rings are the accent
# blended at a low alpha, so never pure blue).
COLORS = {"text": "#ff0000", "muted": "#00c800", "accent": "#0000ff", "background": "#ffffff"}
INKS = [(255, 0, 0), (0, 200, 0), (0, 0, 255)]
# (top, bottom) strips that must hold no text, in pixels of the preset's size.
ZONES = {"story": (250, 250), "portrait": (110, 140)}
LONG = "Why every board should own its AI risk register, and how to start this very quarter"


def _photo(path: Path) -> Path:
    image = Image.new("RGB", (300, 300), (90, 110, 140))
    ImageDraw.Draw(image).ellipse((90, 50, 210, 170), fill=(224, 190, 160))
    image.save(path)
    return path


@pytest.fixture(scope="module")
def brand(tmp_path_factory):
    folder = tmp_path_factory.mktemp("brand")
    _photo(folder / "me.jpg")
    raw = {"site_name": "Jane Doe", "domain": "janedoe.example", "avatar": "me.jpg"}
    return load_brand({**raw, "colors": COLORS}, folder)


def _specs(photo: Path) -> dict[str, CardSpec]:
    return {
        "article": CardSpec(
            "article",
            LONG,
            "a",
            description="Three questions every director should ask before the next budget. " * 3,
            author="Jane Doe",
            date="3 March 2026",
            eyebrow="Leadership",
            photo=photo,
        ),
        "highlight": CardSpec("highlight", LONG * 2, "h", author="Jane Doe", date="12 May 2026"),
        "profile": CardSpec(
            "profile",
            "Jane Doe",
            "p",
            role="Chief Executive Officer and Chair of the Board of Directors",
            organization="Example Corporation International",
            photo=photo,
        ),
    }


def _ink_rows(image: Image.Image) -> list[int]:
    """Rows holding text: a pixel within a small distance of one of the pure text colours."""
    rgb = image.convert("RGB")
    width, height = rgb.size
    pixels = rgb.load()
    rows = []
    for y in range(height):
        for x in range(0, width, 2):
            r, g, b = pixels[x, y]
            if any(abs(r - i[0]) + abs(g - i[1]) + abs(b - i[2]) < 60 for i in INKS):
                rows.append(y)
                break
    return rows


@pytest.mark.parametrize("preset", sorted(ZONES))
@pytest.mark.parametrize("layout", ["article", "highlight", "profile"])
def test_no_text_where_platforms_overlay_their_ui(brand, tmp_path, preset, layout) -> None:
    spec = _specs(_photo(tmp_path / "me.jpg"))[layout]
    size = DEFAULT_PRESETS[preset]
    card = render(spec, size, brand)
    image = card.canvas.image
    assert image.size == (size.width, size.height)
    rows = _ink_rows(image)
    assert rows, "no text found: the colours of the test do not reach the card"
    top, bottom = ZONES[preset]
    assert min(rows) >= top, (layout, preset, min(rows))
    assert max(rows) < size.height - bottom, (layout, preset, max(rows))
