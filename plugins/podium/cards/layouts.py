"""The three card designs. Each adapts its proportions to the aspect ratio: landscape
cards read left to right, tall cards stack and centre, with more lines and larger type.

Sizes are in design points (1 pt = 1 px on a 1200-wide landscape or 1080-wide tall card).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from podium.cards import images
from podium.cards.canvas import Canvas
from podium.cards.spec import CardSpec
from podium.cards.text_fit import Box
from podium.cards.typography import brings_own_quotes


@dataclass(frozen=True)
class Backdrop:
    """What a backdrop drew that the rest of the card needs to know."""

    header_bottom: int  # y below the logo or site name
    domain_width: int  # width of the domain on the bottom line (0 when there is none)


def _margin(c: Canvas) -> int:
    return c.px(72 if c.landscape else 92)


# Where platforms lay their own UI over a tall image, in design points (top, bottom): a
# story's progress bar, profile and close button take the top ~250 px of 1080x1920, the
# reply field and "send" row the bottom ~250 px (Instagram, Facebook, LinkedIn stories);
# a 4:5 portrait post gets the carousel dots and tag/alt buttons along its bottom and, in
# a 3:4 profile grid, loses a strip top and bottom. No text goes there.
SAFE_ZONES: dict[str, tuple[int, int]] = {"story": (250, 250), "portrait": (110, 140)}


def _top(c: Canvas) -> int:
    """Top edge of the text: the margin, or below the platform's overlay."""
    return max(_margin(c), c.px(SAFE_ZONES.get(c.preset.name, (0, 0))[0]))


def _bottom(c: Canvas) -> int:
    """Bottom edge of the text: above the margin, or above the platform's overlay."""
    return c.height - max(_margin(c), c.px(SAFE_ZONES.get(c.preset.name, (0, 0))[1]))


def _small(c: Canvas, points: float) -> float:
    """Size of the small print: tall cards are seen on a phone at full height, so larger."""
    return points if c.landscape else points * 1.3


