"""Profile one build of a benchmark stack and say where the time goes, package by package.

Runs `python -m cProfile -o build.prof -m mkdocs build -q` on a generated corpus (same folders
and settings as run.py), then sums the profile's own-time per package (Podium, MkDocs,
Material, Python-Markdown, Jinja2, Pillow, ...). C functions (builtins) are charged to the
package of the Python function that called them, so Pillow's drawing or `re` matching counts
for whoever asked for it.

cProfile sees the main thread only: work a plugin runs in a thread pool or in worker processes
is visible as the time the main thread spends waiting for it.

Usage: python bench/profile_build.py --articles 500 [--stack podium] [--warm] [--top 30]
"""

from __future__ import annotations

import argparse
import pstats
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import run  # bench/run.py: same corpus, configs and environment

OWNERS = (
    ("/podium/", "Podium"),
    ("/material/", "Material for MkDocs"),
    ("/mkdocs_rss_plugin/", "mkdocs-rss-plugin"),
    ("/mkdocs/", "MkDocs"),
    ("/markdown/", "Python-Markdown"),
    ("/pymdownx/", "pymdown-extensions"),
    ("/jinja2/", "Jinja2"),
    ("/markupsafe/", "Jinja2"),
    ("/PIL/", "Pillow"),
    ("/cairosvg/", "CairoSVG"),
    ("/feedgen/", "feedgen"),
    ("/lxml/", "lxml"),
    ("/yaml/", "PyYAML"),
    ("/babel/", "Babel"),
    ("/bs4/", "BeautifulSoup"),
)


def owner(filename: str) -> str:
    for marker, name in OWNERS:
        if marker in filename:
            return name
    if filename.startswith("~") or filename == "<built-in>":
        return "builtins"
    return "Python stdlib/other"


def label(func: tuple[str, int, str]) -> str:
    filename, line, name = func
    if filename == "~":
        return name
    short = filename
    for marker in ("site-packages/", "plugins/", "lib/python3"):
        if marker in filename:
            short = filename.split(marker, 1)[1]
            break
    return f"{short}:{line} {name}"


WAITING = ("acquire' of '_thread.lock", "posix.waitpid", "select.poll", "select.select")
HELPERS = ("builtins", "Python stdlib/other")


