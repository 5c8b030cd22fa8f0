"""Fit text into a box: wrap at word boundaries, shrink to a minimum size, then ellipsis.

Hand-written rather than ``PIL.ImageText.Text.wrap`` because that splits only on spaces,
raises on a word wider than the box (long URLs, CJK), and measures with a single font, while
cards need per-character font fallback and must never fail on odd input.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass

from PIL import ImageDraw

from podium.cards.fonts import FontChain
from podium.core.plaintext import graphemes

ELLIPSIS = "…"

# Scripts written without spaces: a line may break between any two of their characters.
_CJK = re.compile(
    r"[\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class TextBlock:
    """Lines ready to draw: every line fits ``width``; ``height`` fits the box it was fit to."""

    lines: tuple[str, ...]
    size: int
    pitch: int  # baseline-to-baseline distance
    ascent: int
    descent: int
    truncated: bool

    @property
    def height(self) -> int:
        if not self.lines:
            return 0
        return (len(self.lines) - 1) * self.pitch + self.ascent + self.descent


def clean(text: str) -> str:
    """NFC-normalise and collapse whitespace, so cmap lookups and wrapping see one form."""
    return " ".join(unicodedata.normalize("NFC", text).split())


# A word made only of these never starts a line ("risk —", French "vraiment ?")...
_TRAILING = set("—–-:;!?»›)]}%")
# ...and one made only of these never ends one ("« Bonjour").
_LEADING = set("«‹([{¿¡")


def _words(text: str) -> list[str]:
    """Space-separated words, with lone punctuation glued to its neighbour by a space."""
    words: list[str] = []
    pending = ""
    for word in text.split(" "):
        if not word:
            continue
        if words and set(word) <= _TRAILING and not pending:
            words[-1] = f"{words[-1]}\u00a0{word}"
        elif set(word) <= _LEADING:
            pending += word + "\u00a0"
        else:
            words.append(pending + word)
            pending = ""
    if pending:
        words.append(pending.rstrip("\u00a0"))
    return words


@functools.lru_cache(maxsize=4096)  # fit() wraps the same text ~12 times
def _tokens(text: str) -> tuple[tuple[str, bool], ...]:
    """(piece, space_before) pairs: words, and single CJK characters as their own pieces."""
    tokens: list[tuple[str, bool]] = []
    for word in _words(text):
        first = True
        buf = ""
        for char in word:
            if _CJK.match(char):
                if buf:
                    tokens.append((buf, first))
                    first, buf = False, ""
                tokens.append((char, first))
                first = False
            else:
                buf += char
        if buf:
            tokens.append((buf, first))
    return tuple(tokens)


def _split_long(word: str, chain: FontChain, size: int, width: float) -> list[str]:
    """Break a word wider than the line into pieces that fit (last resort for long words)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and chain.width(current + char, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


# Wrapping estimates a line's width from its words' widths (each measured once per font and
# size, with its trailing space, which catches kerning against the space) instead of shaping
# every candidate line: shaping whole lines was a fifth of a card's render time. Contextual
# forms across a space (Inter raises "(" before a capital) leave the estimate off by up to
# ~0.04 em, so candidates within SLACK of the measure are still measured exactly: the breaks
# are those of exact measuring, and ``fit`` measures its final lines exactly once more.
SLACK = 0.25  # em


def wrap(
    text: str, chain: FontChain, size: int, width: float, *, estimate: bool = False
) -> list[str]:
    """Greedy line breaking at spaces (and between CJK characters)."""
    slack = size * SLACK

    def fits(candidate: str, guess: float) -> bool:
        if estimate and guess <= width - slack:
            return True
        if estimate and guess > width + slack:
            return False
        return chain.width(candidate, size) <= width

    lines: list[str] = []
    current = group = ""  # the line so far, and its last space-separated word
    closed = group_width = 0.0  # estimated width of the line before ``group``; of ``group``
    for piece, spaced in _tokens(text):
        piece_width = chain.width(piece, size)
        if current and spaced:
            candidate = f"{current} {piece}"
            after = closed + chain.width(group + " ", size)
            state = (piece, after, piece_width)
        else:
            candidate = current + piece
            state = (group + piece, closed, group_width + piece_width)
        if fits(candidate, state[1] + state[2]):
            current = candidate
            group, closed, group_width = state
            continue
        if current:
            lines.append(current)
        if piece_width > width:
            *full, piece = _split_long(piece, chain, size, width)
            lines.extend(full)
            piece_width = chain.width(piece, size)
        current = group = piece
        closed, group_width = 0.0, piece_width
    if current:
        lines.append(current)
    return lines


def _balance(
    text: str, chain: FontChain, size: int, width: float, lines: list[str], estimate: bool
) -> list[str]:
    """Narrow the measure as far as the line count allows, so the last line is no orphan."""
    if len(lines) < 2:
        return lines
    low, high = width * 0.55, width
    best = lines
    for _ in range(7):
        middle = (low + high) / 2
        trial = wrap(text, chain, size, middle, estimate=estimate)
        if len(trial) <= len(lines):
            best, high = trial, middle
        else:
            low = middle
    return best


def _ellipsize(line: str, chain: FontChain, size: int, width: float) -> str:
    """End ``line`` with an ellipsis that fits, dropping whole words first, then characters."""
    mark = ELLIPSIS if chain.has(ELLIPSIS) else "..."
    text = line
    while text and chain.width(text.rstrip(" ,;:.-–—") + mark, size) > width:
        cut = text.rfind(" ")
        # whole words first, then whole graphemes: never half an emoji sequence
        text = text[:cut] if cut > 0 else "".join(graphemes(text)[:-1])
    return text.rstrip(" ,;:.-–—") + mark


def sizes(largest: int, smallest: int) -> list[int]:
    """Font sizes to try, largest first, about 6% apart, always ending at ``smallest``."""
    result = []
    size = float(largest)
    while size > smallest:
        result.append(round(size))
        size *= 0.94
    result.append(smallest)
    return sorted(set(result), reverse=True)


def fit(
    text: str,
    chain: FontChain,
    width: int,
    height: int,
    largest: int,
    smallest: int,
    *,
    leading: float = 1.15,
    max_lines: int | None = None,
    balance: bool = False,
) -> TextBlock:
    """The largest size at which ``text`` fits ``width`` x ``height``; else the smallest
    size, cut to the lines that fit, with an ellipsis."""
    text = clean(text)
    if not text:
        return TextBlock((), smallest, 0, 0, 0, False)
    args = (text, chain, width, height, largest, smallest, leading, max_lines, balance)
    block = _fit(*args, estimate=True)
    if all(chain.width(line, block.size) <= width for line in block.lines):
        return block
    return _fit(*args, estimate=False)  # an estimate let a line overflow: measure everything


def _fit(
    text: str,
    chain: FontChain,
    width: int,
    height: int,
    largest: int,
    smallest: int,
    leading: float,
    max_lines: int | None,
    balance: bool,
    *,
    estimate: bool,
) -> TextBlock:
    """``fit`` with wrapping by estimated (``estimate``) or exactly measured line widths."""

    def attempt(size: int) -> tuple[bool, list[str], int, int, int, int]:
        ascent, descent = chain.metrics(size, text)
        pitch = math.ceil(size * leading)
        room = 1 + max(0, (height - ascent - descent) // pitch)
        allowed = min(room, max_lines or room)
        lines = wrap(text, chain, size, width, estimate=estimate)
        fits = len(lines) <= allowed and ascent + descent <= height
        return fits, lines, ascent, descent, pitch, allowed

    # Fitting is monotone in the size (smaller type holds more), so binary-search the
    # candidate sizes: wrapping is the costly step, and a linear scan wraps ~20 times.
    candidates = sizes(largest, max(1, smallest))
    low, high, best = 0, len(candidates) - 1, None
    while low <= high:
        middle = (low + high) // 2
        trial = attempt(candidates[middle])
        if trial[0]:
            best, high = (candidates[middle], trial), middle - 1
        else:
            low = middle + 1
    if best is not None:
        size, (_, lines, ascent, descent, pitch, _) = best
        if balance:
            lines = _balance(text, chain, size, width, lines, estimate)
        return TextBlock(tuple(lines), size, pitch, ascent, descent, False)
    # Too long even at the smallest size: keep the lines that fit and end with an ellipsis.
    size = candidates[-1]
    _, lines, ascent, descent, pitch, allowed = attempt(size)
    kept = lines[: max(1, allowed)]
    kept[-1] = _ellipsize(kept[-1], chain, size, width)
    return TextBlock(tuple(kept), size, pitch, ascent, descent, True)


def _right_to_left(line: str) -> bool:
    """Whether the line's first strong character is Hebrew, Arabic or another RTL script."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def draw_block(
    draw: ImageDraw.ImageDraw,
    block: TextBlock,
    chain: FontChain,
    x: int,
    y: int,
    width: int,
    fill: tuple[int, ...],
    align: str = "left",
) -> None:
    """Draw ``block`` with its top at ``y``; runs share a baseline across fallback fonts."""
    for number, line in enumerate(block.lines):
        baseline = y + block.ascent + number * block.pitch
        line_width = chain.width(line, block.size)
        if align == "center":
            cursor = x + (width - line_width) / 2
        elif align == "right" or _right_to_left(line):  # "left" means "start"
            cursor = x + width - line_width
        else:
            cursor = x
        runs = chain.runs(line)
        for number_run, (index, run) in enumerate(runs, 1):
            font = chain.font(index, block.size)
            draw.text(
                (cursor, baseline),
                run,
                font=font,
                fill=fill,
                anchor="ls",
                embedded_color=chain.is_color(index),
            )
            if number_run < len(runs):  # shaping a run again only to place the next one
                cursor += font.getlength(run)
