"""The card cache is verified before use, pruned only where Podium owns it, and reused.

Real builds: tampered entries (truncated, empty, random, a link to a system file) are
re-rendered and the published card decodes to the same pixels as a fresh render; a warm
build publishes cache entries as hard links (same inode, nothing re-encoded); prune never
touches a file Podium did not name; ``mkdocs serve`` keeps the cards of the last build.
"""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_support import podium_env
from helpers import article, build_project, build_site
from mkdocs.commands.build import build
from mkdocs.config import load_config
from PIL import Image, ImageChops
from podium.cards import CardJob, CardSpec, load_brand, parse_presets, render_all
from podium.cards.cache import MARKER, CacheError, claim, prune

OG_ONLY = {"x": False, "square": False, "portrait": False, "story": False}
CONFIG = {
    "plugins": [
        "podium/articles",
        {"podium/cards": {"presets": OG_ONLY, "workers": 1, "home": False}},
    ]
}
CACHE = ".cache/podium/cards"


def files(count=3):
    return {
        f"articles/post-{i}.md": article(f"Post number {i}", date=f"2026-03-{i + 1:02d}")
        for i in range(count)
    }


def card_of(result, slug) -> Path:
    soup = result.html(f"articles/{slug}/")
    url = soup.find("meta", property="og:image")["content"]
    return result.site / url.removeprefix("https://hub.example.com/")


def entries(project: Path) -> list[Path]:
    return sorted((project / CACHE).glob("??/*.png"))


def summary(result) -> str:
    return next(m for m in result.messages if "cards rendered" in m)


def same_pixels(a: Path, b: Path) -> bool:
    with Image.open(a) as one, Image.open(b) as two:
        one.load()
        two.load()
        return one.size == two.size and ImageChops.difference(one, two).getbbox() is None


@pytest.mark.parametrize("damage", ["truncate", "empty", "random", "symlink"])
def test_a_damaged_entry_is_rendered_again_and_the_published_card_is_right(tmp_path, damage):
    first = build_site(tmp_path, files(), CONFIG)
    assert first.error is None, first.messages
    fresh = tmp_path / "fresh.png"
    fresh.write_bytes(card_of(first, "post-1").read_bytes())
    [entry] = [
        p for p in entries(tmp_path) if p.stat().st_ino == card_of(first, "post-1").stat().st_ino
    ]
    if damage == "truncate":
        entry.write_bytes(entry.read_bytes()[:100])
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "random":
        entry.write_bytes(os.urandom(5000))
    else:
        entry.unlink()
        entry.symlink_to("/etc/passwd")

    again = build_project(tmp_path, tmp_path / "site2")
    assert again.error is None, again.messages
    assert summary(again).startswith(
        "podium/cards: 1 cards rendered, 3 reused from the cache, 1 damaged cache entries replaced"
    )
    published = card_of(again, "post-1")
    assert not published.is_symlink()
    assert b"root:" not in published.read_bytes()
    assert same_pixels(published, fresh)
    assert published.read_bytes() == fresh.read_bytes()  # deterministic: same bytes too
    assert all(not p.is_symlink() for p in entries(tmp_path))
    assert Path("/etc/passwd").exists()  # the link went, never its target


def test_a_warm_build_links_cached_cards_instead_of_encoding_or_copying(tmp_path):
    first = build_site(tmp_path, files(), CONFIG)
    assert first.error is None
    warm = build_project(tmp_path, tmp_path / "site")
    assert summary(warm).startswith("podium/cards: 0 cards rendered, 4 reused from the cache")
    cached = {p.stat().st_ino for p in entries(tmp_path)}
    for slug in ("post-0", "post-1", "post-2"):
        published = card_of(warm, slug)
        assert published.stat().st_ino in cached  # a hard link to the cache entry
        with Image.open(published) as image:
            assert image.size == (1200, 630)


def test_serve_keeps_the_domain_of_site_url_and_reuses_the_cards(tmp_path, monkeypatch):
    first = build_site(tmp_path, files(), CONFIG)
    assert first.error is None
    # What ``mkdocs serve`` does before its first build: site_url becomes the dev server's.
    monkeypatch.chdir(tmp_path)
    config = load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "served"))
    config.plugins.on_startup(command="serve", dirty=False)
    config.site_url = "http://127.0.0.1:8000/"
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    plugin = config.plugins["podium/cards"]
    assert plugin.brand.domain == "hub.example.com"
    assert (plugin.last.rendered, plugin.last.reused) == (0, 4)


