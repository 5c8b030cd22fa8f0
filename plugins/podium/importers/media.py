"""Pick a file extension for an attachment from its name or media type."""

from __future__ import annotations

from pathlib import PurePosixPath

IMAGE_TYPES = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/avif": ".avif",
}
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif"})


def image_extension(name: str, media_type: str = "") -> str | None:
    """Lower-case image suffix, or None when the attachment is not an image (video, audio)."""
    if media_type:
        return IMAGE_TYPES.get(media_type.lower().split(";")[0].strip())
    suffix = PurePosixPath(name.split("?")[0]).suffix.lower()
    if suffix == ".jpeg":
        return ".jpg"
    return suffix if suffix in IMAGE_SUFFIXES else None
