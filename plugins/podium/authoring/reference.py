"""The README's reference, generated from the code so that it cannot drift from it.

Plugin options come from each podium plugin's MkDocs ``Config`` class (found through the
``mkdocs.plugins`` entry points whose name starts with ``podium/``), with the docstring
written under each option. Front-matter keys come from the core schema; their one-line
descriptions live in :mod:`podium.authoring.keys`, and a test keeps both sets equal.
"""

from __future__ import annotations

import ast
import inspect
import io
import os
import tempfile
import textwrap
import tokenize
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from .errors import AuthoringError

START = "<!-- reference:start -->"
END = "<!-- reference:end -->"


def podium_plugins() -> list[tuple[str, type]]:
    """``(name, plugin class)`` for every installed ``podium/*`` MkDocs plugin, by name.

    They are this package's own: one that cannot be imported is a bug and fails loudly.
    """
    found = []
    for point in entry_points(group="mkdocs.plugins"):
        if not point.name.startswith("podium/"):
            continue
        found.append((point.name, point.load()))
    return sorted(found, key=lambda item: item[0])


def option_docs(config_class: type) -> dict[str, str]:
    """What each option does: its attribute docstring (the string right under
    ``name = c.Type(...)``), else a comment at the end of that line.

    Python drops both at runtime, so they are read from the source (``ast``, ``tokenize``).
    """
    docs: dict[str, str] = {}
    for klass in reversed(config_class.__mro__):
        if klass.__module__.startswith("mkdocs."):
            continue
        try:
            source = textwrap.dedent(inspect.getsource(klass))
        except (OSError, TypeError):
            continue
        comments = _line_comments(source)
        body = ast.parse(source).body[0].body  # type: ignore[attr-defined]
        for statement, following in zip(body, [*body[1:], None], strict=True):
            target = None
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target = statement.targets[0]
            elif isinstance(statement, ast.AnnAssign):
                target = statement.target
            if not isinstance(target, ast.Name):
                continue
            if (
                isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                docs[target.id] = " ".join(inspect.cleandoc(following.value.value).split())
            elif statement.end_lineno in comments:
                docs[target.id] = comments[statement.end_lineno]
    return docs


def _line_comments(source: str) -> dict[int, str]:
    """Comments that end a line of code, by line number."""
    found = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and token.line.strip() != token.string.strip():
            found[token.start[0]] = token.string.lstrip("#").strip()
    return found


def describe_type(option: Any) -> str:
    """A short, reader-facing name for a MkDocs config option's type."""
    from mkdocs.config import config_options as c

    if isinstance(option, c.Optional):
        return describe_type(option.option)
    if isinstance(option, c.Type):
        kinds = option._type if isinstance(option._type, tuple) else (option._type,)
        return " or ".join(_type_name(kind) for kind in kinds)
    if isinstance(option, c.Choice):
        return "one of " + ", ".join(f"`{choice}`" for choice in option.choices)
    if isinstance(option, c.ListOfItems):
        return f"list of {describe_type(option.option_type)}"
    if isinstance(option, c.DictOfItems):
        return f"mapping of {describe_type(option.option_type)}"
    if isinstance(option, c.SubConfig):
        return "mapping"
    return type(option).__name__.lower()


def _type_name(kind: type) -> str:
    return {str: "text", bool: "true/false", int: "integer", float: "number", list: "list",
            dict: "mapping"}.get(kind, kind.__name__)  # fmt: skip


def format_default(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if isinstance(value, str):
        return f"`{value}`" if value else '`""`'
    if isinstance(value, list | tuple):
        return "`[" + ", ".join(str(item) for item in value) + "]`"
    if isinstance(value, dict) and not value:
        return "`{}`"
    return f"`{value!r}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_plugin(name: str, plugin_class: type) -> str:
    config_class = getattr(plugin_class, "config_class", None)
    lines = [f"#### `{name}`", ""]
    # The class's own docstring only: inherited ones describe MkDocs' Config, not the plugin.
    summary = config_class.__dict__.get("__doc__") if config_class else None
    if summary:
        lines += [" ".join(inspect.cleandoc(summary).split()), ""]
    schema = list(getattr(config_class, "_schema", ())) if config_class else []
    if not schema:
        return "\n".join([*lines, "No options.", ""])
    docs = option_docs(config_class)
    lines += ["| option | default | type | what it does |", "|---|---|---|---|"]
    for option_name, option in schema:
        lines.append(
            f"| `{option_name}` | {_cell(format_default(option.default))} | "
            f"{_cell(describe_type(option))} | {_cell(docs.get(option_name, ''))} |"
        )
    return "\n".join([*lines, ""])


def render_front_matter() -> str:
    from podium.core import schema

    from .keys import ARTICLE, AUTHOR, HIGHLIGHT

    sections = [
        ("Articles", schema.ARTICLE_KEYS, ARTICLE),
        ("Highlights", schema.HIGHLIGHT_KEYS, HIGHLIGHT),
        ("Authors (`docs/.authors.yml`, under `authors: {id: ...}`)", schema.AUTHOR_KEYS, AUTHOR),
    ]
    lines: list[str] = []
    for title, keys, described in sections:
        lines += [f"#### {title}", "", "| key | what it is |", "|---|---|"]
        lines += [f"| `{key}` | {_cell(described.get(key, ''))} |" for key in sorted(keys)]
        lines.append("")
    return "\n".join(lines)


def render_reference() -> str:
    """The whole reference block (without the markers), as Markdown."""
    parts = [
        "<!-- Generated by `podium docs-reference --write README.md`; do not edit by hand. -->",
        "",
        "### Plugin options",
        "",
    ]
    parts += [render_plugin(name, plugin) for name, plugin in podium_plugins()]
    parts += ["### Front matter", "", render_front_matter()]
    return "\n".join(parts).rstrip("\n") + "\n"


def replace_block(text: str, block: str, where: str = "README") -> str:
    """``text`` with everything between the markers replaced by ``block``."""
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        raise AuthoringError(f"{where}: add the lines {START} and {END} where the reference goes")
    return text[: start + len(START)] + "\n" + block + text[end:]


def update_readme(path: Path) -> bool:
    """Refresh the reference in ``path``; returns whether the file changed."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise AuthoringError(f"{path}: cannot read: {error.strerror}") from None
    updated = replace_block(text, render_reference(), str(path))
    if updated == text:
        return False
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(updated)
        os.chmod(temp, path.stat().st_mode & 0o777)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return True
