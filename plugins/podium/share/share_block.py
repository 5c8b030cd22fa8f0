"""The ``share:`` front-matter block of an article or highlight.

```yaml
share:
  text: One line for every platform        # optional, replaces title + description
  hashtags: [leadership, ai]               # or "leadership, ai" / "#leadership #ai"
  x: A text written for X                  # per platform: a text, or false to hide it
  mastodon: {text: "Longer text for the fediverse"}
  enabled: true                            # false: no share bar, not in the kit
```
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field

import regex

from podium.core.errors import Problem
from podium.share.share_targets import PLATFORM_IDS

_GENERAL_KEYS = ("text", "hashtags", "enabled")
_HASHTAG_JUNK = regex.compile(r"[^\p{L}\p{N}\p{M}_]+")


@dataclass(frozen=True)
class PlatformOverride:
    text: str | None = None
    enabled: bool = True


@dataclass(frozen=True)
class ShareSettings:
    text: str | None = None
    hashtags: tuple[str, ...] = ()
    platforms: Mapping[str, PlatformOverride] = field(default_factory=dict)
    #: ``share: {enabled: false}`` leaves the page without a share bar and out of the kit.
    enabled: bool = True

    def override(self, platform_id: str) -> PlatformOverride:
        if not self.enabled:
            return PlatformOverride(enabled=False)
        return self.platforms.get(platform_id, PlatformOverride())


def normalize_hashtag(raw: str) -> str:
    """``#Machine learning`` -> ``Machinelearning``: hashtags end at any non-word character,
    so spaces and punctuation are dropped rather than silently cutting the tag short."""
    return _HASHTAG_JUNK.sub("", raw.strip().lstrip("#＃"))


def _hashtags(value: object, path: str, line: int | None) -> tuple[tuple[str, ...], list]:
    problems: list[Problem] = []
    if isinstance(value, str):
        items = [part for part in regex.split(r"[,\s]+", value) if part]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        msg = f"expected a list of hashtags or a string, got {type(value).__name__}"
        return (), [Problem(path, line, "share.hashtags", msg, "error")]
    tags: list[str] = []
    for item in items:
        if not isinstance(item, str | int):
            msg = f"expected text, got {type(item).__name__}"
            problems.append(Problem(path, line, "share.hashtags", msg, "error"))
            continue
        tag = normalize_hashtag(str(item))
        if not tag or tag.isdigit():
            msg = f"{item!r} is not a usable hashtag (it needs a letter)"
            problems.append(Problem(path, line, "share.hashtags", msg, "warning"))
        elif tag not in tags:
            tags.append(tag)
    return tuple(tags), problems


def _text(value: object, where: str, path: str, line: int | None) -> tuple[str | None, list]:
    if value is None:
        return None, []
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = str(value).strip()
        return (text or None), []
    msg = f"expected text, got {type(value).__name__}"
    return None, [Problem(path, line, where, msg, "error")]


def parse_share_settings(
    raw: object, path: str, line: int | None = None
) -> tuple[ShareSettings, list[Problem]]:
    """Validate the raw ``share`` value; bad parts are dropped and reported."""
    if raw is None:
        return ShareSettings(), []
    if not isinstance(raw, Mapping):
        msg = f"expected a mapping (text, hashtags, {', '.join(PLATFORM_IDS)}), got"
        msg += f" {type(raw).__name__}"
        return ShareSettings(), [Problem(path, line, "share", msg, "error")]
    problems: list[Problem] = []
    text, found = _text(raw.get("text"), "share.text", path, line)
    problems += found
    hashtags: tuple[str, ...] = ()
    if raw.get("hashtags") is not None:
        hashtags, found = _hashtags(raw["hashtags"], path, line)
        problems += found
    overrides: dict[str, PlatformOverride] = {}
    for key in sorted(raw, key=str):
        if key in _GENERAL_KEYS:
            continue
        if key not in PLATFORM_IDS:
            guess = difflib.get_close_matches(str(key), (*_GENERAL_KEYS, *PLATFORM_IDS), n=1)
            hint = f"; did you mean {guess[0]!r}?" if guess else ""
            problems.append(Problem(path, line, f"share.{key}", f"unknown key{hint}", "warning"))
            continue
        value = raw[key]
        where = f"share.{key}"
        if isinstance(value, bool):
            overrides[key] = PlatformOverride(enabled=value)
        elif isinstance(value, Mapping):
            unknown = sorted(set(map(str, value)) - {"text", "enabled"})
            for name in unknown:
                problems.append(Problem(path, line, f"{where}.{name}", "unknown key", "warning"))
            own, found = _text(value.get("text"), f"{where}.text", path, line)
            problems += found
            enabled = value.get("enabled", True)
            if not isinstance(enabled, bool):
                msg = "expected true or false"
                problems.append(Problem(path, line, f"{where}.enabled", msg, "error"))
                enabled = True
            overrides[key] = PlatformOverride(text=own, enabled=enabled)
        else:
            own, found = _text(value, where, path, line)
            problems += found
            overrides[key] = PlatformOverride(text=own)
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        problems.append(Problem(path, line, "share.enabled", "expected true or false", "error"))
        enabled = True
    settings = ShareSettings(text=text, hashtags=hashtags, platforms=overrides, enabled=enabled)
    return settings, problems
