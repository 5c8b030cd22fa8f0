"""Render many cards through a cache, in parallel processes.

Processes, not threads: Pillow's text drawing holds the GIL. Workers write finished cards
straight into the cache (temp file + rename), so only small records cross process lines and
an interrupted build never leaves a half-written card behind.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from podium.cards.alt import alt_text
from podium.cards.brand import Brand
from podium.cards.encode import MIME
from podium.cards.presets import Preset
from podium.cards.render import card_key, missing_glyphs, render
from podium.cards.spec import CardSpec
from podium.core.atomic import write_bytes_atomic
from podium.core.slugs import safe_path

Progress = Callable[[int, int], None]
EXTENSIONS = ("png", "jpg")
IN_PROCESS_BELOW = 12  # starting worker processes (spawn) costs more than a few cards


@dataclass(frozen=True)
class CardJob:
    spec: CardSpec
    preset: Preset


@dataclass(frozen=True)
class CardFile:
    """A finished card: ``name`` is its site-relative file name, with a content hash."""

    job: CardJob
    key: str
    cache_path: Path
    name: str
    width: int
    height: int
    mime: str
    alt: str
    missing: tuple[str, ...]


@dataclass(frozen=True)
class BatchResult:
    cards: tuple[CardFile, ...]
    rendered: int
    reused: int


def cached(cache_dir: Path, key: str) -> Path | None:
    for ext in EXTENSIONS:
        path = cache_dir / key[:2] / f"{key}.{ext}"
        if path.is_file():
            return path
    return None


def _render_chunk(chunk: Sequence[tuple[CardJob, str]], brand: Brand, cache_dir: Path) -> int:
    for job, key in chunk:
        result = render(job.spec, job.preset, brand)
        write_bytes_atomic(cache_dir / key[:2] / f"{key}.{result.ext}", result.data)
    return len(chunk)


def _chunks(items: list, count: int) -> Iterable[list]:
    size = max(1, min(16, -(-len(items) // (count * 4))))
    for start in range(0, len(items), size):
        yield items[start : start + size]


def render_missing(
    todo: list[tuple[CardJob, str]],
    brand: Brand,
    cache_dir: Path,
    workers: int | None = None,
    progress: Progress | None = None,
) -> None:
    """Render the cards not in the cache yet, on all cores unless told otherwise."""
    workers = workers or os.cpu_count() or 1
    # Cards of one size and design in a row: they share a backdrop drawn once per process
    # (render._shared_base), so each worker's chunks should not cycle through every preset.
    todo = sorted(todo, key=lambda item: (item[0].preset.name, item[0].spec.layout))
    total = len(todo)
    done = 0
    if workers == 1 or total < IN_PROCESS_BELOW:
        for item in todo:
            done += _render_chunk([item], brand, cache_dir)
            if progress:
                progress(done, total)
        return
    try:
        with ProcessPoolExecutor(min(workers, total), mp_context=_context()) as pool:
            futures = [
                pool.submit(_render_chunk, chunk, brand, cache_dir)
                for chunk in _chunks(todo, workers)
            ]
            try:
                for future in as_completed(futures):
                    done += future.result()
                    if progress:
                        progress(done, total)
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
    except BrokenProcessPool:
        # A worker could not start (e.g. a script without a __main__ guard under spawn):
        # finish in this process rather than fail the build.
        left = [item for item in todo if cached(cache_dir, item[1]) is None]
        done = total - len(left)
        for item in left:
            done += _render_chunk([item], brand, cache_dir)
            if progress:
                progress(done, total)


def _context() -> multiprocessing.context.BaseContext:
    """Fork when this process runs one thread: workers start at once and inherit warm caches.

    With other threads alive (``mkdocs serve`` runs a server and a file watcher) forking can
    deadlock on a lock held by another thread, so spawn fresh interpreters instead.
    """
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def render_all(
    jobs: Sequence[CardJob],
    brand: Brand,
    cache_dir: Path,
    *,
    workers: int | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Every job's card, from the cache when its inputs are unchanged, else rendered."""
    cache_dir = Path(cache_dir)
    keys = [card_key(job.spec, job.preset, brand) for job in jobs]
    todo: dict[str, CardJob] = {}
    for job, key in zip(jobs, keys, strict=True):
        if key not in todo and cached(cache_dir, key) is None:
            todo[key] = job
    render_missing([(job, key) for key, job in todo.items()], brand, cache_dir, workers, progress)
    cards = []
    # A page has a card per preset with the same text: look its glyphs up once, not 5 times
    # (a quarter of a millisecond per card, which dominated warm builds' card bookkeeping).
    missing: dict[CardSpec, tuple[str, ...]] = {}
    for job, key in zip(jobs, keys, strict=True):
        path = cached(cache_dir, key)
        assert path is not None, "rendered cards are in the cache"
        if job.spec not in missing:
            missing[job.spec] = missing_glyphs(job.spec, brand)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        ext = path.suffix[1:]
        name = f"{safe_path(job.spec.slug)}.{job.preset.name}.{digest}.{ext}"
        cards.append(
            CardFile(
                job=job,
                key=key,
                cache_path=path,
                name=name,
                width=job.preset.width,
                height=job.preset.height,
                mime=MIME[ext],
                alt=alt_text(job.spec, brand),
                missing=missing[job.spec],
            )
        )
    return BatchResult(tuple(cards), rendered=len(todo), reused=len(jobs) - len(todo))


def prune(
    cache_dir: Path, keep: Iterable[str], max_age_days: float, now: float | None = None
) -> int:
    """Delete cached cards this build did not use and that are older than ``max_age_days``.

    The age guard keeps cards that another configuration (or a draft switched off for a
    moment) used recently; the cache never grows without bound. Returns how many went.
    """
    cache_dir = Path(cache_dir)
    if max_age_days <= 0 or not cache_dir.is_dir():
        return 0
    wanted = set(keep)
    limit = (time.time() if now is None else now) - max_age_days * 86400
    removed = 0
    for path in cache_dir.glob("??/*.*"):
        key = path.name.split(".")[0]
        if key in wanted or path.name.startswith("."):
            continue
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except FileNotFoundError:  # pruned by a concurrent build
            continue
    return removed
