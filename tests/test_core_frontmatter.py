"""Front matter is validated with file, line and field in every message."""

from pathlib import Path

from podium.core.loader import load_content
from podium.core.settings import ContentSettings


def _load(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return load_content(ContentSettings(docs_dir=tmp_path))


def test_each_mistake_is_one_located_line(tmp_path):
    loaded = _load(
        tmp_path,
        {
            "articles/no-title.md": "---\ndate: 2026-01-01\n---\nBody.\n",
            "articles/bad-date.md": "---\ntitle: T\ndate: 14/03/2026\n---\nBody.\n",
            "articles/number-tags.md": "---\ntitle: T\ndate: 2026-01-01\ntags: 42\n---\nB.\n",
            "articles/typo.md": "---\ntitle: T\ndate: 2026-01-01\ncategores: [x]\n---\nB.\n",
            "articles/broken.md": "---\ntitle: [unclosed\ndate: 2026-01-01\n---\nB.\n",
        },
    )
    lines = sorted(str(problem) for problem in loaded.problems)
    # LibYAML and pure-Python PyYAML word the parse error differently; both name the line.
    broken = [line for line in lines if line.startswith("articles/broken.md")]
    assert len(broken) == 1
    assert broken[0].startswith("articles/broken.md:3: front matter: invalid YAML: ")
    assert "expected ',' or ']'" in broken[0]
    lines.remove(broken[0])
    assert lines == [
        "articles/bad-date.md:3: date: expected a date like 2026-03-14 or "
        "2026-03-14 09:30:00+01:00, got '14/03/2026'",
        "articles/no-title.md:1: title: missing: add 'title: ...' to the front matter "
        "(or a '# Heading')",
        "articles/number-tags.md:4: tags: expected a list of text, got a number (42)",
        "articles/typo.md:4: categores: unknown key; did you mean 'categories'?",
    ]
    # The typo is only a warning: that article is still loaded; the others are left out.
    assert [a.source for a in loaded.articles] == ["articles/typo.md"]
    assert loaded.failed_sources == {
        "articles/bad-date.md",
        "articles/broken.md",
        "articles/no-title.md",
        "articles/number-tags.md",
    }


def test_material_date_mapping_and_heading_title(tmp_path):
    loaded = _load(
        tmp_path,
        {
            "articles/post.md": (
                "---\ndate:\n  created: 2024-01-31\n  updated: 2024-02-05\n"
                "categories: [News]\n---\n# Hello *world*\n\nText.\n"
            )
        },
    )
    assert not loaded.problems
    (article,) = loaded.articles
    assert article.title == "Hello *world*"
    assert article.date.isoformat() == "2024-01-31T00:00:00+00:00"
    assert article.updated.isoformat() == "2024-02-05T00:00:00+00:00"
    assert article.modified == article.updated


def test_authors_file_errors_are_located(tmp_path):
    loaded = _load(
        tmp_path,
        {
            ".authors.yml": (
                "authors:\n  ada:\n    name: Ada\n    profiles:\n"
                "      linkedin: not a url\n  bob:\n    description: no name\n"
            )
        },
    )
    assert sorted(str(p) for p in loaded.problems) == [
        ".authors.yml:2: authors.ada.profiles.linkedin: expected an absolute http(s) URL, "
        "got 'not a url'",
        ".authors.yml:6: authors.bob.name: missing",
    ]
    assert list(loaded.authors) == ["ada"]  # kept, minus the bad profile
    assert loaded.authors["ada"].profiles == {}
