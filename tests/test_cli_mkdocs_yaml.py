"""Reading mkdocs.yml without MkDocs: MkDocs' tags, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from podium.authoring.errors import AuthoringError
from podium.authoring.mkdocs_yaml import PythonTag, load_site_config

MATERIAL_STYLE = """\
site_name: Hub
site_url: !ENV [PODIUM_TEST_SITE_URL, "https://fallback.example/"]
docs_dir: content
theme:
  name: material
  language: fr
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
plugins:
  - search
  - podium/articles:
      articles_dir: blog/posts
      enabled: !ENV CI
"""


def test_mkdocs_tags_are_understood(tmp_path: Path, monkeypatch):
    path = tmp_path / "mkdocs.yml"
    path.write_text(MATERIAL_STYLE, encoding="utf-8")
    monkeypatch.delenv("PODIUM_TEST_SITE_URL", raising=False)
    monkeypatch.setenv("CI", "true")
    config = load_site_config(path)
    assert config.site_url == "https://fallback.example/"
    assert config.docs_dir == (tmp_path / "content").resolve()
    assert config.language == "fr"
    assert config.plugin("podium/articles") == {"articles_dir": "blog/posts", "enabled": True}
    assert config.plugin("search") == {}
    assert config.plugin("podium/cards") is None
    emoji = config.raw["markdown_extensions"][0]["pymdownx.emoji"]["emoji_index"]
    assert isinstance(emoji, PythonTag)

    monkeypatch.setenv("PODIUM_TEST_SITE_URL", "https://env.example/")
    assert load_site_config(path).site_url == "https://env.example/"


def test_inherit_merges_the_parent(tmp_path: Path):
    (tmp_path / "base.yml").write_text("site_name: Base\ntheme: {name: material, language: de}\n")
    (tmp_path / "mkdocs.yml").write_text("INHERIT: base.yml\ntheme: {language: nb}\n")
    config = load_site_config(tmp_path / "mkdocs.yml")
    assert config.raw["site_name"] == "Base"
    assert config.raw["theme"] == {"name": "material", "language": "nb"}


def test_broken_yaml_names_the_line(tmp_path: Path):
    path = tmp_path / "mkdocs.yml"
    path.write_text(
        "site_name: Hub\nplugins:\n  - search\n  - [podium/articles\n", encoding="utf-8"
    )
    with pytest.raises(AuthoringError) as caught:
        load_site_config(path)
    assert caught.value.exit_code == 2
    assert caught.value.message.startswith(f"{path}:4: YAML: expected ',' or ']'")
    assert "while parsing a flow sequence" in caught.value.message


def test_bad_indentation_names_the_line(tmp_path: Path):
    path = tmp_path / "mkdocs.yml"
    path.write_text("site_name: Hub\ntheme:\n  name: material\n language: fr\n")
    with pytest.raises(AuthoringError, match=r"mkdocs.yml:4: YAML: "):
        load_site_config(path)


def test_missing_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(AuthoringError, match="no such file") as caught:
        load_site_config(tmp_path / "mkdocs.yml")
    assert caught.value.exit_code == 2


def test_a_list_is_not_a_config(tmp_path: Path):
    (tmp_path / "mkdocs.yml").write_text("- a\n- b\n")
    with pytest.raises(AuthoringError, match=":1: YAML: expected key: value"):
        load_site_config(tmp_path / "mkdocs.yml")
