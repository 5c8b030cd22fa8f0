"""Card workers end with their build: a real ``mkdocs build`` killed mid-render leaves no
worker process and no half-written file in the cache (Linux: read from /proc)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from cli_support import podium_env
from helpers import AUTHORS, BASE_CONFIG, article
from podium.cards.cache import ENTRY, TEMP

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(state, parent pid, start time) of a process, None when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()
    return fields[0], int(fields[1]), int(fields[19])


def children(parent: int) -> dict[int, int]:
    """Live children of ``parent``: pid -> start time (tells a reused pid apart)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            info = _stat(int(entry.name))
            if info and info[1] == parent and info[0] != "Z":
                found[int(entry.name)] = info[2]
    return found


def alive(pid: int, started: int) -> bool:
    info = _stat(pid)
    return info is not None and info[0] != "Z" and info[2] == started


def project(tmp_path: Path, count: int) -> Path:
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / ".authors.yml").write_text(AUTHORS)
    for i in range(count):
        text = article(f"A fairly long title for article number {i} of the hub", date="2026-03-01")
        (docs / "articles" / f"post-{i}.md").write_text(text)
    config = {
        **BASE_CONFIG,
        "plugins": ["podium/articles", {"podium/cards": {"workers": 2, "cache_max_age": 0}}],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    return tmp_path


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_killing_the_build_mid_render_leaves_no_worker_and_no_partial_file(tmp_path, how):
    root = project(tmp_path, 120)  # 120 pages x 5 presets: several seconds of rendering
    cache = root / ".cache/podium/cards"
    build = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "-q"],
        cwd=root,
        env=podium_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # the signal goes to the build only, not to a process group
    )
    workers: dict[int, int] = {}
    deadline = time.monotonic() + 90
    try:
        while time.monotonic() < deadline and build.poll() is None:
            workers.update(children(build.pid))
            if len(workers) >= 2 and any(ENTRY.match(p.name) for p in cache.glob("??/*")):
                break
            time.sleep(0.05)
        assert build.poll() is None, build.stderr.read().decode()[-2000:]
        assert len(workers) >= 2, "the build started its worker processes"
        build.send_signal(how)
        build.wait(timeout=60)
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
    left = {pid for pid, started in workers.items() if alive(pid, started)}
    deadline = time.monotonic() + 15
    while left and time.monotonic() < deadline:
        time.sleep(0.1)
        left = {pid for pid in left if alive(pid, workers[pid])}
    assert left == set(), f"workers outlived the build ({signal.Signals(how).name})"
    temp = [p.name for p in cache.rglob("*") if TEMP.match(p.name)]
    assert temp == []
    finished = [p for p in cache.glob("??/*") if ENTRY.match(p.name)]
    assert finished and len(finished) < 120 * 5  # really interrupted mid-render
