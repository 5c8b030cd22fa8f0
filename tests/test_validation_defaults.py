"""Defaults that pass --strict on ordinary content, and what `podium check --verbose` adds."""

from __future__ import annotations

from cli_support import run_podium
from helpers import article, build_site

PLUGINS = {
    "plugins": [
        "podium/articles",
        "podium/highlights",
        {"podium/share": {"platforms": ["x", "hackernews"], "menu_platforms": ["x", "hackernews"]}},
    ]
}


def _platforms(result, url: str) -> list[str]:
    bar = result.html(url).select(".podium-share a[data-platform]")
    return [link["data-platform"] for link in bar]


def test_hacker_news_only_for_pages_with_a_title(tmp_path):
    files = {
        "articles/a.md": article("A real title", description="D.", slug="real"),
        "highlights/untitled.md": "---\ndate: 2026-03-01\n---\nJust a thought, no title.\n",
        "highlights/titled.md": "---\ndate: 2026-03-02\ntitle: A titled note\n---\nText.\n",
    }
    result = build_site(tmp_path, files, PLUGINS, strict=True)
    assert result.error is None, result.warnings()
    assert _platforms(result, "articles/real/") == ["x", "hackernews"]
    assert _platforms(result, "highlights/titled/") == ["x", "hackernews"]
    assert _platforms(result, "highlights/untitled/") == ["x"]


def test_shortened_texts_are_listed_only_with_verbose(tmp_path):
    long = "A deliberately long description of the whole argument. " * 30
    files = {"articles/long.md": article("Long", description=long, slug="long")}
    result = build_site(tmp_path, files, PLUGINS, strict=True)
    assert result.error is None, result.warnings()
    plain = run_podium("check", cwd=tmp_path)
    assert plain.returncode == 0 and "shortened" not in plain.stdout, plain.stdout
    verbose = run_podium("check", "--verbose", cwd=tmp_path)
    assert verbose.returncode == 0, verbose.stdout
    assert "docs/articles/long.md: share.x: generated text shortened" in verbose.stdout
    assert "(note)" in verbose.stdout


def test_a_language_babel_lacks_builds_in_its_base_language(tmp_path):
    files = {"articles/a.md": article("Hei", description="D.", lang="nb-XX", slug="hei")}
    result = build_site(tmp_path, files)
    assert result.error is None
    assert any("'nb-XX' is not a language Podium knows; using 'nb'" in w for w in result.warnings())
    files["articles/b.md"] = article("Hello", description="D.", slug="hello")
    both = build_site(tmp_path / "both", files)
    assert both.exists("articles/lang/nb/") and not both.exists("articles/lang/nb-XX/")
