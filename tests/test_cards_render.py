"""Rendering: real images opened with Pillow, text placement, glyph coverage, determinism."""

import io
import struct
from pathlib import Path

import numpy as np
import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageDraw, features
from podium.cards import (
    DEFAULT_PRESETS,
    CardError,
    CardSpec,
    alt_text,
    card_key,
    load_brand,
    render,
)
from podium.cards.encode import palette_image
from podium.cards.png import encode_indexed, encode_rgb
from podium.cards.render import draw, missing_glyphs
from podium.cards.typography import smarten

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def make_photo(path: Path, size=(400, 400)) -> Path:
    img = Image.new("RGB", size, (90, 110, 140))
    pen = ImageDraw.Draw(img)
    pen.ellipse((130, 70, 270, 230), fill=(224, 190, 160))
    pen.ellipse((60, 250, 340, 520), fill=(40, 50, 70))
    img.save(path)
    return path


@pytest.fixture
def brand(tmp_path):
    make_photo(tmp_path / "me.jpg")
    return load_brand(
        {"site_name": "Jane Doe", "domain": "janedoe.com", "avatar": "me.jpg"}, tmp_path
    )


def specs():
    return {
        "article": CardSpec(
            "article",
            "Why boards must own AI risk — and how to start this quarter",
            "a",
            description="Three questions every director should ask before the next budget.",
            author="Jane Doe",
            date="3 March 2026",
            eyebrow="Leadership",
        ),
        "highlight": CardSpec(
            "highlight",
            "Culture is what people do when the strategy deck is closed.",
            "h",
            author="Jane Doe",
            date="12 May 2026",
        ),
        "profile": CardSpec(
            "profile",
            "Jane Doe",
            "p",
            role="Chief Executive Officer",
            organization="Northwind Holdings",
        ),
    }


