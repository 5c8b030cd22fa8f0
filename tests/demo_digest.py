"""The demo site's digest: one ``sha256  path`` line per built file, sorted.

A refactor must leave the demo's ``site/`` byte-identical; a change that alters output on
purpose regenerates the committed list and names itself in its commit:

    python tests/demo_digest.py --update

Without ``--update`` the script builds the demo and prints what differs from the list.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIGEST_FILE = ROOT / "tests" / "data" / "demo_site_digest.txt"
UPDATE_COMMAND = "python tests/demo_digest.py --update"
# The same fixed "now" as tests/conftest.py, so future-dated demo content is stable.
PODIUM_NOW = "2026-11-22T12:00:00+00:00"


def digest_lines(site: Path) -> list[str]:
    """``sha256  path`` for every file under ``site``, sorted by path."""
    return [
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(site).as_posix()}"
        for path in sorted(site.rglob("*"), key=lambda p: p.relative_to(site).as_posix())
        if path.is_file()
    ]


def read_committed() -> list[str]:
    if not DIGEST_FILE.exists():
        return []
    return DIGEST_FILE.read_text(encoding="utf-8").splitlines()


def differences(expected: list[str], actual: list[str]) -> list[str]:
    """Paths added, removed or changed between two digest lists, one line each, sorted."""
    before = {line.split("  ", 1)[1]: line.split("  ", 1)[0] for line in expected}
    after = {line.split("  ", 1)[1]: line.split("  ", 1)[0] for line in actual}
    changes = []
    for path in sorted(before.keys() | after.keys()):
        if path not in after:
            changes.append(f"removed  {path}")
        elif path not in before:
            changes.append(f"added    {path}")
        elif before[path] != after[path]:
            changes.append(f"changed  {path}")
    return changes


def failure_message(changes: list[str]) -> str:
    shown = changes[:40]
    more = [f"... and {len(changes) - len(shown)} more"] if len(changes) > len(shown) else []
    return "\n".join(
        [
            f"The demo site differs from {DIGEST_FILE.relative_to(ROOT)} "
            f"({len(changes)} paths). If the change is deliberate, regenerate it with:",
            f"    {UPDATE_COMMAND}",
            "and name the change in the commit message. Paths:",
            *shown,
            *more,
        ]
    )


def build_demo(site_dir: Path) -> None:
    """``mkdocs build --strict`` of the demo into ``site_dir`` with this checkout's code."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(ROOT / "plugins"), os.environ.get("PYTHONPATH")])
        ),
        "PODIUM_NOW": PODIUM_NOW,
        "NO_MKDOCS_2_WARNING": "1",
    }
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site_dir)]
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rewrite the committed list")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build_demo(site)
        actual = digest_lines(site)
    if args.update:
        DIGEST_FILE.parent.mkdir(parents=True, exist_ok=True)
        DIGEST_FILE.write_text("\n".join(actual) + "\n", encoding="utf-8")
        print(f"wrote {len(actual)} lines to {DIGEST_FILE.relative_to(ROOT)}")
        return 0
    changes = differences(read_committed(), actual)
    if changes:
        print(failure_message(changes))
        return 1
    print(f"demo site matches {DIGEST_FILE.relative_to(ROOT)} ({len(actual)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