def _header(c: Canvas) -> int:
    """Logo (or the site name) top left; returns the y below the header."""
    m = _margin(c)
    height = c.px(_small(c, 46))
    if c.brand.logo:
        c.paste(images.fit_logo(c.brand.logo, c.px(300), height), m, _top(c))
        return _top(c) + height
    if c.brand.site_name:
        box = Box(m, _top(c), c.width - 2 * m, height)
        block = c.fit(
            c.brand.site_name, box, bold=True, largest=_small(c, 26), smallest=18, max_lines=1
        )
        c.draw(block, box, _top(c) + (height - block.height) // 2, c.brand.colors.text, bold=True)
        return _top(c) + height
    return _top(c)


def _domain(c: Canvas, bottom: int, align: str = "right") -> int:
    """The site's domain on the bottom line; returns its width."""
    if not c.brand.domain:
        return 0
    m = _margin(c)
    box = Box(c.width // 2, bottom - c.px(60), c.width // 2 - m, c.px(60))
    if align == "center":
        box = Box(m, box.y, c.width - 2 * m, box.height)
    block = c.fit(c.brand.domain, box, bold=False, largest=_small(c, 22), smallest=16, max_lines=1)
    c.draw(block, box, bottom - block.height, c.brand.colors.muted, bold=False, align=align)
    return round(c.regular.width(block.lines[0], block.size)) if block.lines else 0


def _footer_domain(c: Canvas) -> int:
    """The domain bottom right, on the footer's line; returns its width."""
    return _domain(c, _bottom(c) - c.px(6))


def _footer(
    c: Canvas, name: str, detail: str, photo: Path | None, domain_width: int, initials: str = ""
) -> int:
    """Photo (else initials), name and detail bottom left (the backdrop has the domain bottom
    right); returns the footer top."""
    m = _margin(c)
    colors = c.brand.colors
    diameter = c.px(_small(c, 80))
    bottom = _bottom(c)
    top = bottom - diameter
    if not (name or detail):
        return bottom - (c.px(40) if domain_width else 0)
    x = m
    pictured = bool(photo or initials)
    if photo:
        c.photo(photo, diameter, m, top)
    elif initials:
        c.initials(initials, diameter, m, top)
    if pictured:
        x = m + diameter + c.px(22)
    text_width = max(c.px(120), c.width - m - x - domain_width - c.px(32))
    # A long attribution ("An operator in our customer council") wraps before it shrinks.
    name_box = Box(x, top, text_width, diameter)
    detail_box = Box(x, top + diameter // 2, text_width, diameter // 2)
    name_block = c.fit(
        name,
        name_box,
        bold=True,
        largest=_small(c, 28),
        smallest=_small(c, 20),
        leading=1.12,
        max_lines=2,
        balance=True,
    )
    detail_block = c.fit(
        detail, detail_box, bold=False, largest=_small(c, 22), smallest=16, max_lines=1
    )
    gap = c.px(6) if detail_block.lines and name_block.lines else 0
    stack = name_block.height + gap + detail_block.height
    y = top + (diameter - stack) // 2 if pictured else bottom - stack
    text_top = y
    y = c.draw(name_block, name_box, y, colors.text, bold=True) + gap
    c.draw(detail_block, detail_box, y, colors.muted, bold=False)
    return min(top, text_top) if pictured else text_top


def _decorate(c: Canvas) -> None:
    """Two faint accent rings bleeding off the top right corner: quiet, brand-coloured depth."""
    diameter = round(max(c.width, c.height) * (0.62 if c.landscape else 0.8))
    left, top = c.width - round(diameter * 0.58), -round(diameter * 0.42)
    c.paste(images.ring(diameter, c.px(3), c.brand.colors.accent, 70), left, top)
    inner = round(diameter * 0.72)
    offset = (diameter - inner) // 2
    c.paste(images.ring(inner, c.px(2), c.brand.colors.accent, 40), left + offset, top + offset)


def footer_backdrop(c: Canvas) -> Backdrop:
    """Rings, header and domain of the article and highlight designs."""
    _decorate(c)
    header_bottom = _header(c)
    return Backdrop(header_bottom, _footer_domain(c))


def article(c: Canvas, spec: CardSpec, backdrop: Backdrop) -> None:
    colors = c.brand.colors
    m = _margin(c)
    top = backdrop.header_bottom + c.px(44 if c.landscape else 80)
    footer = _footer(c, spec.author, spec.date, spec.photo, backdrop.domain_width, spec.initials)
    bottom = footer - c.px(40 if c.landscape else 80)
    width = c.width - 2 * m
    if c.landscape:
        width = round(width * 0.92)
    rule_h = c.px(5)
    eyebrow_box = Box(m, 0, width, c.px(_small(c, 40)))
    eyebrow = c.fit(
        spec.eyebrow.upper(),
        eyebrow_box,
        bold=True,
        largest=_small(c, 21),
        smallest=16,
        max_lines=1,
    )
    head = rule_h + c.px(18) + eyebrow.height + c.px(22) if eyebrow.lines else rule_h + c.px(30)
    room = bottom - top - head
    title_max, title_min = (66, 34) if c.landscape else (96, 40)
    gap = c.px(24 if c.landscape else 40)
    desc_box = Box(m, 0, width, round(room * (0.34 if c.landscape else 0.3)))
    desc = c.fit(
        spec.description,
        desc_box,
        bold=False,
        largest=30 if c.landscape else 40,
        smallest=22,
        leading=1.35,
        max_lines=2 if c.landscape else 4,
        balance=True,
    )

    def fit_title(box: Box):
        return c.fit(
            spec.title,
            box,
            bold=True,
            largest=title_max,
            smallest=title_min,
            leading=1.12,
            balance=True,
        )

    title_box = Box(m, 0, width, room - (desc.height + gap if desc.lines else 0))
    title = fit_title(title_box)
    if title.truncated and desc.lines:
        # A very long title is the message: give it the description's room as well.
        title_box = Box(m, 0, width, room)
        title = fit_title(title_box)
        desc = c.fit("", desc_box, bold=False, largest=22, smallest=22)
    group = head + title.height + (gap + desc.height if desc.lines else 0)
    y = top if c.landscape else top + max(0, (bottom - top - group) * 2 // 5)
    c.rule(m, y, c.px(56), rule_h, colors.accent)
    y += rule_h + (c.px(18) if eyebrow.lines else c.px(30))
    if eyebrow.lines:
        y = c.draw(eyebrow, eyebrow_box, y, colors.accent, bold=True) + c.px(22)
    y = c.draw(title, title_box, y, colors.text, bold=True)
    if desc.lines:
        c.draw(desc, desc_box, y + gap, colors.muted, bold=False)


def highlight(c: Canvas, spec: CardSpec, backdrop: Backdrop) -> None:
    colors = c.brand.colors
    m = _margin(c)
    top = backdrop.header_bottom + c.px(36 if c.landscape else 80)
    footer = _footer(c, spec.author, spec.date, spec.photo, backdrop.domain_width, spec.initials)
    bottom = footer - c.px(40 if c.landscape else 80)
    width = c.width - 2 * m
    mark_points = 190 if c.landscape else 260
    mark_box = Box(m - c.px(8), 0, c.px(mark_points), c.px(mark_points * 1.3))
    # A text that opens with its own quote marks (« … », „…“) gets no second, decorative one.
    decorative = "" if brings_own_quotes(spec.title) else "“"
    mark = c.fit(decorative, mark_box, bold=True, largest=mark_points, smallest=mark_points)
    # The mark's ink fills only the top of its line box: the quote starts just below the ink.
    mark_overlap = round(mark.ascent * 0.5) + mark.descent if mark.lines else 0
    room = bottom - top - (mark.height - mark_overlap)
    box = Box(m, 0, width, room)
    quote = c.fit(
        spec.title,
        box,
        bold=True,
        largest=64 if c.landscape else 100,
        smallest=26 if c.landscape else 34,
        leading=1.2,
        balance=True,
    )
    group = mark.height - mark_overlap + quote.height
    y = top + max(0, (bottom - top - group) // (3 if c.landscape else 2))
    if mark.lines:
        y = c.draw(mark, mark_box, y, colors.accent, bold=True) - mark_overlap
    c.draw(quote, box, y, colors.text, bold=True)


def profile_backdrop(c: Canvas) -> Backdrop:
    """Rings, header and domain (centred on tall cards) of the profile design."""
    _decorate(c)
    header_bottom = _header(c)
    width = _domain(c, _bottom(c), align="right" if c.landscape else "center")
    return Backdrop(header_bottom, width)


def profile(c: Canvas, spec: CardSpec, backdrop: Backdrop) -> None:
    colors = c.brand.colors
    m = _margin(c)
    header_bottom = backdrop.header_bottom
    bottom = _bottom(c) - c.px(60)
    lines = [
        (spec.title, True, (64, 34) if c.landscape else (84, 40), colors.text, 2),
        (spec.role, False, (32, 22) if c.landscape else (42, 26), colors.muted, 2),
        (spec.organization.upper(), True, (24, 18) if c.landscape else (30, 20), colors.accent, 1),
    ]
    if c.landscape:
        diameter = round(c.height * 0.5) if spec.photo else 0
        photo_x = c.width - m - diameter
        width = (photo_x - c.px(60) if spec.photo else c.width - m) - m
        align = "left"
    else:
        diameter = round(c.width * (0.36 if c.preset.aspect > 0.9 else 0.44)) if spec.photo else 0
        photo_x = (c.width - diameter) // 2
        width = c.width - 2 * m
        align = "center"
    top = header_bottom + c.px(40)
    blocks = []
    for text, bold, (largest, smallest), color, max_lines in lines:
        box = Box(m, 0, width, c.px(largest * 2.4))
        block = c.fit(
            text,
            box,
            bold=bold,
            largest=largest,
            smallest=smallest,
            max_lines=max_lines,
            balance=bold,
        )
        if block.lines:
            blocks.append((block, box, color, bold))
    gap = c.px(18)
    stack = sum(b[0].height for b in blocks) + gap * max(0, len(blocks) - 1)
    if c.landscape:
        y = top + max(0, (bottom - top - stack) // 2)
        if spec.photo:
            c.photo(spec.photo, diameter, photo_x, (c.height - diameter) // 2)
    else:
        total = diameter + (c.px(56) if diameter else 0) + stack
        y = top + max(0, (bottom - top - total) * 2 // 5)
        if spec.photo:
            c.photo(spec.photo, diameter, photo_x, y)
            y += diameter + c.px(56)
    for block, box, color, bold in blocks:
        y = c.draw(block, box, y, color, bold=bold, align=align) + gap


@dataclass(frozen=True)
class Design:
    """A layout in two steps: ``backdrop`` draws what every card of a brand and size shares
    (drawn once per process and copied, see ``render.backdrop``), ``card`` the page's own
    text and photo over it. Everything a backdrop draws lies under the card's own parts."""

    backdrop: Callable[[Canvas], Backdrop]
    card: Callable[[Canvas, CardSpec, Backdrop], None]


LAYOUTS = {
    "article": Design(footer_backdrop, article),
    "highlight": Design(footer_backdrop, highlight),
    "profile": Design(profile_backdrop, profile),
}
