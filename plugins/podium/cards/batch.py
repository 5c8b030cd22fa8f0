"""Render many cards through a cache, in parallel processes.

Processes, not threads: Pillow's text drawing holds the GIL. Workers write finished cards
straight into the cache (temp file + rename, see ``cache.py``), so only small records cross
process lines and an interrupted build never leaves a half-written card behind. Workers end
with their build: they exit when the build process dies (the parent-death signal on Linux,
polling elsewhere) and remove their temp file on the way out.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from podium.cards import cache
from podium.cards.alt import alt_text
from podium.cards.brand import Brand
from podium.cards.cache import Entry
from podium.cards.encode import MIME
from podium.cards.presets import Preset
from podium.cards.render import card_key, missing_glyphs, render
from podium.cards.spec import CardSpec
from podium.core.slugs import safe_path

Progress = Callable[[int, int], None]
IN_PROCESS_BELOW = 12  # starting worker processes (spawn) costs more than a few cards
PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_POLL_SECONDS = 1.0


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
    #: cache entries that failed verification (wrong bytes, a link, not an image): replaced
    replaced: int = 0


def _render_chunk(
    chunk: Sequence[tuple[CardJob, str]], brand: Brand, cache_dir: Path
) -> list[Entry]:
    entries = []
    for job, key in chunk:
        result = render(job.spec, job.preset, brand)
        entries.append(cache.store(cache_dir, key, result.data, result.ext))
    return entries


def _chunks(items: list, count: int) -> Iterable[list]:
    size = max(1, min(16, -(-len(items) // (count * 4))))
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _exit_on_signal(signum: int, frame: FrameType | None) -> None:
    # Not SystemExit: the pool's worker loop catches whatever a task raises and carries on.
    cache.discard_pending()
    os._exit(128 + signum)


def _die_with_parent(parent: int) -> None:
    """Pool initializer: this worker gets SIGTERM when the build process dies.

    A killed build (SIGKILL, or SIGTERM, whose default action skips Python's cleanup)
    cannot stop its workers itself. Linux delivers a chosen signal to a child whose parent
    dies (prctl PR_SET_PDEATHSIG; no library wraps it, hence ctypes); other systems poll
    the parent's id from a daemon thread.
    """
    signal.signal(signal.SIGTERM, _exit_on_signal)
    # Ctrl-C reaches the whole process group: the build cancels what is queued and lets
    # each worker finish its current card rather than half-write it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) == 0:
                if os.getppid() != parent:  # died before the signal was armed
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(PARENT_POLL_SECONDS)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, daemon=True).start()


def render_missing(
    todo: list[tuple[CardJob, str]],
    brand: Brand,
    cache_dir: Path,
    workers: int | None = None,
    progress: Progress | None = None,
) -> dict[str, Entry]:
    """Render the cards not in the cache yet, on all cores unless told otherwise."""
    workers = workers or os.cpu_count() or 1
    # Cards of one size and design in a row: they share a backdrop drawn once per process
    # (render._shared_base), so each worker's chunks should not cycle through every preset.
    todo = sorted(todo, key=lambda item: (item[0].preset.name, item[0].spec.layout))
    total = len(todo)
    made: dict[str, Entry] = {}

    def finish(entries: list[Entry]) -> None:
        made.update((entry.key, entry) for entry in entries)
        if progress:
            progress(len(made), total)

    if workers == 1 or total < IN_PROCESS_BELOW:
        for item in todo:
            finish(_render_chunk([item], brand, cache_dir))
        return made
    try:
        with ProcessPoolExecutor(
            min(workers, total),
            mp_context=_context(),
            initializer=_die_with_parent,
            initargs=(os.getpid(),),
        ) as pool:
            futures = [
                pool.submit(_render_chunk, chunk, brand, cache_dir)
                for chunk in _chunks(todo, workers)
            ]
            try:
                for future in as_completed(futures):
                    finish(future.result())
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)  # running chunks finish whole
                raise
    except BrokenProcessPool:
        # A worker could not start (e.g. a script without a __main__ guard under spawn):
        # finish in this process rather than fail the build.
        done, _ = cache.lookup(cache_dir, [key for _, key in todo])
        made.update(done)
        for item in todo:
            if item[1] not in made:
                finish(_render_chunk([item], brand, cache_dir))
    return made


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
    """Every job's card, from the cache when its inputs are unchanged, else rendered.

    ``cache_dir`` is claimed first (see ``cache.claim``): a folder holding other files is
    refused with ``cache.CacheError``.
    """
    cache_dir = cache.claim(Path(cache_dir))
    keys = [card_key(job.spec, job.preset, brand) for job in jobs]
    found, damaged = cache.lookup(cache_dir, keys)
    todo: dict[str, CardJob] = {}
    for job, key in zip(jobs, keys, strict=True):
        if key not in todo and key not in found:
            todo[key] = job
    missing_jobs = [(job, key) for key, job in todo.items()]
    found.update(render_missing(missing_jobs, brand, cache_dir, workers, progress))
    cards = []
    # A page has a card per preset with the same text: look its glyphs up once, not 5 times
    # (a quarter of a millisecond per card, which dominated warm builds' card bookkeeping).
    missing: dict[CardSpec, tuple[str, ...]] = {}
    for job, key in zip(jobs, keys, strict=True):
        entry = found[key]
        if job.spec not in missing:
            missing[job.spec] = missing_glyphs(job.spec, brand)
        name = f"{safe_path(job.spec.slug)}.{job.preset.name}.{entry.digest[:12]}.{entry.ext}"
        cards.append(
            CardFile(
                job=job,
                key=key,
                cache_path=entry.path,
                name=name,
                width=job.preset.width,
                height=job.preset.height,
                mime=MIME[entry.ext],
                alt=alt_text(job.spec, brand),
                missing=missing[job.spec],
            )
        )
    return BatchResult(
        tuple(cards), rendered=len(todo), reused=len(jobs) - len(todo), replaced=damaged
    )


def prune(
    cache_dir: Path, keep: Iterable[str], max_age_days: float, now: float | None = None
) -> int:
    """Delete unused cached cards older than ``max_age_days`` (see ``cache.prune``)."""
    return cache.prune(cache_dir, keep, max_age_days, now)
