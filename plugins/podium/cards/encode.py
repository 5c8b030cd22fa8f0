"""Encode a card, deterministically, within the preset's byte limit, in the format that
suits its content (measured in ``bench/results/card-formats.md``, demo cards):

- a flat design (brand gradient, text, logo) becomes a 256-colour palette PNG: a third of
  the size of a truecolour PNG (og: 26 KB instead of 79 KB) at PSNR ~40 dB, no pixel more
  than ~31 of 255 off and ~0.4 % of pixels more than 8 off (anti-aliased text edges);
- a palette that loses too much (a photo avatar with many tones) falls back to truecolour
  PNG, checked per card (PSNR and the share of pixels visibly off);
- a photo background becomes JPEG (4:4:4 chroma at quality 90, lower only to fit the byte
  limit). JPEG is *larger* than PNG for flat designs (og: 106 KB at q90), so never for them.

No metadata chunk is written, so equal pixels give equal bytes. ``FORMAT_POLICY`` names the
rules in the cache key: a change of rules re-encodes.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from podium.cards.errors import CardError
from podium.cards.png import encode_indexed, encode_rgb
from podium.cards.presets import Preset

FORMAT_POLICY = "flat:palette-png(psnr>=38,off8<=1%)|else:png; photo:jpeg-444-q90"
JPEG_QUALITIES = (90, 85, 80, 74, 68, 60, 52, 44)
PALETTE_COLORS = 256
PALETTE_SAMPLE = 4  # the palette is chosen on a 1/4-size copy: ~10 ms instead of ~25 ms
MIN_PSNR = 38.0  # dB over RGB against the card as drawn
MAX_OFF = 0.01  # share of pixels with a channel more than 8 of 255 off
MIME = {"png": "image/png", "jpg": "image/jpeg"}


def palette_of(image: Image.Image) -> tuple[Image.Image, Image.Image]:
    """(palette image, reduced copy): 256 colours chosen (octree) on a 1/4-size copy.

    Deterministic: the palette depends only on this image.
    """
    sample = image.reduce(PALETTE_SAMPLE)
    return sample.quantize(PALETTE_COLORS, method=Image.Quantize.FASTOCTREE), sample


def palette_image(image: Image.Image, palette: Image.Image | None = None) -> Image.Image:
    """The image mapped to the palette's colours. No dithering: dots in flat colour cost
    bytes and look noisier than the rare off pixel at a text edge."""
    palette = palette if palette is not None else palette_of(image)[0]
    return image.quantize(palette=palette, dither=Image.Dither.NONE)


def close_enough(sample: Image.Image, palette: Image.Image) -> bool:
    """Whether the palette passes for the card, judged on the reduced copy (a sixteenth of
    the pixels: ~2 ms instead of ~30): PSNR and the share of visibly-off pixels."""
    original = np.asarray(sample, dtype=np.int16)
    mapped = sample.quantize(palette=palette, dither=Image.Dither.NONE).convert("RGB")
    error = np.abs(np.asarray(mapped, dtype=np.int16) - original)
    off = float(np.count_nonzero(error.max(axis=2) > 8)) / (error.shape[0] * error.shape[1])
    mse = float(np.mean(np.square(error, dtype=np.int32)))
    psnr = float("inf") if mse == 0 else 10 * np.log10(255**2 / mse)
    return psnr >= MIN_PSNR and off <= MAX_OFF


def encode_palette(image: Image.Image) -> bytes:
    """The image as a palette PNG (for the measurements in bench/card_formats.py)."""
    return encode_indexed(palette_image(image))


def encode(image: Image.Image, preset: Preset, photo: bool, where: str) -> tuple[bytes, str]:
    """(bytes, extension): palette PNG, else truecolour PNG for flat designs; JPEG at
    falling quality for photo backgrounds or when PNG exceeds the preset's limit."""
    if image.mode != "RGB":  # convert() copies even when nothing changes
        image = image.convert("RGB")
    if not photo:
        palette, sample = palette_of(image)
        if close_enough(sample, palette):
            data = encode_indexed(palette_image(image, palette))
            if len(data) <= preset.max_bytes:
                return data, "png"
        data = encode_rgb(image)  # ~3x faster than Pillow's PNG encoder (see png.py)
        if len(data) <= preset.max_bytes:
            return data, "png"
    for quality in JPEG_QUALITIES:
        buffer = io.BytesIO()
        # 4:4:4 chroma at high quality keeps coloured text edges crisp.
        subsampling = 0 if quality >= 80 else 2
        image.save(buffer, "JPEG", quality=quality, optimize=True, subsampling=subsampling)
        if buffer.tell() <= preset.max_bytes:
            return buffer.getvalue(), "jpg"
    raise CardError(
        where,
        f"the {preset.name} card is over {preset.max_bytes} bytes even as a low-quality JPEG; "
        "raise max_bytes or use a simpler background",
    )
