"""`podium new` run as a user would, on temp folders."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from cli_support import read_only, run_podium, snapshot
from podium.profile.events import parse_event

NOW = "2026-03-14T10:00:00+00:00"


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n", 2)[1])


@pytest.fixture
def hub(tmp_path: Path) -> Path:
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Test\nsite_url: https://example.org/\n"
        "plugins:\n  - podium/articles:\n      articles_dir: posts\n",
        encoding="utf-8",
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / ".authors.yml").write_text(
        "authors:\n  jane:\n    name: Jane Doe\n  sam:\n    name: Sam\n", encoding="utf-8"
    )
    return tmp_path


def test_new_article_writes_commented_valid_front_matter(hub):
    result = run_podium(
        "new", "article", "Façons d'adopter", "--lang", "fr", cwd=hub, PODIUM_NOW=NOW
    )
    assert result.returncode == 0, result.stderr
    path = hub / "docs" / "posts" / "facons-d-adopter.md"
    assert str(path.relative_to(hub)) in result.stdout
    data = front_matter(path)
    assert data["title"] == "Façons d'adopter"
    assert data["slug"] == "facons-d-adopter"
    assert str(data["date"]) == "2026-03-14"
    assert data["lang"] == "fr"
    assert data["authors"] == ["jane"]  # the first author of .authors.yml
    assert data["draft"] is True
    text = path.read_text(encoding="utf-8")
    assert "# description:" in text  # explained, left for the author to fill in
    assert "<!-- more -->" in text


def test_new_article_never_overwrites(hub):
    assert run_podium("new", "article", "Same title", cwd=hub).returncode == 0
    path = hub / "docs" / "posts" / "same-title.md"
    path.write_text("my edits\n", encoding="utf-8")
    result = run_podium("new", "article", "Same title!", cwd=hub)
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == "my edits\n"


@pytest.mark.parametrize("title", ["", "   ", "?!…", "🎉"])
def test_new_article_refuses_titles_without_letters(hub, title):
    before = snapshot(hub)
    result = run_podium("new", "article", title, cwd=hub)
    assert result.returncode != 0
    assert result.stderr.startswith("podium: ")
    assert "Traceback" not in result.stderr
    assert snapshot(hub) == before


def test_new_article_in_a_read_only_folder_writes_nothing(hub):
    folder = hub / "docs" / "posts"
    folder.mkdir()
    with read_only(folder):
        result = run_podium("new", "article", "Blocked", cwd=hub)
        assert list(folder.iterdir()) == []
    assert result.returncode == 1
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.stderr


def test_translation_copies_the_key_and_never_edits_the_original(hub):
    posts = hub / "docs" / "posts"
    posts.mkdir()
    original = posts / "ways-to-adopt.md"
    original.write_text(
        "---\ntitle: Ways to adopt\ndate: 2026-03-01\nauthors: [sam]\ntags: [ai]\n---\nBody\n",
        encoding="utf-8",
    )
    before = original.read_bytes()
    result = run_podium(
        "new",
        "article",
        "Façons d'adopter",
        "--lang",
        "fr",
        "--translation-of",
        "ways-to-adopt",
        cwd=hub,
    )
    assert result.returncode == 0, result.stderr
    assert original.read_bytes() == before
    assert "translation_key: ways-to-adopt" in result.stdout  # tells the user what to add
    data = front_matter(posts / "facons-d-adopter.md")
    assert data["translation_key"] == "ways-to-adopt"
    assert data["authors"] == ["sam"]
    assert data["tags"] == ["ai"]


def test_translation_reuses_an_existing_key(hub):
    posts = hub / "docs" / "posts"
    posts.mkdir()
    (posts / "a.md").write_text(
        "---\ntitle: A\ndate: 2026-03-01\ntranslation_key: adoption\nlang: en\n---\n",
        encoding="utf-8",
    )
    result = run_podium("new", "article", "B", "--lang", "de", "--translation-of", "a", cwd=hub)
    assert result.returncode == 0, result.stderr
    assert "Next:" not in result.stdout
    assert front_matter(posts / "b.md")["translation_key"] == "adoption"


def test_translation_errors(hub):
    assert run_podium("new", "article", "B", "--translation-of", "nope", cwd=hub).returncode == 1
    result = run_podium("new", "article", "B", "--lang", "fr", "--translation-of", "nope", cwd=hub)
    assert result.returncode == 1
    assert "no article with slug 'nope'" in result.stderr
    assert not (hub / "docs" / "posts" / "b.md").exists()


def test_new_highlight_and_event(hub):
    result = run_podium(
        "new",
        "highlight",
        "Trust is built in drops and lost in buckets.",
        "--article",
        "trust",
        cwd=hub,
        PODIUM_NOW=NOW,
    )
    assert result.returncode == 0, result.stderr
    path = hub / "docs" / "highlights" / "2026-03-14-trust-is-built-in-drops-and-lost-in.md"
    data = front_matter(path)
    assert data["article"] == "trust"
    assert path.read_text(encoding="utf-8").rstrip().endswith("lost in buckets.")

    result = run_podium(
        "new", "event", "Keynote: AI at work", "--start", "2026-05-02T18:30+02:00",
        "--end", "2026-05-02T19:30+02:00", "--location", "Oslo", "--role", "keynote", cwd=hub,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    path = hub / "docs" / "events" / "2026-05-02-keynote-ai-at-work.md"
    data = front_matter(path)
    assert data["title"] == "Keynote: AI at work"
    assert data["start"].isoformat() == "2026-05-02T18:30:00+02:00"
    assert data["place"] == "Oslo"
    assert data["role"] == "keynote"

    event, problems = parse_event(
        "events/" + path.name, path.read_text(encoding="utf-8"), url="events/x/"
    )
    assert [p for p in problems if p.is_error] == []
    assert event.start.isoformat() == "2026-05-02T18:30:00+02:00"


def test_new_event_times_need_a_zone(hub):
    folder = hub / "docs" / "events"
    no_zone = run_podium(
        "new", "event", "Panel", "--start", "2026-05-02T18:30", "--place", "Oslo", cwd=hub
    )
    assert no_zone.returncode == 1
    assert "need a time zone" in no_zone.stderr
    backwards = run_podium(
        "new", "event", "Panel", "--start", "2026-05-02T18:30+02:00",
        "--end", "2026-05-02T17:00+02:00", "--place", "Oslo", cwd=hub,
    )  # fmt: skip
    assert backwards.returncode == 1
    assert "not after" in backwards.stderr
    assert not folder.exists() or list(folder.iterdir()) == []

    zoned = run_podium(
        "new", "event", "Panel", "--start", "2026-07-02 09:00", "--timezone", "Europe/Oslo",
        "--online", "https://example.org/live", cwd=hub,
    )  # fmt: skip
    assert zoned.returncode == 0, zoned.stderr
    text = (folder / "2026-07-02-panel.md").read_text(encoding="utf-8")
    assert "start: 2026-07-02 09:00:00+02:00" in text
    assert "timezone: Europe/Oslo" in text
    unknown = run_podium(
        "new", "event", "X", "--start", "2026-07-02 09:00", "--timezone", "Mars/Base", cwd=hub
    )
    assert unknown.returncode == 1
    assert "unknown time zone" in unknown.stderr
    nowhere = run_podium("new", "event", "Y", "--start", "2026-07-02T09:00+02:00", cwd=hub)
    assert nowhere.returncode == 1
    assert "--place" in nowhere.stderr
    assert not (folder / "2026-07-02-y.md").exists()


def test_new_needs_a_hub_or_a_dir(tmp_path):
    result = run_podium("new", "article", "Hello", cwd=tmp_path)
    assert result.returncode == 2
    assert "mkdocs.yml" in result.stderr
    assert list(tmp_path.iterdir()) == []
    result = run_podium("new", "article", "Hello", "--dir", "out", cwd=tmp_path)
    assert result.returncode == 0
    assert (tmp_path / "out" / "hello.md").is_file()


def test_a_failed_new_leaves_no_folders_behind(hub):
    (hub / "docs" / "blocked").write_text("a file where a folder should be", encoding="utf-8")
    result = run_podium("new", "article", "X", "--dir", "docs/blocked/deeper", cwd=hub)
    assert result.returncode == 1
    assert "docs/blocked: is a file, not a folder" in result.stderr

    locked = hub / "docs" / "locked"
    locked.mkdir()
    with read_only(locked):
        result = run_podium("new", "article", "X", "--dir", "docs/locked/a/b", cwd=hub)
        assert list(locked.iterdir()) == []
    assert result.returncode == 1
    assert "cannot create this folder" in result.stderr

    before = snapshot(hub)
    result = run_podium("new", "article", "!!!", "--dir", "docs/new/deeper", cwd=hub)
    assert result.returncode == 1
    assert snapshot(hub) == before
    assert not (hub / "docs" / "new").exists()


def test_a_translation_needs_another_language_than_the_original(hub):
    posts = hub / "docs" / "posts"
    posts.mkdir()
    (posts / "a.md").write_text("---\ntitle: A\ndate: 2026-03-01\n---\n", encoding="utf-8")
    same = run_podium("new", "article", "B", "--lang", "en", "--translation-of", "a", cwd=hub)
    assert same.returncode == 1
    assert "already in en" in same.stderr  # no lang: the site's (en)
    assert not (posts / "b.md").exists()
