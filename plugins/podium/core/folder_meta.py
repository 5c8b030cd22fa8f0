"""Folder defaults from ``.meta.yml`` files, with the semantics of Material's meta plugin.

Every ``.meta.yml`` in the folder of a page or any folder above it applies, outermost first;
the page's own front matter is merged last, so it wins. Lists add up (a folder's
``categories`` plus the page's) and mappings merge key by key, exactly as Material does with
``mergedeep``'s typesafe-additive strategy (reused here so both agree on every edge case).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from mergedeep import Strategy, merge

from .errors import Problem


def folder_defaults(
    docs_dir: Path, source: str, meta_file: str
) -> tuple[dict[str, Any], list[Problem]]:
    """The merged defaults for ``source`` (docs-relative) and any problems reading them."""
    defaults: dict[str, Any] = {}
    problems: list[Problem] = []
    parents = list(reversed(PurePosixPath(source).parents))  # ".", "blog", "blog/posts"
    for folder in parents:
        path = (folder / meta_file).as_posix().removeprefix("./")
        data, problem = _read(docs_dir / path, path)
        if problem:
            problems.append(problem)
            continue
        if data:
            try:
                merge(defaults, data, strategy=Strategy.TYPESAFE_ADDITIVE)
            except TypeError as error:
                problems.append(Problem(path, None, "meta", f"cannot merge: {error}"))
    return defaults, problems


def apply_defaults(defaults: dict[str, Any], front: dict[str, Any]) -> dict[str, Any]:
    """``front`` merged over ``defaults`` (a new mapping; neither input changes)."""
    if not defaults:
        return front
    return merge({}, defaults, front, strategy=Strategy.TYPESAFE_ADDITIVE)


@lru_cache(maxsize=256)
def _read_cached(path: Path, stamp: float) -> tuple[Any, str | None]:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8-sig")), None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return None, str(error).replace("\n", " ")


def _read(path: Path, shown: str) -> tuple[dict[str, Any] | None, Problem | None]:
    if not path.is_file():
        return None, None
    data, error = _read_cached(path, path.stat().st_mtime)
    if error:
        return None, Problem(shown, None, "meta", f"invalid YAML: {error}")
    if data is None:
        return None, None
    if not isinstance(data, dict):
        return None, Problem(shown, 1, "meta", "expected a mapping of front-matter defaults")
    return data, None
