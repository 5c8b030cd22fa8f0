"""YAML loading that remembers the line of every key, for ``path:line: field`` messages.

PyYAML's safe constructor drops node positions; we compose the node tree once, build the data
from it, and walk the tree in parallel to record where each key or list item starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from podium.core.frontmatter import Loader

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Located:
    """Loaded YAML data plus the 1-based source line of each key path."""

    data: Any
    lines: dict[Path, int] = field(default_factory=dict)
    first_line: int = 1

    def line(self, *path: str | int) -> int:
        """Line of the deepest known prefix of ``path`` (falls back to the document start)."""
        for end in range(len(path), 0, -1):
            found = self.lines.get(tuple(path[:end]))
            if found is not None:
                return found
        return self.first_line


class YamlError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def load_located(text: str, *, line_offset: int = 0) -> Located:
    """Parse ``text``; ``line_offset`` shifts lines (front matter starts after ``---``)."""
    loader = Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = (mark.line + 1 + line_offset) if mark else line_offset + 1
        raise YamlError(line, f"invalid YAML: {err.problem or err}") from None
    except yaml.YAMLError as err:
        raise YamlError(line_offset + 1, f"invalid YAML: {err}") from None
    finally:
        loader.dispose()
    lines: dict[Path, int] = {}
    if node is not None:
        _walk(node, (), lines, line_offset)
    return Located(data, lines, line_offset + 1)


def _walk(node: yaml.Node, path: Path, lines: dict[Path, int], offset: int) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            lines[(*path, key)] = key_node.start_mark.line + 1 + offset
            _walk(value_node, (*path, key), lines, offset)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + 1 + offset
            _walk(item, (*path, index), lines, offset)


@dataclass(frozen=True)
class FrontMatterDoc:
    meta: Located
    body: str
    body_line: int


def split_front_matter(text: str) -> FrontMatterDoc:
    """Split a Markdown file into located front matter and body (no front matter → empty)."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        return FrontMatterDoc(Located({}), text, 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            yaml_text = "".join(lines[1:index])
            meta = load_located(yaml_text, line_offset=1)
            if meta.data is None:
                meta = Located({}, {}, 2)
            return FrontMatterDoc(meta, "".join(lines[index + 1 :]), index + 2)
    raise YamlError(1, "front matter starts with '---' but has no closing '---'")
