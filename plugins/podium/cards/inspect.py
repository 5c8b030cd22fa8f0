"""One pixel budget for every picture Podium reads (covers, avatars, backgrounds, logos).

Pillow's own guard (``MAX_IMAGE_PIXELS``) only warns up to 179 MP and then raises an error
nobody catches; a 12000 x 12000 avatar decodes to 1.9 GB before it is shrunk to 200 pixels.
The size is read from the file's header (nothing is decoded) and checked against one budget,
and ``verify()`` finds truncated or corrupt files, so a bad picture is one located problem.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PIL import Image, UnidentifiedImageError

# 40 megapixels: any camera photo fits; decoded as RGBA it is at most 160 MB.
PIXEL_BUDGET = 40_000_000

_GUARD = threading.Lock()  # MAX_IMAGE_PIXELS is process-wide


class UnusableImage(ValueError):
    """A picture Podium will not decode; the message names the file and why."""


def image_size(path: Path, name: str | None = None) -> tuple[int, int]:
    """Width and height from the header, after checking the budget and the file's integrity."""
    shown = name or path.name
    with _GUARD:
        saved, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
        try:
            with Image.open(path) as img:
                width, height = img.size
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
            raise UnusableImage(f"{shown!r} is not a readable image ({error})") from None
        finally:
            Image.MAX_IMAGE_PIXELS = saved
    if width * height > PIXEL_BUDGET:
        raise UnusableImage(
            f"{shown!r} is {width} x {height} pixels, over Podium's budget of "
            f"{PIXEL_BUDGET // 1_000_000} megapixels: export it smaller"
        )
    try:
        with Image.open(path) as img:
            img.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise UnusableImage(f"{shown!r} is not a readable image ({error})") from None
    return width, height
