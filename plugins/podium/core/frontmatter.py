"""Front matter of articles and highlights as the content model reads it: values, the line
of each top-level key, the body, and problems instead of exceptions.

The YAML itself is read by ``podium.core.yaml_reader`` (the one reader, which keeps lines);
this module only shapes its result for the schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import Problem
from .yaml_reader import UnclosedFrontMatter, YamlError, split_front_matter


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
    """Parse ``text``; YAML errors become problems, never exceptions.

    An opening ``---`` without a closing one is body text, as MkDocs reads it.
    """
    try:
        doc = split_front_matter(text)
    except UnclosedFrontMatter:
        return FrontMatter(body=text.lstrip("\ufeff"))
    except YamlError as error:
        body, body_line = _body_after_front_matter(text)
        result = FrontMatter(body=body, body_line=body_line)
        result.problems.append(Problem(path, error.line, "front matter", error.message))
        return result
    result = FrontMatter(body=doc.body, body_line=doc.body_line)
    data = doc.meta.data
    if not isinstance(data, dict):
        result.problems.append(Problem(path, 2, "front matter", "expected key: value pairs"))
        return result
    result.data = {str(key): value for key, value in data.items()}
    result.lines = {str(key[0]): line for key, line in doc.meta.lines.items() if len(key) == 1}
    return result


def _body_after_front_matter(text: str) -> tuple[str, int]:
    """Body and its first line, of a file whose front matter is invalid YAML."""
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "".join(lines[index + 1 :]), index + 2
    return "", 1
