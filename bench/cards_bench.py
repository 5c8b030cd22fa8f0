"""Cards per second per core for the ``og`` preset (cold cache, article layout).

Usage: PYTHONPATH=plugins python bench/cards_bench.py [--cards 200] [--workers N]
Prints one line per measurement, then a machine-readable ``cards_per_second_per_core=…``
(cards per CPU-second of the workers, so a busy machine does not skew it).
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw
from podium.cards import CardJob, CardSpec, load_brand, parse_presets, render_all

WORDS = [
    "strategy",
    "board",
    "culture",
    "growth",
    "risk",
    "talent",
    "capital",
    "market",
    "customer",
    "trust",
    "leadership",
    "quarter",
    "decision",
    "execution",
    "focus",
    "signal",
    "resilience",
    "craft",
    "scale",
]


def _title(i: int) -> str:
    return " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(6 + i % 9)).capitalize()


def _photo(path: Path) -> Path:
    img = Image.new("RGB", (400, 400), (90, 110, 140))
    ImageDraw.Draw(img).ellipse((130, 70, 270, 230), fill=(224, 190, 160))
    img.save(path)
    return path


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the render workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=200)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    og = next(p for p in parse_presets(None) if p.name == "og")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        brand = load_brand(
            {
                "site_name": "Jane Doe",
                "domain": "janedoe.com",
                "avatar": str(_photo(root / "a.jpg")),
            },
            root,
        )
        jobs = [
            CardJob(
                CardSpec(
                    "article",
                    _title(i),
                    f"bench-{i}",
                    description=_title(i + 5) + ".",
                    author="Jane Doe",
                    date="3 March 2026",
                    eyebrow="Leadership",
                ),
                og,
            )
            for i in range(args.cards)
        ]
        for workers in sorted({1, args.workers}):
            cache = root / f"cache-{workers}"
            cpu_before = _cpu_seconds()
            start = time.perf_counter()
            result = render_all(jobs, brand, cache, workers=workers)
            cold = time.perf_counter() - start
            cpu = _cpu_seconds() - cpu_before
            start = time.perf_counter()
            warm_result = render_all(jobs, brand, cache, workers=workers)
            warm = time.perf_counter() - start
            rate = result.rendered / cold
            print(
                f"og cards: {result.rendered} cold in {cold:.2f}s wall with {workers} worker(s) = "
                f"{rate:.1f} cards/s, {rate / workers:.1f} cards/s/core; "
                f"{result.rendered / cpu:.1f} cards per CPU-second; "
                f"warm (cached, {warm_result.rendered} rendered) {warm:.2f}s"
            )
        # Per core = per CPU-second: unlike wall time, it does not drop when other
        # processes share the machine.
        print(f"cards_per_second_per_core={result.rendered / cpu:.2f}")


if __name__ == "__main__":
    main()
