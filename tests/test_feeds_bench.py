"""bench/feeds_bench.py runs and reports what it measured (small sizes, to stay fast)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import feedparser
from helpers import article

ROOT = Path(__file__).resolve().parents[1]


def load_bench():
    spec = importlib.util.spec_from_file_location("feeds_bench", ROOT / "bench" / "feeds_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_run_reports_times_and_sizes(capsys) -> None:
    bench = load_bench()
    assert bench.main(["--articles", "12", "--repeat", "1", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == 12
    assert result["one_feed_all_items_seconds"] > 0
    assert result["one_feed_all_items_bytes"] > 12 * 3 * 1000
    # The synthetic input is a valid feed, or the timing would measure the wrong thing.
    items = bench.synthetic_items(3, 1)
    rendered = bench.render_feed(bench.spec("", None), items)
    assert feedparser.parse(rendered.rss).bozo == 0
    assert rendered.warnings == ()


def test_corpus_run_times_the_plugins_feed_set(tmp_path, capsys) -> None:
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / "highlights").mkdir()
    (docs / ".authors.yml").write_text("authors:\n  ada:\n    name: Ada\n", encoding="utf-8")
    for n, tags in enumerate((["ai"], ["ai", "ops"], ["ops"])):
        text = article(f"Post {n}", f"2026-01-0{n + 1}", tags=tags)
        (docs / "articles" / f"post-{n}.md").write_text(text, encoding="utf-8")
    highlight = "---\ndate: 2026-01-05\nlang: en\n---\n\nListen first.\n"
    (docs / "highlights" / "h.md").write_text(highlight, encoding="utf-8")
    bench = load_bench()
    assert bench.main(["--corpus", str(tmp_path), "--repeat", "1", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["articles"], result["highlights"]) == (3, 1)
    assert result["feeds"] == 1 + 1 + 1 + 2  # hub, articles, highlights, tags ai and ops
    assert result["feed_set_cpu_seconds"] > 0