def png_chunks(data: bytes) -> list[bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, offset = [], 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        chunks.append(data[offset + 4 : offset + 8])
        offset += 12 + length
    return chunks


@pytest.mark.parametrize("preset", list(DEFAULT_PRESETS.values()), ids=list(DEFAULT_PRESETS))
@pytest.mark.parametrize("layout", ["article", "highlight", "profile"])
def test_every_layout_and_preset_gives_a_valid_image_within_limits(brand, layout, preset):
    result = render(specs()[layout], preset, brand)
    with Image.open(io.BytesIO(result.data)) as img:
        assert img.format == "PNG" and result.ext == "png"
        assert img.size == (preset.width, preset.height)
        assert img.mode in ("P", "RGB")  # palette PNG for flat designs (see encode.py)
        # A real design, not a blank: many colours from gradient, photo and antialiased text.
        assert len(img.convert("RGB").getcolors(1_000_000)) > 50
    assert len(result.data) <= preset.max_bytes
    chunks = set(png_chunks(result.data))
    assert chunks <= {b"IHDR", b"PLTE", b"IDAT", b"IEND"}  # no time metadata
    for placed in result.canvas.placements:
        assert placed.x >= 0 and placed.y >= 0
        assert placed.y + placed.block.height <= preset.height
        assert placed.block.height <= placed.box.height
        assert placed.x + placed.box.width <= preset.width
        for line in placed.block.lines:
            assert placed.chain.width(line, placed.block.size) <= placed.box.width


@pytest.mark.parametrize("layout", ["article", "profile"])
def test_png_writers_hold_exactly_their_pixels(brand, layout):
    """The hand-written PNG writers are lossless: decoding gives the pixels back, bit for
    bit (truecolour: the canvas; indexed: the palette image)."""
    drawn = render(specs()[layout], DEFAULT_PRESETS["og"], brand).canvas.image.convert("RGB")
    with Image.open(io.BytesIO(encode_rgb(drawn))) as img:
        img.load()
        assert ImageChops.difference(img, drawn).getbbox() is None
        # Pillow re-encoding the same pixels gives a file of about the same size.
        again = io.BytesIO()
        img.save(again, "PNG", compress_level=3)
    assert len(encode_rgb(drawn)) < 1.15 * again.tell()
    indexed = palette_image(drawn)
    with Image.open(io.BytesIO(encode_indexed(indexed))) as img:
        img.load()
        assert img.mode == "P" and img.getpalette()[:30] == indexed.getpalette()[:30]
        assert ImageChops.difference(img.convert("RGB"), indexed.convert("RGB")).getbbox() is None


@pytest.mark.parametrize("layout", ["article", "highlight", "profile"])
def test_flat_cards_become_palette_pngs_close_to_the_drawing(brand, layout):
    """Encoding by content: a third of the bytes at PSNR >= 38 dB (see card-formats.md)."""
    result = render(specs()[layout], DEFAULT_PRESETS["og"], brand)
    drawn = np.asarray(result.canvas.image.convert("RGB"), dtype=np.float64)
    with Image.open(io.BytesIO(result.data)) as img:
        assert img.format == "PNG" and img.mode == "P"
        pixels = np.asarray(img.convert("RGB"), dtype=np.float64)
    mse = float(np.mean((pixels - drawn) ** 2))
    assert 10 * np.log10(255**2 / mse) >= 38
    assert len(result.data) < 0.6 * len(encode_rgb(result.canvas.image.convert("RGB")))


def test_layout_adapts_to_aspect_ratio(brand):
    spec = specs()["article"]
    wide = draw(spec, DEFAULT_PRESETS["og"], brand)
    tall = draw(spec, DEFAULT_PRESETS["story"], brand)
    title_wide = max(wide.placements, key=lambda p: p.block.size)
    title_tall = max(tall.placements, key=lambda p: p.block.size)
    # Not a stretched copy: the tall card sets the title larger, on more lines, centred.
    assert title_tall.block.size > title_wide.block.size
    assert len(title_tall.block.lines) > len(title_wide.block.lines)
    middle = (title_tall.y + title_tall.block.height / 2) / 1920
    assert 0.3 < middle < 0.6
    assert title_wide.y < 630 / 2


def test_rendering_is_deterministic(brand):
    spec = specs()["article"]
    first = render(spec, DEFAULT_PRESETS["og"], brand).data
    second = render(spec, DEFAULT_PRESETS["og"], brand).data
    assert first == second


@pytest.mark.parametrize("preset", ["og", "story"])
def test_600_character_title_stays_inside_its_area(brand, preset):
    title = ("Strategy is a series of choices about where to play and how to win. " * 9)[:600]
    base = CardSpec("article", "", "t", author="Jane Doe", date="3 March 2026")
    long = CardSpec("article", title, "t", author="Jane Doe", date="3 March 2026")
    size = DEFAULT_PRESETS[preset]
    empty = draw(base, size, brand)
    full = draw(long, size, brand)
    ink = ImageChops.difference(empty.image, full.image).getbbox()
    title_place = max(full.placements, key=lambda p: len(p.block.lines))
    if preset == "og":  # a story card has room for all of it
        assert title_place.block.truncated and title_place.block.lines[-1].endswith("…")
    margin = title_place.x
    left, top, right, bottom = ink
    assert left >= margin - 4 and right <= size.width - margin + 4
    footer_top = max(p.y for p in full.placements if "Jane Doe" in p.block.lines)
    assert bottom <= footer_top and top > 0


def test_80_character_word_title_fits(brand):
    word = ("Pneumonoultramicroscopicsilicovolcanoconiosis" * 2)[:80]
    canvas = draw(CardSpec("article", word, "w"), DEFAULT_PRESETS["og"], brand)
    title = max(canvas.placements, key=lambda p: p.block.size)
    assert "".join(title.block.lines).replace("…", "") in word
    for line in title.block.lines:
        assert title.chain.width(line, title.block.size) <= title.box.width


TITLES = {
    "fr": "Pourquoi l'équipe dirigeante doit-elle s'approprier le risque ? Œuvre, façade, Noël",
    "de": "Größere Verantwortung: Führungskräfte müssen Übermaß und Ärger vermeiden",
    "no": "Hvorfor ledere må eie risikoen: blåbærsyltetøy, ærlig, øyeblikk, Ærlighet, Øst, Å",
    "pl": "Zażółć gęślą jaźń: dlaczego ŁÓDŹ i Śląsk potrzebują odważnych liderów",
    "el": "Γιατί οι ηγέτες πρέπει να αναλάβουν την ευθύνη; Ψυχή, Ωκεανός, ΐ ΰ",
    "ru": "Почему руководители должны владеть рисками: съешь ещё этих мягких булок",
    "es": "¿Por qué los líderes deben asumir el riesgo? Año, niño, corazón",
}


def _cmaps(paths) -> list[set[int]]:
    return [set(TTFont(str(p), fontNumber=0).getBestCmap()) for p in paths]


@pytest.mark.parametrize("lang", sorted(TITLES))
def test_european_titles_have_every_glyph_in_the_default_fonts(brand, lang):
    spec = CardSpec(
        "article",
        TITLES[lang],
        lang,
        description=TITLES[lang],
        author="Jane Doe",
        eyebrow=TITLES[lang][:20],
        lang=lang,
    )
    assert missing_glyphs(spec, brand) == ()
    canvas = draw(spec, DEFAULT_PRESETS["og"], brand)
    drawn = "".join("".join(p.block.lines) for p in canvas.placements)
    assert set(TITLES[lang].split()[0]) <= set(drawn)
    # Independent proof: every drawn character is in the primary font's own cmap.
    for placed in canvas.placements:
        (cmap,) = _cmaps(placed.chain.paths[:1])
        absent = {c for line in placed.block.lines for c in line if ord(c) not in cmap}
        assert absent <= {"\u00a0"} - {chr(c) for c in cmap}, absent


def test_missing_glyphs_are_reported(brand):
    spec = CardSpec("article", "Leadership ლიდერობა 指導", "g")
    assert set(missing_glyphs(spec, brand)) == set("ლიდერობა指導")


@pytest.mark.skipif(not DEJAVU.is_file(), reason="Debian fonts-dejavu-core not installed")
def test_fallback_font_covers_another_script(tmp_path):
    brand = load_brand({"fallback_fonts": [str(DEJAVU)]}, tmp_path)
    spec = CardSpec("article", "Leadership ლიდერობა", "g")
    assert missing_glyphs(spec, brand) == ()
    canvas = draw(spec, DEFAULT_PRESETS["og"], brand)
    title = max(canvas.placements, key=lambda p: p.block.size)
    runs = title.chain.runs(" ".join(title.block.lines))
    assert {index for index, _ in runs} == {0, 1}  # Latin from Inter, Georgian from DejaVu


def test_photo_background_becomes_a_jpeg_within_the_og_limit(tmp_path, brand):
    noisy = Image.effect_noise((1600, 1000), 90).convert("RGB")
    noisy.save(tmp_path / "bg.png")
    spec = CardSpec("article", "Board season", "b", background=tmp_path / "bg.png")
    result = render(spec, DEFAULT_PRESETS["og"], brand)
    with Image.open(io.BytesIO(result.data)) as img:
        assert img.format == "JPEG" and img.mode == "RGB" and img.size == (1200, 630)
        assert "exif" not in img.info
    assert result.ext == "jpg" and len(result.data) <= 300_000
    assert render(spec, DEFAULT_PRESETS["og"], brand).data == result.data


def test_unknown_layout_names_the_page(brand):
    spec = CardSpec("poster", "x", "x", source="articles/x.md")
    with pytest.raises(CardError) as error:
        render(spec, DEFAULT_PRESETS["og"], brand)
    assert error.value.where == "articles/x.md: cards.layout"


def test_alt_text_is_built_from_the_card_text(brand):
    cards = specs()
    article = alt_text(cards["article"], brand)
    assert article.startswith("Why boards must own AI risk")
    assert "Three questions" in article and "Jane Doe" in article and "3 March 2026" in article
    assert alt_text(cards["highlight"], brand).startswith("“Culture is what people do")
    assert "Chief Executive Officer" in alt_text(cards["profile"], brand)
    long = CardSpec("article", "word " * 200, "l")
    assert len(alt_text(long, brand)) <= 420


def test_missing_page_background_names_the_page(tmp_path, brand):
    spec = CardSpec("article", "x", "x", background=tmp_path / "gone.jpg", source="a/x.md")
    with pytest.raises(CardError) as error:
        render(spec, DEFAULT_PRESETS["og"], brand)
    assert error.value.where == "a/x.md: cards.background"
    assert "file not found" in error.value.message


def test_cards_set_typographic_quotes(brand):
    spec = CardSpec("highlight", 'Ask "why does this work?" -- daily', "q", lang="en")
    canvas = draw(spec, DEFAULT_PRESETS["og"], brand)
    drawn = " ".join(" ".join(p.block.lines) for p in canvas.placements)
    assert "“why does this work?”" in drawn and "–" in drawn and '"' not in drawn


def test_basic_layout_engine_renders_and_keys_separately(tmp_path, brand):
    basic = load_brand({"site_name": "Jane Doe", "layout_engine": "basic"}, tmp_path)
    auto = load_brand({"site_name": "Jane Doe"}, tmp_path)
    spec = specs()["article"]
    result = render(spec, DEFAULT_PRESETS["og"], basic)
    with Image.open(io.BytesIO(result.data)) as img:
        assert img.size == (1200, 630)
    if features.check("raqm"):
        assert card_key(spec, DEFAULT_PRESETS["og"], basic) != card_key(
            spec, DEFAULT_PRESETS["og"], auto
        )


def test_alt_text_names_the_site_once(tmp_path):
    personal = load_brand({"site_name": "Jane Doe"}, tmp_path)
    spec = CardSpec("article", "Title", "t", author="Jane Doe", date="1 May 2026")
    assert alt_text(spec, personal) == "Title — Jane Doe, 1 May 2026"
    company = load_brand({"site_name": "Northwind"}, tmp_path)
    assert alt_text(spec, company) == "Title — Jane Doe, 1 May 2026 — Northwind"


def test_shared_backdrop_gives_the_same_card_as_a_fresh_one(brand):
    from podium.cards.render import _shared_base

    spec = specs()["article"]
    other = CardSpec("article", "Another title", "b", author="Someone", date="1 May 2026")
    render(other, DEFAULT_PRESETS["og"], brand)  # leaves the backdrop in the cache
    reused = render(spec, DEFAULT_PRESETS["og"], brand).data
    _shared_base.cache_clear()
    assert render(spec, DEFAULT_PRESETS["og"], brand).data == reused


def test_edited_logo_shows_on_the_next_card(tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 60), "red").save(logo)
    brand = load_brand({"logo": "logo.png"}, tmp_path)
    spec = specs()["highlight"]
    first = render(spec, DEFAULT_PRESETS["og"], brand).canvas.image
    Image.new("RGB", (200, 61), "lime").save(logo)  # another size: a new file stamp
    second = render(spec, DEFAULT_PRESETS["og"], brand).canvas.image
    assert first.getpixel((100, 90)) == (255, 0, 0)
    assert second.getpixel((100, 90)) == (0, 255, 0)


