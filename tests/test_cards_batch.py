"""Batch rendering: cache hits, content-hashed names, parallel workers, atomic files."""

import hashlib
import os
import re
import time
from pathlib import Path

import pytest
from PIL import Image
from podium.cards import CardError, CardJob, CardSpec, load_brand, parse_presets, render_all
from podium.cards.batch import IN_PROCESS_BELOW, prune

PRESETS = parse_presets({"x": True, "square": False, "portrait": False, "story": False})


def jobs_for(titles, presets=PRESETS):
    return [
        CardJob(CardSpec("article", title, f"articles/post-{i}", author="Jane Doe"), preset)
        for i, title in enumerate(titles)
        for preset in presets
    ]


@pytest.fixture
def brand(tmp_path):
    return load_brand({"site_name": "Jane Doe", "domain": "janedoe.com"}, tmp_path)


def all_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def stray_files(cache: Path) -> list[Path]:
    """Anything in the cache but the marker and finished cards: temp files."""
    card = re.compile(r"^([0-9a-f]{2})/\1[0-9a-f]{62}\.[0-9a-f]{32}\.(png|jpg)$")
    return [
        p
        for p in all_files(cache)
        if p.name != "CACHEDIR.TAG" and not card.match(p.relative_to(cache).as_posix())
    ]


def test_second_run_renders_nothing_and_returns_the_same_files(tmp_path, brand):
    cache = tmp_path / "cache"
    jobs = jobs_for(["First", "Second"])
    first = render_all(jobs, brand, cache, workers=1)
    assert (first.rendered, first.reused) == (4, 0)
    again = render_all(jobs, brand, cache, workers=1)
    assert (again.rendered, again.reused) == (0, 4)
    assert [c.name for c in again.cards] == [c.name for c in first.cards]


def test_changing_one_page_rerenders_only_its_cards(tmp_path, brand):
    cache = tmp_path / "cache"
    before = render_all(jobs_for(["First", "Second"]), brand, cache, workers=1)
    after = render_all(jobs_for(["First", "Second, revised"]), brand, cache, workers=1)
    assert (after.rendered, after.reused) == (2, 2)
    assert [c.name for c in after.cards[:2]] == [c.name for c in before.cards[:2]]
    assert after.cards[2].name != before.cards[2].name  # new bytes, new URL


def test_brand_change_invalidates_every_card(tmp_path, brand):
    cache = tmp_path / "cache"
    render_all(jobs_for(["First"]), brand, cache, workers=1)
    recoloured = load_brand({"site_name": "Jane Doe", "colors": {"accent": "#2a9d8f"}}, tmp_path)
    assert render_all(jobs_for(["First"]), recoloured, cache, workers=1).rendered == 2


def test_file_names_carry_the_content_hash(tmp_path, brand):
    result = render_all(jobs_for(["Hello"]), brand, tmp_path / "cache", workers=1)
    for card in result.cards:
        data = card.cache_path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()[:12]
        assert card.name == f"articles/post-0.{card.job.preset.name}.{digest}.png"
        assert card.mime == "image/png"
        with Image.open(card.cache_path) as img:
            assert img.size == (card.width, card.height)
        assert card.alt.startswith("Hello")


def test_parallel_workers_give_the_same_bytes_as_one_process(tmp_path, brand):
    jobs = jobs_for([f"Title number {i}" for i in range(7)])
    seen = []
    parallel = render_all(
        jobs, brand, tmp_path / "a", workers=2, progress=lambda d, t: seen.append((d, t))
    )
    serial = render_all(jobs, brand, tmp_path / "b", workers=1)
    assert len(jobs) >= IN_PROCESS_BELOW  # really through the process pool
    assert parallel.rendered == 14
    assert [c.name for c in parallel.cards] == [c.name for c in serial.cards]
    assert seen[-1] == (14, 14) and all(t == 14 for _, t in seen)
    assert stray_files(tmp_path / "a") == [] and stray_files(tmp_path / "b") == []
    assert len(all_files(tmp_path / "a")) == 14 + 1  # and the cache marker


def test_identical_cards_render_once(tmp_path, brand):
    jobs = jobs_for(["Same"]) + jobs_for(["Same"])
    assert render_all(jobs, brand, tmp_path / "cache", workers=1).rendered == 2


def test_worker_error_surfaces_with_the_page_and_leaves_no_file(tmp_path, brand):
    (tmp_path / "bad.jpg").write_text("not a picture")
    bad = CardSpec("article", "Bad", "bad", background=tmp_path / "bad.jpg", source="a/bad.md")
    jobs = [*jobs_for([f"Card {i}" for i in range(7)]), CardJob(bad, PRESETS[0])]
    with pytest.raises(CardError) as error:
        render_all(jobs, brand, tmp_path / "cache", workers=2)
    assert error.value.where == "a/bad.md: cards.background"
    assert stray_files(tmp_path / "cache") == []


def test_missing_glyphs_are_listed_per_card(tmp_path, brand):
    spec = CardSpec("article", "Hello 世界", "cjk")
    result = render_all([CardJob(spec, PRESETS[0])], brand, tmp_path / "cache", workers=1)
    assert result.cards[0].missing == ("世", "界")


def test_prune_removes_only_old_unused_cards(tmp_path, brand):
    cache = tmp_path / "cache"
    used = render_all(jobs_for(["Kept"]), brand, cache, workers=1)
    gone = render_all(jobs_for(["Old and unused"]), brand, cache, workers=1)
    fresh = render_all(jobs_for(["Recent and unused"]), brand, cache, workers=1)
    long_ago = time.time() - 60 * 86400
    for card in (*used.cards, *gone.cards):
        os.utime(card.cache_path, (long_ago, long_ago))
    removed = prune(cache, {card.key for card in used.cards}, max_age_days=30)
    assert removed == 2
    assert all(card.cache_path.exists() for card in (*used.cards, *fresh.cards))
    assert not any(card.cache_path.exists() for card in gone.cards)
    assert prune(cache, set(), max_age_days=0) == 0  # 0 keeps everything


def test_workers_are_spawned_while_other_threads_run(tmp_path, brand):
    """Under mkdocs serve (server threads alive) forking is unsafe: spawn must work too."""
    import threading

    from podium.cards.batch import _context

    assert _context().get_start_method() in ("fork", "spawn")
    stop = threading.Event()
    server = threading.Thread(target=stop.wait)
    server.start()
    try:
        assert _context().get_start_method() == "spawn"
        jobs = jobs_for([f"Served {i}" for i in range(6)])
        result = render_all(jobs, brand, tmp_path / "cache", workers=2)
    finally:
        stop.set()
        server.join()
    serial = render_all(jobs, brand, tmp_path / "serial", workers=1)
    assert result.rendered == 12
    assert [c.name for c in result.cards] == [c.name for c in serial.cards]
