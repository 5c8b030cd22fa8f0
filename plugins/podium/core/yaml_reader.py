"""The one YAML reader: files, front matter and ``mkdocs.yml``, with the line of every key.

Every part reads YAML here, so ``path:line: field`` messages point at the same lines
everywhere. PyYAML's safe constructor drops node positions; we compose the node tree once,
build the data from it, and walk the tree in parallel to record where each key or list item
starts. ``lenient=True`` (importers and tools that only peek at existing files) turns bad or
missing input into empty data instead of an error. ``mkdocs.yml`` is read with MkDocs' own
``!ENV`` tag (pyyaml-env-tag, the package MkDocs uses) without importing MkDocs.
"""

from __future__ import annotations

import copy
import functools
import os
from dataclasses import dataclass, field
from pathlib import Path as FilePath
from typing import Any

import yaml
from yaml_env_tag import construct_env_tag

# LibYAML's parser (when PyYAML was built with it) is several times faster and keeps marks.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SafeLoader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """The safe loader, except that an impossible date (``2026-02-30``, unquoted) stays text
    instead of raising ``ValueError`` from deep inside PyYAML: the field checks then say
    which date is wrong, on which line (``core.fields.impossible_date``)."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_SAFE_LOADER = _SafeLoader

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
    loader = _SAFE_LOADER(text)
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


class UnclosedFrontMatter(YamlError):
    """The file starts with ``---`` but no line closes the front matter."""


def split_front_matter(text: str) -> FrontMatterDoc:
    """Split a Markdown file into located front matter and body (no front matter → empty).

    Raises :class:`YamlError` for invalid YAML and :class:`UnclosedFrontMatter` when the
    closing ``---`` is missing (callers that read it as body, as MkDocs does, catch it).
    """
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
    raise UnclosedFrontMatter(1, "front matter starts with '---' but has no closing '---'")


def read_yaml(path: FilePath, *, lenient: bool = False) -> Located:
    """The YAML file at ``path``, located. A file read twice in one build (``.authors.yml``
    by the hub and by ``podium/meta``) is parsed once while it is unchanged.

    Raises :class:`YamlError` (and ``OSError``/``UnicodeDecodeError``) unless ``lenient``,
    which gives ``Located(None)`` for a missing, unreadable or invalid file.
    """
    try:
        stat = os.stat(path)
        parsed = _read_yaml(str(path), stat.st_mtime_ns, stat.st_size)
        # A copy: the cached data must not change when a caller changes what it got.
        return Located(copy.deepcopy(parsed.data), parsed.lines, parsed.first_line)
    except (OSError, UnicodeDecodeError, YamlError):
        if lenient:
            return Located(None)
        raise


@functools.lru_cache(maxsize=32)
def _read_yaml(path: str, mtime_ns: int, size: int) -> Located:
    return load_located(FilePath(path).read_text(encoding="utf-8-sig"))


def read_front_matter(path: FilePath) -> dict[str, Any]:
    """Lenient: the front matter of ``path`` as a dict; {} when absent, unreadable or bad
    (for tools that only peek at existing files, such as importers and ``podium new``)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return {}
    return front_matter_data(text)


def front_matter_data(text: str) -> dict[str, Any]:
    """Lenient: the front matter of a Markdown text as a dict; {} when absent or bad."""
    try:
        data = split_front_matter(text).meta.data
    except YamlError:
        return {}
    return data if isinstance(data, dict) else {}


# -- mkdocs.yml ------------------------------------------------------------------------------


class PythonTag(str):
    """Placeholder for ``!!python/...`` values in ``mkdocs.yml``: never imported, only carried."""


class ConfigLoader(yaml.SafeLoader):
    """``mkdocs.yml`` without MkDocs: ``!ENV`` resolved as MkDocs does, ``!!python/...``
    tags as inert placeholders, other tags (``!relative``) as their plain values."""


def _construct_python(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> PythonTag:
    value = loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else ""
    return PythonTag(f"!!python/{suffix}{value}")


def _construct_unknown(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_scalar(node)


ConfigLoader.add_constructor("!ENV", construct_env_tag)
ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_python)
ConfigLoader.add_multi_constructor("!", _construct_unknown)


def load_config_yaml(text: str) -> Any:
    """Data of a ``mkdocs.yml`` text; raises ``yaml.YAMLError`` (with marks) when invalid."""
    return yaml.load(text, Loader=ConfigLoader)  # a SafeLoader subclass


def config_nodes(text: str) -> yaml.Node | None:
    """The node tree of a ``mkdocs.yml`` text, with the character span of every node: for
    tools that edit the text in place and must leave every other byte (and comment) alone.
    Raises ``yaml.YAMLError`` when invalid."""
    return yaml.compose(text, Loader=ConfigLoader)