def _reds(image: Image.Image) -> int:
    """Pixels of a saturated red, a colour that no part of the default brand uses."""
    red, green, blue = image.convert("RGB").split()
    mask = ImageChops.multiply(
        red.point(lambda v: 255 if v > 170 else 0),
        ImageChops.multiply(
            green.point(lambda v: 255 if v < 90 else 0), blue.point(lambda v: 255 if v < 90 else 0)
        ),
    )
    return mask.histogram()[255]


def test_emoji_render_in_colour_not_as_a_tofu_box(brand):
    with_emoji = CardSpec("highlight", "Launch day 🚀 for the grid team 🧵", "e", author="J")
    without = CardSpec("highlight", "Launch day for the grid team", "e", author="J")
    assert missing_glyphs(with_emoji, brand) == ()
    canvas = draw(with_emoji, DEFAULT_PRESETS["og"], brand)
    quote = next(p for p in canvas.placements if "Launch" in " ".join(p.block.lines))
    runs = quote.chain.runs(" ".join(quote.block.lines))
    emoji_runs = [run for index, run in runs if quote.chain.is_color(index)]
    assert [run.strip() for run in emoji_runs] == ["🚀", "🧵"]
    # The rocket and the spool are red in OpenMoji; a .notdef box would be the text colour.
    assert _reds(canvas.image) > 150
    assert _reds(draw(without, DEFAULT_PRESETS["og"], brand).image) == 0