def test_cache_dir_inside_docs_is_refused_with_one_line(tmp_path):
    config = {
        "plugins": ["podium/articles", {"podium/cards": {"workers": 1, "cache_dir": "docs/c"}}]
    }
    result = build_site(tmp_path, files(1), config)
    [message] = [w for w in result.warnings() if "cache_dir" in w]
    assert message.startswith("cache_dir: ") and "is inside docs_dir" in message
    assert "\n" not in message and result.error is not None
    assert not (tmp_path / "docs/c").exists()


def test_cache_dir_holding_foreign_files_is_refused_and_left_alone(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    old = notes / "ab"
    old.mkdir()
    (old / "plan.md").write_text("mine")
    (notes / "todo.txt").write_text("mine too")
    config = {
        "plugins": ["podium/articles", {"podium/cards": {"workers": 1, "cache_dir": "notes"}}]
    }
    result = build_site(tmp_path, files(1), config)
    [message] = [w for w in result.warnings() if "cache_dir" in w]
    assert message.startswith("cache_dir: ") and "holds files Podium did not write" in message
    assert sorted(p.name for p in notes.rglob("*")) == ["ab", "plan.md", "todo.txt"]


def test_prune_leaves_foreign_files_and_only_removes_old_unused_cards(tmp_path):
    brand = load_brand({"site_name": "Jane", "domain": "jane.example"}, tmp_path)
    preset = parse_presets(OG_ONLY)[0]
    cache = tmp_path / "cache"
    kept = render_all([CardJob(CardSpec("article", "Kept", "kept"), preset)], brand, cache)
    gone = render_all([CardJob(CardSpec("article", "Gone", "gone"), preset)], brand, cache)
    shard = gone.cards[0].cache_path.parent
    foreign = [
        cache / "notes.md",
        shard / "readme.txt",
        shard / ("f" * 64 + ".txt"),
        shard / ("0" * 64 + ".backup.png"),
    ]
    for path in foreign:
        path.write_text("not a card")
    stale_temp = shard / f".{gone.cards[0].key}.{'0' * 32}.png.k3j2h1"
    stale_temp.write_bytes(b"half a card")
    long_ago = time.time() - 60 * 86400
    for path in [*foreign, stale_temp, kept.cards[0].cache_path, gone.cards[0].cache_path]:
        os.utime(path, (long_ago, long_ago))

    assert prune(cache, {kept.cards[0].key}, max_age_days=30) == 2
    assert kept.cards[0].cache_path.exists()
    assert not gone.cards[0].cache_path.exists() and not stale_temp.exists()
    assert all(path.read_text() == "not a card" for path in foreign)


def test_prune_does_nothing_where_podium_left_no_marker(tmp_path):
    brand = load_brand({"site_name": "Jane"}, tmp_path)
    cache = tmp_path / "cache"
    result = render_all(
        [CardJob(CardSpec("article", "Old", "old"), parse_presets(OG_ONLY)[0])], brand, cache
    )
    (cache / MARKER).unlink()
    os.utime(result.cards[0].cache_path, (0, 0))
    assert prune(cache, set(), max_age_days=1) == 0
    assert result.cards[0].cache_path.exists()


def test_claim_adopts_an_empty_folder_and_refuses_a_file(tmp_path):
    (tmp_path / "empty").mkdir()
    assert (claim(tmp_path / "empty") / MARKER).is_file()
    (tmp_path / "file").write_text("x")
    with pytest.raises(CacheError, match="is a file"):
        claim(tmp_path / "file")


def test_a_real_mkdocs_serve_reuses_the_cards_of_the_last_build(tmp_path):
    """The dev server's first build renders no card when a build already made them."""
    first = build_site(tmp_path, files(), CONFIG)
    assert first.error is None
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        env=podium_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = server.stderr.readline()
            if not line:
                break
            lines.append(line)
            if "Serving on" in line:
                break
    finally:
        server.terminate()
        server.wait(timeout=30)
    log = "".join(lines)
    assert "podium/cards: 0 cards rendered, 4 reused from the cache" in log, log
