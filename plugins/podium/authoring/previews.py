"""Share-preview checks: what platforms will cut, refuse or fail to show.

Numbers come from the platforms' documentation (see shared/research/platforms.md): X shows
70 characters of a card title and 200 of its description; card images are refused above
Bluesky's 1 000 000-byte thumb limit, X's and LinkedIn's 5 MB, Mastodon's 2 MB and
Facebook's 8 MB; WhatsApp is reported to drop previews above about 300 KB.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from podium.core.platforms import card_byte_limits, preset_networks

TITLE_LIMIT = 70
DESCRIPTION_LIMIT = 200

# Hard limits: over them, the platform shows no image at all (the registry's numbers).
CARD_BYTE_LIMITS = card_byte_limits()
# podium/cards preset names (``<slug>.<preset>.<hash>.png``) → the platform that uses them.
PRESET_PLATFORMS = preset_networks()
# A card not made for one platform (the `og` card) is shared everywhere: the strictest
# hard limit applies.
SHARED_CARD_LIMIT = min(CARD_BYTE_LIMITS.values())
# Soft limit: WhatsApp (observed, undocumented) shows no thumbnail above ~300 KB.
WHATSAPP_SOFT_LIMIT = 300 * 1024

CARD_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".gif"}


@dataclass(frozen=True)
class Finding:
    field: str
    message: str
    severity: str  # "error" | "warning"


def text_findings(title: str, description: str) -> list[Finding]:
    """Title and description as link previews will show them."""
    findings = []
    if len(title) > TITLE_LIMIT:
        findings.append(
            Finding(
                "title",
                f"{len(title)} characters: X cuts card titles after {TITLE_LIMIT} "
                "(set a shorter `cards: {title: ...}` or shorten it)",
                "warning",
            )
        )
    if not description.strip():
        findings.append(
            Finding(
                "description",
                "missing: search results, feeds and link previews will show no summary",
                "warning",
            )
        )
    elif len(description) > DESCRIPTION_LIMIT:
        findings.append(
            Finding(
                "description",
                f"{len(description)} characters: X cuts descriptions after {DESCRIPTION_LIMIT}",
                "warning",
            )
        )
    return findings


def card_platform(path: Path) -> str | None:
    """The platform a card was made for, from its name (``slug.x.3f9a1c.png``), else None."""
    parts = path.name.lower().split(".")[1:-1]
    for part in parts:
        if part in PRESET_PLATFORMS:
            return PRESET_PLATFORMS[part]
        if part in CARD_BYTE_LIMITS:
            return part
    return None


def card_findings(folders: Iterable[Path]) -> list[tuple[Path, Finding]]:
    """Card images in ``folders`` (the built site's card folder) that platforms would refuse.

    The render cache is not read: its files are named by hash, so which platform a cached
    card is for is unknown until the build names it.
    """
    results = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() not in CARD_SUFFIXES or not path.is_file():
                continue
            results.extend((path, finding) for finding in _size_findings(path))
    return results


def _size_findings(path: Path) -> list[Finding]:
    size = path.stat().st_size
    platform = card_platform(path)
    limit = CARD_BYTE_LIMITS[platform] if platform else SHARED_CARD_LIMIT
    who = platform or "Bluesky (the strictest link preview)"
    findings = []
    if size > limit:
        findings.append(Finding("card", f"{size} bytes: over {who}'s {limit}-byte limit", "error"))
    elif platform is None and size > WHATSAPP_SOFT_LIMIT:
        findings.append(
            Finding(
                "card",
                f"{size} bytes: WhatsApp shows no preview above about {WHATSAPP_SOFT_LIMIT} bytes",
                "warning",
            )
        )
    if path.suffix.lower() == ".webp" and platform is None:
        findings.append(
            Finding("card", "WebP cards do not show on Bluesky; use PNG or JPEG", "warning")
        )
    return findings
