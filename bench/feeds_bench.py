"""Time the feed library on a synthetic hub: RSS + Atom + JSON Feed for N articles.

The input is built in memory from a seeded ``random.Random`` (no site build, no files), so
the figure is the feed library's own cost: cleaning and absolutising every body, then
three serialisations. Two scenarios are timed: one feed with every article in full (the
worst case: no item limit), and the plugin's usual set (hub capped at 50 items plus one
feed per tag), all with full content.

``--corpus DIR`` times the plugin's real feed set instead, on a generated hub corpus
(``bench/corpus.py --layout podium --out DIR``): the hub is loaded by the core, bodies are
rendered by Python-Markdown (untimed, as MkDocs does before feeds run), then every feed is
planned and written in three formats, as ``podium/feeds`` does in ``on_env``.

Usage: PYTHONPATH=plugins python bench/feeds_bench.py [--articles 500] [--repeat 5] [--json]
       PYTHONPATH=plugins python bench/feeds_bench.py --corpus bench/work/corpus [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

import markdown
from podium.core.hub import SiteInfo, build_hub
from podium.core.loader import load_content
from podium.core.settings import ContentSettings
from podium.feeds import FeedAuthor, FeedImage, FeedItem, FeedSpec, render_feed
from podium.feeds.hubfeeds import FeedSetOptions, ItemFactory, RenderedHtml, feed_spec, plan_feeds
from podium.feeds.prepare import clear_cache

SITE = "https://hub.example.com/"
WORDS = [
    "leadership",
    "strategy",
    "growth",
    "team",
    "culture",
    "market",
    "customer",
    "value",
    "trust",
    "decision",
    "board",
    "investor",
    "product",
    "platform",
    "data",
    "risk",
    "capital",
    "talent",
    "hiring",
    "innovation",
    "execution",
    "focus",
    "vision",
    "mission",
    "quarter",
    "revenue",
    "margin",
    "pricing",
    "partner",
    "network",
    "scale",
    "operations",
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "for",
    "with",
    "on",
    "by",
    "from",
    "is",
    "are",
    "was",
    "be",
    "it",
    "this",
    "that",
    "we",
    "our",
]
TAGS = [f"tag-{n}" for n in range(40)]


def paragraph(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return f"<p>{text.capitalize()}. <a href='../other-{rng.randint(1, 500)}/'>More</a>.</p>"


def synthetic_items(count: int, seed: int) -> list[FeedItem]:
    """``count`` articles of ~1,000 words each, with images, links, tags and authors."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    author = FeedAuthor("Ada Example", SITE + "about/")
    items = []
    for n in range(count):
        url = f"{SITE}articles/post-{n}/"
        body = "".join(paragraph(rng, 80) for _ in range(12))
        body += f'<p><img src="cover-{n}.png" srcset="cover-{n}.png 1x, cover-{n}@2x.png 2x"></p>'
        published = start + timedelta(hours=rng.randint(0, 24 * 700))
        items.append(
            FeedItem(
                id=url,
                url=url,
                title=" ".join(rng.choice(WORDS) for _ in range(7)).capitalize(),
                published=published,
                updated=published + timedelta(days=rng.choice((0, 0, 3))),
                content_html=body,
                summary=" ".join(rng.choice(WORDS) for _ in range(30)),
                authors=(author,),
                categories=(rng.choice(("Strategy", "Culture", "Markets")),),
                tags=tuple(sorted(rng.sample(TAGS, 3))),
                image=FeedImage(f"/cards/post-{n}.png", width=1200, height=630, length=60_000),
                language="en",
            )
        )
    return items


def spec(path: str, limit: int | None) -> FeedSpec:
    return FeedSpec(
        title=f"Hub {path}",
        home_page_url=SITE + path,
        rss_url=f"{SITE}{path}feed.xml",
        atom_url=f"{SITE}{path}atom.xml",
        json_url=f"{SITE}{path}feed.json",
        language="en",
        authors=(FeedAuthor("Ada Example"),),
        limit=limit,
    )


def one_feed_all_items(items: list[FeedItem]) -> int:
    rendered = render_feed(spec("", None), items)
    return len(rendered.rss) + len(rendered.atom) + len(rendered.json)


def usual_feed_set(items: list[FeedItem]) -> int:
    total = 0
    rendered = render_feed(spec("", 50), items)
    total += len(rendered.rss) + len(rendered.atom) + len(rendered.json)
    for tag in TAGS:
        tagged = [item for item in items if tag in item.tags]
        rendered = render_feed(replace(spec(f"articles/tag/{tag}/", 50)), tagged)
        total += len(rendered.rss) + len(rendered.atom) + len(rendered.json)
    return total


