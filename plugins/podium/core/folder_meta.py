"""Folder defaults from ``.meta.yml`` files, with the semantics of Material's meta plugin.

Every ``.meta.yml`` in the folder of a page or any folder above it applies, outermost first;
the page's own front matter is merged last, so it wins. Lists add up (a folder's
``categories`` plus the page's) and mappings merge key by key, exactly as Material does with
``mergedeep``'s typesafe-additive strategy (reused here so both agree on every edge case).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from mergedeep import Strategy, merge

from .errors import Problem
from .yaml_reader import YamlError, read_yaml


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


def _read(path: Path, shown: str) -> tuple[dict[str, Any] | None, Problem | None]:
    if not path.is_file():
        return None, None
    try:
        located = read_yaml(path)
    except YamlError as error:
        return None, Problem(shown, error.line, "meta", f"invalid YAML: {error.message}")
    except (OSError, UnicodeDecodeError) as error:
        return None, Problem(shown, None, "meta", f"cannot read: {error}")
    if located.data is None:
        return None, None
    if not isinstance(located.data, dict):
        return None, Problem(shown, 1, "meta", "expected a mapping of front-matter defaults")
    return located.data, None
