"""A custom main.html that drops Podium's head slot makes the build say so, once, with the fix."""

from helpers import article, build_site

MAIN_WITHOUT_HEAD = '{% extends "base.html" %}\n{% block extrahead %}{{ super() }}{% endblock %}\n'
MAIN_WITH_HEAD = (
    '{% extends "base.html" %}\n{% block extrahead %}{{ super() }}'
    '{% include "podium/partials/head.html" %}{% endblock %}\n'
)
FILES = {
    "index.md": "# Home\n",
    "articles/first.md": article("First", "2026-03-01"),
    "articles/second.md": article("Second", "2026-03-02"),
}
CONFIG_PLUGINS = ["podium/articles", "podium/meta"]


def _build(tmp_path, main_html: str):
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "main.html").write_text(main_html, encoding="utf-8")
    theme = {"name": "material", "font": False, "custom_dir": str(custom)}
    return build_site(tmp_path, FILES, {"theme": theme, "plugins": CONFIG_PLUGINS})


def test_a_main_html_without_the_head_slot_warns_once_with_the_fix(tmp_path):
    result = _build(tmp_path, MAIN_WITHOUT_HEAD)
    assert result.error is None, result.messages
    lost = [m for m in result.warnings() if "without Podium's head tags" in m]
    assert len(lost) == 1, result.warnings()
    assert '{% include "podium/partials/head.html" %}' in lost[0]
    assert "main.html" in lost[0]
    page = result.html("articles/first/")
    assert page.find("meta", property="og:title") is None  # what the warning is about


def test_the_fixed_main_html_keeps_the_head_tags_and_is_quiet(tmp_path):
    result = _build(tmp_path, MAIN_WITH_HEAD)
    assert result.error is None, result.messages
    assert not [m for m in result.warnings() if "head tags" in m]
    page = result.html("articles/first/")
    assert page.find("meta", property="og:title")["content"] == "First"
