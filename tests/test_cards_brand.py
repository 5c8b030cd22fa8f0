"""Brand validation: every bad value fails with the config key that holds it."""

from pathlib import Path

import pytest
from PIL import Image
from podium.cards import CardError, load_brand
from podium.cards.brand import DEFAULT_REGULAR, brand_warnings, contrast


def test_defaults_use_the_bundled_fonts_and_navy_palette(tmp_path):
    brand = load_brand({}, tmp_path)
    assert brand.font_regular == DEFAULT_REGULAR
    assert brand.font_regular.is_file() and brand.font_bold.is_file()
    assert (brand.font_regular.parent / "OFL.txt").is_file()
    assert brand.colors.text == (255, 255, 255)


def test_colors_accept_css_forms(tmp_path):
    brand = load_brand({"colors": {"accent": "rgb(10, 20, 30)", "text": "ivory"}}, tmp_path)
    assert brand.colors.accent == (10, 20, 30)
    assert brand.colors.text == (255, 255, 240)


def test_relative_paths_resolve_against_the_base_dir(tmp_path):
    Image.new("RGB", (40, 40), "red").save(tmp_path / "me.png")
    brand = load_brand({"avatar": "me.png"}, tmp_path)
    assert brand.avatar == (tmp_path / "me.png").resolve()


@pytest.mark.parametrize(
    ("raw", "key", "words"),
    [
        ({"colors": {"accent": "blurple"}}, "brand.colors.accent", "not a color"),
        ({"colors": {"text": 42}}, "brand.colors.text", "expected a color"),
        ({"colors": {"glow": "#fff"}}, "brand.colors.glow", "unknown color"),
        ({"colors": "navy"}, "brand.colors", "mapping"),
        ({"logo": "missing.png"}, "brand.logo", "file not found"),
        ({"logo": "notes.txt"}, "brand.logo", "not a readable image"),
        ({"avatar": "notes.txt"}, "brand.avatar", "not a readable image"),
        ({"background_image": "notes.txt"}, "brand.background_image", "not a readable image"),
        ({"font_bold": "missing.ttf"}, "brand.font_bold", "font file not found"),
        ({"font_regular": "notes.txt"}, "brand.font_regular", "not a readable font"),
        ({"fallback_fonts": ["notes.txt"]}, "brand.fallback_fonts[0]", "not a readable font"),
        ({"fallback_fonts": "one.ttf"}, "brand.fallback_fonts", "list"),
        ({"layout_engine": "fancy"}, "brand.layout_engine", "auto, raqm or basic"),
        ({"colour": {}}, "brand.colour", "unknown option"),
    ],
)
def test_bad_brand_values_name_the_key(tmp_path: Path, raw, key, words):
    (tmp_path / "notes.txt").write_text("not an image, not a font")
    with pytest.raises(CardError) as error:
        load_brand(raw, tmp_path)
    assert error.value.where == key
    assert words in error.value.message


def test_default_palette_is_readable(tmp_path):
    assert brand_warnings(load_brand({}, tmp_path)) == []


def test_low_contrast_colors_are_flagged(tmp_path):
    brand = load_brand({"colors": {"background": "#ffffff", "text": "#eeeeee"}}, tmp_path)
    warnings = brand_warnings(brand)
    assert any(
        w.startswith("brand.colors.text: contrast with the background is 1.") for w in warnings
    )
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
