"""Split a Markdown file into YAML front matter and body, remembering each key's line.

MkDocs' own ``get_data`` drops line numbers; authors need ``path:line: field`` errors, so we
compose the YAML node tree ourselves (PyYAML keeps node marks) and construct values from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .errors import Problem

# LibYAML's parser (when PyYAML was built with it) is several times faster and keeps marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Loader(yaml.SafeLoader):
    """PyYAML's safe loader, except that an impossible date (``2026-02-30``, unquoted) stays
    text instead of raising ``ValueError`` from deep inside PyYAML: the field checks then
    say which date is wrong, on which line. Every Podium YAML reader uses this loader."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` with :class:`Loader` (impossible dates stay text)."""
    return yaml.load(text, Loader=Loader)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass
class FrontMatter:
    """Parsed front matter: values, the line of each top-level key, and the body."""

    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, key: str) -> int:
        """Line of ``key`` in the file, or line 1 (the front matter start) when absent."""
        return self.lines.get(key, 1)


def parse_front_matter(text: str, path: str) -> FrontMatter:
    """Parse ``text``; YAML errors become problems, never exceptions."""
    text = text.lstrip("\ufeff")
    match = _FRONT_MATTER.match(text)
    if not match:
        return FrontMatter(body=text)
    yaml_text = match.group(1) or ""
    body = text[match.end() :]
    body_line = text[: match.end()].count("\n") + 1
    result = FrontMatter(body=body, body_line=body_line)
    try:
        node = yaml.compose(yaml_text, Loader=_LOADER)
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        reason = getattr(error, "problem", None) or str(error)
        result.problems.append(
            Problem(
                path,
                (line + 2) if line is not None else 1,
                "front matter",
                f"invalid YAML: {reason}",
            )
        )
        return result
    if node is None:
        return result
    if not isinstance(node, yaml.MappingNode):
        result.problems.append(Problem(path, 2, "front matter", "expected key: value pairs"))
        return result
    loader = Loader("")
    try:
        for key_node, value_node in node.value:
            key = str(loader.construct_object(key_node, deep=True))
            result.lines[key] = key_node.start_mark.line + 2
            result.data[key] = loader.construct_object(value_node, deep=True)
    except yaml.YAMLError as error:
        result.problems.append(Problem(path, 2, "front matter", f"invalid YAML: {error}"))
    finally:
        loader.dispose()
    return result