def test_a_character_no_font_has_is_still_reported_next_to_emoji(brand):
    spec = CardSpec("article", "Grid 🚀 ლ", "g")
    assert missing_glyphs(spec, brand) == ("ლ",)


def test_french_typography_keeps_punctuation_and_units_with_their_words():
    text = smarten('Vraiment ? Oui : "bien" ! Rendez-vous à 14 h. avec 300 MW', "fr")
    nbsp = "\u00a0"
    assert text == (
        f"Vraiment{nbsp}? Oui{nbsp}: «{nbsp}bien{nbsp}»{nbsp}! Rendez-vous à 14{nbsp}h."
        f" avec 300{nbsp}MW"
    )
    assert smarten("Deploy at 9 h, 4 % of load", "en") == "Deploy at 9\u00a0h, 4\u00a0% of load"


def test_a_quote_that_brings_its_own_marks_gets_no_decorative_one(brand):
    own = CardSpec("highlight", "« La fiabilité est une fonctionnalité. »", "q", lang="fr")
    plain = CardSpec("highlight", "La fiabilité est une fonctionnalité.", "q", lang="fr")
    texts = {
        name: [" ".join(p.block.lines) for p in draw(spec, DEFAULT_PRESETS["og"], brand).placements]
        for name, spec in (("own", own), ("plain", plain))
    }
    assert "“" in texts["plain"] and "“" not in texts["own"]
    assert any(t.startswith("«\u00a0La") for t in texts["own"])