def by_owner(stats: pstats.Stats) -> dict[str, float]:
    """Own time per package. Time in C builtins and the stdlib goes to the packages that
    called them (pro rata by calls, through stdlib chains); time blocked on locks or child
    processes is its own line: it is work done elsewhere (worker threads or processes)."""
    memo: dict[tuple, dict[str, float]] = {}

    def shares(func: tuple, path: frozenset) -> dict[str, float]:
        if func in memo:
            return memo[func]
        who = owner(func[0])
        callers = stats.stats[func][4] if func in stats.stats else {}
        if func[0] == "~" and any(w in func[2] for w in WAITING):
            result = {"waiting for threads/processes": 1.0}
        elif who not in HELPERS or not callers or func in path or len(path) > 20:
            result = {who: 1.0}
        else:
            result: dict[str, float] = defaultdict(float)
            total = sum(c[1] for c in callers.values()) or 1
            for caller, (_cc, ncalls, _tt, _ct) in callers.items():
                for name, part in shares(caller, path | {func}).items():
                    result[name] += part * ncalls / total
            result = dict(result)
        memo[func] = result  # cycles are cut where first met: good enough for a summary
        return result

    totals: dict[str, float] = defaultdict(float)
    for func, (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():
        for name, part in shares(func, frozenset()).items():
            totals[name] += tottime * part
    return dict(totals)


def events(stats: pstats.Stats) -> list[tuple[float, str]]:
    """Cumulative time of every plugin event handler and of MkDocs' own build steps."""
    steps = {"_populate_page", "_build_page", "get_files", "_build_theme_template", "build"}
    rows = []
    for func, (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        filename, _line, name = func
        plugin_event = name.startswith("on_") and any(
            m in filename for m in ("/podium/mkdocs/", "/material/plugins/", "/mkdocs_rss_plugin/")
        )
        mkdocs_step = filename.endswith("mkdocs/commands/build.py") and name in steps
        if plugin_event or mkdocs_step:
            rows.append((ct, label(func)))
    return sorted(rows, reverse=True)


def summarize(prof: Path, top: int) -> str:
    stats = pstats.Stats(str(prof))
    total = stats.total_tt
    lines = [
        f"Total profiled time (main thread): {total:.2f} s",
        "",
        "| package | own time s | share |",
        "|---|---:|---:|",
    ]
    for who, seconds in sorted(by_owner(stats).items(), key=lambda kv: -kv[1]):
        lines.append(f"| {who} | {seconds:.2f} | {seconds / total:.0%} |")
    lines += ["", "MkDocs build steps and plugin event handlers (cumulative):", ""]
    lines += ["| cum s | function |", "|---:|---|"]
    lines += [f"| {ct:.2f} | `{name}` |" for ct, name in events(stats) if ct >= 0.01]
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]
    lines += ["", f"Top {top} functions by own time:", "", "| own s | cum s | calls | function |"]
    lines.append("|---:|---:|---:|---|")
    for func, (_cc, nc, tt, ct, _callers) in rows:
        lines.append(f"| {tt:.2f} | {ct:.2f} | {nc} | `{label(func)}` |")
    files: dict[str, float] = defaultdict(float)
    for func, (_cc, _nc, tt, _ct, _callers) in stats.stats.items():
        if func[0] != "~":
            files[label((func[0], 0, "")).rsplit(":", 1)[0]] += tt
    lines += ["", f"Top {top} source files (templates included) by own time:", ""]
    lines += ["| own s | file |", "|---:|---|"]
    for name, seconds in sorted(files.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"| {seconds:.2f} | `{name}` |")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][3])
    podium_rows = [r for r in rows if owner(r[0][0]) == "Podium"][:top]
    lines += ["", f"Top {top} Podium functions by cumulative time (a Jinja template's"]
    lines += [
        "generated functions are counted once per yield, so their calls and cum are inflated):"
    ]
    lines += [""]
    lines += ["| cum s | own s | calls | function |", "|---:|---:|---:|---|"]
    for func, (_cc, nc, tt, ct, _callers) in podium_rows:
        lines.append(f"| {ct:.2f} | {tt:.2f} | {nc} | `{label(func)}` |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--stack", choices=list(run.STACKS), default="podium")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--warm", action="store_true", help="profile the second build")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--work", type=Path, default=run.BENCH_DIR / "work")
    parser.add_argument(
        "--cards-in-process",
        action="store_true",
        help="podium/cards workers: 1, so cProfile sees card rendering (it runs in-process)",
    )
    parser.add_argument("--summarize", type=Path, help="only summarise an existing .prof")
    args = parser.parse_args(argv)
    if args.summarize:
        print(summarize(args.summarize, args.top))
        return 0

    config, notes = run.stack_config(args.stack)
    for note in notes:
        print(f"{args.stack}: {note}", file=sys.stderr)
    if config is None:
        return 1
    if args.cards_in_process:
        config["plugins"] = [
            {"podium/cards": {**p["podium/cards"], "workers": 1}}
            if isinstance(p, dict) and "podium/cards" in p
            else p
            for p in config["plugins"]
        ]
    corpus_dir = args.work / f"profile-n{args.articles}" / "corpus"
    shutil.rmtree(corpus_dir, ignore_errors=True)
    info = run.corpus.generate(corpus_dir, args.articles, args.seed, "material")
    folder = args.work / f"profile-n{args.articles}" / args.stack
    run.prepare(folder, info.root / "docs", args.stack, config)
    env = run.build_env()
    build = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml"]
    if args.warm:
        subprocess.run(build, cwd=folder, env=env, check=True)
    prof = folder / "build.prof"
    cmd = [sys.executable, "-m", "cProfile", "-o", str(prof), *build[1:]]
    subprocess.run(cmd, cwd=folder, env=env, check=True)
    phase = "warm" if args.warm else "cold"
    print(f"## {args.stack}, N = {args.articles}, {phase} build\n")
    print(summarize(prof, args.top))
    print(f"\nprofile: {prof}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
