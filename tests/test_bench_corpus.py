"""The benchmark corpus: shape, determinism, and that MkDocs + Material build it as it is."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from PIL import Image

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


corpus = _load("corpus")

N = 12


def _tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _split(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), path
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head), body


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    corpus.generate(out, N, seed=3, layout="material")
    return out


def test_same_seed_same_bytes_other_seed_other_content(hub, tmp_path):
    corpus.generate(tmp_path / "again", N, seed=3, layout="material")
    corpus.generate(tmp_path / "other", N, seed=4, layout="material")
    assert _tree(hub / "docs") == _tree(tmp_path / "again" / "docs")
    assert _tree(hub / "docs") != _tree(tmp_path / "other" / "docs")


def test_articles_follow_materials_blog_front_matter(hub):
    posts = sorted((hub / "docs" / "blog" / "posts").glob("*.md"))
    assert len(posts) == N
    authors = yaml.safe_load((hub / "docs" / ".authors.yml").read_text(encoding="utf-8"))
    author_ids = set(authors["authors"])
    titles, date_kinds = [], set()
    for post in posts:
        meta, body = _split(post)
        titles.append(meta["title"])
        assert meta["slug"] == post.stem
        if isinstance(meta["date"], dict):
            assert meta["date"]["created"] <= meta["date"]["updated"]
            date_kinds.add("created/updated")
        else:
            date_kinds.add(type(meta["date"]).__name__)
        assert set(meta["authors"]) <= author_ids
        assert 1 <= len(meta["categories"]) <= 2
        assert 2 <= len(meta["tags"]) <= 5
        assert meta["lang"] in {"en", "fr", "de", "nb"}
        assert body.count("<!-- more -->") == 1
        # Independent word count: letter-led tokens outside image/link targets.
        visible = re.sub(r"!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|<!--.*?-->", " ", body)
        words = len(re.findall(r"[^\W\d_][\w'-]*", visible))
        assert 600 <= words <= 1200, (post.name, words)
        assert re.search(r"^## ", body, re.M), post.name
    lengths = sorted(len(t) for t in titles)
    assert lengths[0] == 20 and lengths[-1] == 140
    assert all(20 <= n <= 140 for n in lengths)
    assert "created/updated" in date_kinds and "date" in date_kinds


def test_bodies_have_lists_quotes_links_and_real_images(hub):
    docs = hub / "docs"
    text = "\n".join(p.read_text(encoding="utf-8") for p in (docs / "blog" / "posts").glob("*.md"))
    assert re.search(r"^- ", text, re.M) and re.search(r"^> ", text, re.M)
    assert re.search(r"\]\(https://", text) and re.search(r"\]\([a-z0-9-]+\.md\)", text)
    referenced = set(re.findall(r"!\[[^\]]*\]\(\.\./\.\./([^)]+)\)", text))
    assert referenced, "no images referenced"
    assert all((docs / rel).is_file() for rel in referenced)
    formats = set()
    for path in sorted((docs / "assets").rglob("*.*")):
        with Image.open(path) as image:
            image.verify()
            formats.add(image.format)
    assert formats == {"PNG", "JPEG"}
    authors = yaml.safe_load((docs / ".authors.yml").read_text(encoding="utf-8"))["authors"]
    assert all((docs / a["avatar"]).is_file() for a in authors.values())


def test_highlights_languages_and_taxonomies(hub):
    docs = hub / "docs"
    highlights = sorted((docs / "highlights").glob("*.md"))
    assert len(highlights) == 2 * N
    slugs = {p.stem for p in (docs / "blog" / "posts").glob("*.md")}
    letters = {"fr": "éèêàçœ", "de": "äöüßÄÖÜ", "nb": "æøåÆØÅ"}
    seen_letters = {lang: False for lang in letters}
    categories, tags = set(), set()
    for path in highlights + sorted((docs / "blog" / "posts").glob("*.md")):
        meta, body = _split(path)
        tags.update(meta["tags"])
        categories.update(meta.get("categories", []))
        if "article" in meta:
            assert meta["article"] in slugs
        if meta["lang"] in letters:
            seen_letters[meta["lang"]] |= any(c in body for c in letters[meta["lang"]])
    assert all(seen_letters.values()), seen_letters
    assert categories <= set(corpus.CATEGORIES) and tags <= set(corpus.TAGS)
    assert len(corpus.CATEGORIES) == 8 and len(corpus.TAGS) == 30


def test_podium_layout_puts_articles_in_articles_folder(tmp_path):
    info = corpus.generate(tmp_path, 3, seed=1, layout="podium")
    assert sorted(p.name for p in (tmp_path / "docs" / "articles").glob("*.md")) == sorted(
        Path(a.path).name for a in info.articles
    )
    _, body = _split(tmp_path / "docs" / info.articles[0].path)
    for target in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", body):
        assert (tmp_path / "docs" / "articles" / target).resolve().is_file()


def _mkdocs(folder: Path, config: dict) -> None:
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def test_plain_mkdocs_material_and_material_blog_build_it(hub):
    base = {
        "site_name": "Bench",
        "site_url": "https://hub.example.com/",
        "theme": {"name": "material"},
    }
    _mkdocs(hub, base)
    site = hub / "site"
    posts = sorted((hub / "docs" / "blog" / "posts").glob("*.md"))
    for post in posts:
        assert (site / "blog" / "posts" / post.stem / "index.html").is_file()
    assert len(list((site / "highlights").glob("*/index.html"))) == 2 * N

    # Material's blog plugin reads the same files: one page per (non-draft) post.
    blog = {**base, "site_dir": "site-blog"}
    blog["plugins"] = ["search", {"blog": {"authors_file": ".authors.yml"}}]
    _mkdocs(hub, blog)
    built = {p.parent.name for p in (hub / "site-blog" / "blog").glob("2*/*/*/*/index.html")}
    published = {p.stem for p in posts if not _split(p)[0].get("draft")}
    assert built == published