def timed(function, items: list[FeedItem], repeat: int) -> tuple[float, float, int]:
    """Median wall and CPU seconds of ``repeat`` cold runs (CPU time is steadier on a busy
    machine), and the bytes written."""
    walls, cpus = [], []
    size = 0
    for _ in range(repeat):
        clear_cache()  # each repeat is a fresh build: nothing prepared yet
        wall, cpu = time.perf_counter(), time.process_time()
        size = function(items)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), size


def corpus_feed_set(docs: Path, repeat: int) -> dict[str, object]:
    """Time the plugin's whole feed set for the hub in ``docs`` (see the module docstring)."""
    settings = ContentSettings(docs_dir=docs)
    hub, _ = build_hub(load_content(settings), settings, SiteInfo("Bench", SITE))
    entries = (*hub.articles, *hub.highlights)
    converter = markdown.Markdown(extensions=["attr_list", "footnotes", "tables", "toc"])
    rendered: dict[str, RenderedHtml] = {}
    for entry in entries:
        html = converter.reset().convert(entry.body)
        excerpt = converter.reset().convert(getattr(entry, "excerpt", "") or entry.body[:500])
        rendered[entry.source] = RenderedHtml(html, excerpt, entry.url)
    options = FeedSetOptions()

    def run() -> int:
        factory = ItemFactory(hub, "full", lambda e: rendered.get(e.source), lambda e: None)
        total = 0
        plans = plan_feeds(hub, options)
        for plan in plans:
            feed = render_feed(
                feed_spec(plan, hub, options), [factory.item(e) for e in plan.entries]
            )
            total += len(feed.rss) + len(feed.atom) + len(feed.json)
        return total

    wall, cpu, size = timed(lambda _: run(), [], repeat)
    return {
        "corpus": str(docs),
        "articles": len(hub.articles),
        "highlights": len(hub.highlights),
        "feeds": len(plan_feeds(hub, options)),
        "feed_set_seconds": round(wall, 4),
        "feed_set_cpu_seconds": round(cpu, 4),
        "feed_set_bytes": size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--corpus", type=Path, help="a corpus folder (holding docs/)")
    args = parser.parse_args(argv)

    if args.corpus is not None:
        docs = args.corpus / "docs" if (args.corpus / "docs").is_dir() else args.corpus
        result = corpus_feed_set(docs, args.repeat)
        if args.json:
            print(json.dumps(result, sort_keys=True))
        else:
            print(
                f"feeds: {result['feeds']} feeds (x3 formats) for {result['articles']} articles"
                f" and {result['highlights']} highlights, median of {args.repeat}:"
                f" {result['feed_set_seconds'] * 1000:.1f} ms wall,"
                f" {result['feed_set_cpu_seconds'] * 1000:.1f} ms CPU"
                f" ({result['feed_set_bytes'] / 1e6:.1f} MB)"
            )
        return 0

    items = synthetic_items(args.articles, args.seed)
    all_seconds, all_cpu, all_bytes = timed(one_feed_all_items, items, args.repeat)
    set_seconds, set_cpu, set_bytes = timed(usual_feed_set, items, args.repeat)
    result = {
        "articles": args.articles,
        "repeat": args.repeat,
        "one_feed_all_items_seconds": round(all_seconds, 4),
        "one_feed_all_items_cpu_seconds": round(all_cpu, 4),
        "one_feed_all_items_bytes": all_bytes,
        "hub_plus_tag_feeds": 1 + len(TAGS),
        "hub_plus_tag_feeds_seconds": round(set_seconds, 4),
        "hub_plus_tag_feeds_cpu_seconds": round(set_cpu, 4),
        "hub_plus_tag_feeds_bytes": set_bytes,
    }
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        print(
            f"feeds: {args.articles} articles, full content, median of {args.repeat}\n"
            f"  one feed with every item (rss+atom+json): {all_seconds * 1000:8.1f} ms wall"
            f" {all_cpu * 1000:8.1f} ms CPU  ({all_bytes / 1e6:.1f} MB)\n"
            f"  hub (50) + {len(TAGS)} tag feeds (50 each):  {set_seconds * 1000:8.1f} ms wall"
            f" {set_cpu * 1000:8.1f} ms CPU  ({set_bytes / 1e6:.1f} MB)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
