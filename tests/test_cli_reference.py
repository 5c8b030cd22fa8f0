"""The README's reference is generated from the plugins' Config classes and the schema."""

from __future__ import annotations

from pathlib import Path

from cli_support import REPO, run_podium
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from podium.authoring import keys, reference
from podium.core import schema


def test_readme_holds_the_current_reference():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start, end = text.index(reference.START), text.index(reference.END)
    current = text[start + len(reference.START) + 1 : end]
    assert current == reference.render_reference(), (
        "README.md is out of date: run `podium docs-reference --write README.md`"
    )


def test_every_front_matter_key_is_described():
    # Only schema keys are rendered, so a line for a key another branch has not merged yet
    # is harmless; a schema key without a line is not.
    assert set(schema.ARTICLE_KEYS) <= set(keys.ARTICLE)
    assert set(schema.HIGHLIGHT_KEYS) <= set(keys.HIGHLIGHT)
    assert set(schema.AUTHOR_KEYS) <= set(keys.AUTHOR)
    rendered = reference.render_front_matter()
    for key in schema.ARTICLE_KEYS | schema.HIGHLIGHT_KEYS | schema.AUTHOR_KEYS:
        assert f"| `{key}` |" in rendered


def test_every_installed_podium_plugin_is_documented():
    rendered = reference.render_reference()
    names = [name for name, _ in reference.podium_plugins()]
    assert "podium/articles" in names
    for name, plugin in reference.podium_plugins():
        assert f"#### `{name}`" in rendered
        for option, _ in plugin.config_class._schema:
            assert f"| `{option}` |" in rendered


class _SampleConfig(Config):
    """Sample options."""

    kinds = c.ListOfItems(c.Type(str), default=["x", "y"])
    size = c.Type(int, default=3)
    """How many | things."""
    mode = c.Choice(["a", "b"], default="a")  # Which mode.
    # A section comment, not an option's doc.
    quiet = c.Type(bool, default=False)
    name = c.Optional(c.Type(str))
    """A name,
    on two lines."""


class _SamplePlugin:
    config_class = _SampleConfig


class _Undocumented(Config):
    flag = c.Type(bool, default=False)


class _UndocumentedPlugin:
    config_class = _Undocumented


def test_options_render_with_defaults_types_and_docstrings():
    assert reference.option_docs(_SampleConfig) == {
        "size": "How many | things.",
        "mode": "Which mode.",
        "name": "A name, on two lines.",
    }
    table = reference.render_plugin("podium/sample", _SamplePlugin)
    assert "| `size` | `3` | integer | How many \\| things. |" in table
    assert "| `mode` | `a` | one of `a`, `b` | Which mode. |" in table
    assert "| `quiet` | `false` | true/false |  |" in table
    assert "| `name` | (none) | text | A name, on two lines. |" in table
    assert "| `kinds` | `[x, y]` | list of text |  |" in table
    assert table.startswith("#### `podium/sample`\n\nSample options.\n\n| option |")


def test_a_config_without_docstring_gets_no_borrowed_summary():
    table = reference.render_plugin("podium/bare", _UndocumentedPlugin)
    assert table.startswith("#### `podium/bare`\n\n| option |")
    assert "| `flag` | `false` | true/false |  |" in table


def test_write_command_updates_only_between_markers(tmp_path: Path):
    readme = tmp_path / "README.md"
    readme.write_text(
        f"# Hub\n\nintro\n\n{reference.START}\nstale\n{reference.END}\n\nafter\n", encoding="utf-8"
    )
    result = run_podium("docs-reference", "--write", "README.md", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "updated" in result.stdout
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# Hub\n\nintro\n\n")
    assert text.endswith(f"{reference.END}\n\nafter\n")
    assert "stale" not in text
    assert "#### `podium/articles`" in text
    again = run_podium("docs-reference", "--write", "README.md", cwd=tmp_path)
    assert "already up to date" in again.stdout

    readme.write_text("# No markers\n", encoding="utf-8")
    missing = run_podium("docs-reference", "--write", "README.md", cwd=tmp_path)
    assert missing.returncode == 1
    assert "reference:start" in missing.stderr
    assert readme.read_text(encoding="utf-8") == "# No markers\n"
