"""Read ``mkdocs.yml`` without MkDocs: enough to find the content and the plugin options.

``podium check`` and ``podium new`` must work (and fail clearly) without loading MkDocs and
every plugin. The YAML is read by ``podium.core.yaml_reader.load_config_yaml``, which accepts
MkDocs' ``!ENV`` and ``!relative`` tags and the ``!!python/name:`` tags of Material's docs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from podium.core.yaml_reader import PythonTag, load_config_yaml

from .errors import AuthoringError

__all__ = ["PythonTag", "SiteConfig", "load_site_config"]


@dataclass(frozen=True)
class SiteConfig:
    """The parts of ``mkdocs.yml`` the authoring tools need."""

    path: Path
    raw: dict[str, Any]
    plugins: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.path.parent

    @property
    def docs_dir(self) -> Path:
        return (self.root / str(self.raw.get("docs_dir") or "docs")).resolve()

    @property
    def site_dir(self) -> Path:
        return (self.root / str(self.raw.get("site_dir") or "site")).resolve()

    @property
    def site_url(self) -> str:
        return str(self.raw.get("site_url") or "").strip()

    @property
    def language(self) -> str:
        theme = self.raw.get("theme")
        if isinstance(theme, dict) and theme.get("language"):
            return str(theme["language"])
        return "en"

    def plugin(self, name: str) -> dict[str, Any] | None:
        """Options of plugin ``name`` (``{}`` when listed without options), None if absent."""
        return self.plugins.get(name)


def load_site_config(path: Path) -> SiteConfig:
    """Load ``path``; missing or broken files raise AuthoringError with exit code 2."""
    if not path.is_file():
        raise AuthoringError(
            f"{path}: no such file; run this in your hub's folder or pass --config", exit_code=2
        )
    raw = _load_yaml(path)
    parent = raw.pop("INHERIT", None)
    if parent:
        base = _load_yaml(path.parent / str(parent))
        raw = _merge(base, raw)
    return SiteConfig(path=path, raw=raw, plugins=_plugins(raw.get("plugins"), path))


def _load_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise AuthoringError(f"{path}: cannot read: {error.strerror}", exit_code=2) from None
    except UnicodeDecodeError:
        raise AuthoringError(f"{path}: not UTF-8 text", exit_code=2) from None
    try:
        data = load_config_yaml(text)
    except yaml.MarkedYAMLError as error:
        # The problem mark is where the parser gave up; when that is the end of the file, the
        # context mark ("while parsing a flow sequence") is where the mistake starts.
        at_end = "<stream end>" in str(error.problem)
        mark = (error.context_mark if at_end else None) or error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        reason = error.problem or "invalid YAML"
        if error.context:
            reason = f"{reason} ({error.context})"
        raise AuthoringError(f"{path}:{line}: YAML: {reason}", exit_code=2) from None
    except yaml.YAMLError as error:
        raise AuthoringError(f"{path}: YAML: {error}", exit_code=2) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise AuthoringError(f"{path}:1: YAML: expected key: value settings", exit_code=2)
    return data


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """MkDocs' INHERIT semantics: mappings merge recursively, everything else replaces."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _plugins(value: Any, path: Path) -> dict[str, dict[str, Any]]:
    """Normalise MkDocs' two plugin list forms (a list, or a mapping) to name → options."""
    if value is None:
        return {"search": {}}
    items: list[tuple[Any, Any]]
    if isinstance(value, dict):
        items = list(value.items())
    elif isinstance(value, list):
        items = []
        for entry in value:
            if isinstance(entry, dict) and len(entry) == 1:
                items.append(next(iter(entry.items())))
            elif isinstance(entry, str):
                items.append((entry, {}))
            else:
                raise AuthoringError(f"{path}: plugins: cannot read entry {entry!r}", exit_code=2)
    else:
        raise AuthoringError(f"{path}: plugins: expected a list", exit_code=2)
    return {str(name): dict(options or {}) for name, options in items}
