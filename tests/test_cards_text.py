"""Text fitting: word-boundary wrapping, shrinking, ellipsis, long words, CJK, both engines."""

import pytest
from PIL import Image, ImageDraw, ImageFont, features
from podium.cards.brand import DEFAULT_BOLD, DEFAULT_REGULAR
from podium.cards.fonts import FontChain
from podium.cards.text_fit import ELLIPSIS, draw_block, fit, wrap
from podium.cards.typography import smarten

ENGINES = ["basic"] + (["raqm"] if features.check("raqm") else [])


@pytest.fixture(params=ENGINES)
def chain(request):
    return FontChain.of(DEFAULT_BOLD, (), request.param)


def _pillow_width(line: str, size: int, engine: str) -> float:
    layout = ImageFont.Layout.RAQM if engine == "raqm" else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(DEFAULT_BOLD), size, layout_engine=layout).getlength(line)


def test_engine_choice_follows_pillow_features():
    assert FontChain.of(DEFAULT_REGULAR, (), "basic").engine == ImageFont.Layout.BASIC
    expected = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    assert FontChain.of(DEFAULT_REGULAR, (), "auto").engine == expected


def test_wrap_breaks_only_at_word_boundaries(chain):
    text = "Leadership is a practice of attention, not a title on a door"
    lines = wrap(text, chain, 48, 500)
    assert len(lines) > 1
    assert " ".join(lines) == text
    for line in lines:
        assert _pillow_width(line, 48, "raqm" if chain.engine else "basic") <= 500


def test_short_title_keeps_the_largest_size(chain):
    block = fit("Short title", chain, 1000, 300, 66, 34)
    assert block.size == 66 and not block.truncated and block.lines == ("Short title",)


def test_longer_title_shrinks_before_truncating(chain):
    text = "Why boards must own AI risk and how to start building that muscle this quarter"
    block = fit(text, chain, 900, 200, 66, 30)
    assert 30 <= block.size < 66
    assert not block.truncated
    assert " ".join(block.lines) == text
    assert block.height <= 200


def test_600_character_title_fits_with_an_ellipsis(chain):
    text = ("Strategy is a series of choices about where to play and how to win. " * 9)[:600]
    block = fit(text, chain, 980, 300, 66, 34)
    assert block.truncated
    assert block.size == 34
    assert block.lines[-1].endswith(ELLIPSIS)
    assert block.height <= 300
    for line in block.lines:
        assert chain.width(line, block.size) <= 980


def test_80_character_single_word_is_broken_to_fit(chain):
    word = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt" * 2
    word = word[:80]
    block = fit(word, chain, 600, 400, 66, 34)
    assert "".join(block.lines) == word
    for line in block.lines:
        assert chain.width(line, block.size) <= 600


def test_long_word_that_cannot_fit_even_broken_is_ellipsized(chain):
    block = fit("x" * 400, chain, 300, 60, 40, 30)
    assert len(block.lines) == 1 and block.lines[0].endswith(ELLIPSIS)
    assert chain.width(block.lines[0], block.size) <= 300


def test_lone_punctuation_never_starts_a_line(chain):
    text = "Why boards must own AI risk — and how to start this quarter"
    for width in range(300, 900, 40):
        for line in wrap(text, chain, 48, width):
            assert not line.startswith("—")


def test_cjk_text_breaks_between_characters(chain):
    text = "指導者は注意を払う実践であり肩書きではない" * 3
    lines = wrap(text, chain, 40, 400)
    assert len(lines) > 1 and "".join(lines) == text


def test_max_lines_is_respected(chain):
    text = "one two three four five six seven eight nine ten eleven twelve " * 3
    block = fit(text, chain, 300, 2000, 40, 30, max_lines=2)
    assert len(block.lines) == 2 and block.truncated


def test_balancing_avoids_an_orphan_last_line(chain):
    text = "The best leaders make decisions quickly and well"  # greedy: an orphan "and well"
    greedy = fit(text, chain, 1000, 400, 52, 52)
    balanced = fit(text, chain, 1000, 400, 52, 52, balance=True)
    assert len(balanced.lines) == len(greedy.lines) == 2
    widths = [chain.width(line, 52) for line in balanced.lines]
    greedy_widths = [chain.width(line, 52) for line in greedy.lines]
    assert max(widths) - min(widths) < max(greedy_widths) - min(greedy_widths)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ('Asking "why does this work?" daily', "en", "Asking “why does this work?” daily"),
        ("It's O'Neil's call...", "en", "It’s O’Neil’s call…"),
        ('Er sagte "Hallo" -- ja', "de", "Er sagte „Hallo“ – ja"),
        ('Il a dit "bonjour"', "fr", "Il a dit «\u00a0bonjour\u00a0»"),
        ('Han sa "hei"', "nb", "Han sa «hei»"),
        ('"Quoted" first', "en-GB", "“Quoted” first"),
    ],
)
def test_straight_quotes_become_typographic_per_language(text, lang, expected):
    assert smarten(text, lang) == expected


def test_right_to_left_lines_start_on_the_right():
    chain = FontChain.of(DEFAULT_BOLD, (), "basic")
    for text, starts_right in (("Leadership", False), ("\u05e9\u05dc\u05d5\u05dd", True)):
        block = fit(text, chain, 600, 100, 40, 40)
        image = Image.new("L", (800, 120), 0)
        draw_block(ImageDraw.Draw(image), block, chain, 100, 10, 600, 255)
        left, _, right, _ = image.getbbox()
        assert (right > 600) == starts_right and (left < 200) != starts_right


SAMPLES = [
    "Why boards must own AI risk — and how to start this quarter",
    "Pourquoi l’équipe dirigeante doit-elle s’approprier le risque ? Œuvre, façade, Noël",
    "Hvorfor ledere må eie risikoen: blåbærsyltetøy, ærlig, øyeblikk, Ærlighet, Øst, Å",
    "Γιατί οι ηγέτες πρέπει να αναλάβουν την ευθύνη; Ψυχή, Ωκεανός",
    "Почему руководители должны владеть рисками: съешь ещё этих мягких булок",
    smarten('"Yes," she said: 2026 — 10% / $5 (Q3) «AV» To Ty Yo LT Wa V. P. (Tea) "Tom"'),
    "董事会必须掌握人工智能风险 and the board must own it 今季度开始",
    "A Pneumonoultramicroscopicsilicovolcanoconiosis-style word in a line",
]


@pytest.mark.parametrize("font", [DEFAULT_BOLD, DEFAULT_REGULAR], ids=["bold", "regular"])
def test_estimated_wrapping_breaks_where_exact_measuring_does(chain, font):
    """Word-width estimates only speed wrapping up: the lines are those of exact measuring."""
    chain = FontChain.of(font, (), "raqm" if chain.engine else "basic")
    for text in SAMPLES:
        for size in (16, 22, 30, 46, 66, 96):
            for width in range(120, 1100, 37):
                exact = wrap(text, chain, size, width)
                assert wrap(text, chain, size, width, estimate=True) == exact, (text, size, width)


def test_ellipsis_never_splits_an_emoji_sequence():
    from podium.cards.brand import DEFAULT_BOLD
    from podium.cards.fonts import FontChain
    from podium.cards.text_fit import _ellipsize

    chain = FontChain.of(DEFAULT_BOLD, (), "auto")
    family = "👨‍👩‍👧" * 12
    cut = _ellipsize(family, chain, 40, 200)
    assert cut.endswith("…") and set(cut[:-1].split("👨‍👩‍👧")) <= {""}
