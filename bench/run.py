"""Benchmark Podium against the Material for MkDocs stack on the same generated hub.

Stacks (each built in its own folder, from its own copy of the corpus, in a subprocess):

- floor: plain MkDocs + Material theme (search only), no blog plugins;
- material-nocards: Material's `blog` + `tags` + mkdocs-rss-plugin;
- material: the same + Material's `social` plugin (one card per page);
- podium-nocards: every Podium plugin except cards;
- podium: every Podium plugin, default configuration.

Phases per stack: cold (fresh folder: no caches, no site), warm (the same build again, nothing
changed), edit (one article's title and body changed, then rebuilt). Each build runs as
`python -m mkdocs build -q -f mkdocs.yml`; wall time from a monotonic clock, CPU time
(user + sys of the build and every process it waited for) and peak RSS from `os.wait4`, plus a
sampler of the whole process tree's RSS (so a build that forks workers is not under-reported).

Usage (from the repo root): python bench/run.py [--sizes 100 500] [--stacks ...]
Results: printed as Markdown and written to bench/results/<date>-<N>.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import html
import importlib.metadata as md
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
sys.path.insert(0, str(REPO / "plugins"))  # this checkout's podium wins over an installed one
sys.path.insert(0, str(BENCH_DIR))

import corpus  # noqa: E402  (path set above)

SITE_URL = "https://hub.example.com/"
SITE_NAME = "Amelia Chen"
# Fixed clock for every build: sitemaps, feeds and "future" checks must not depend on today.
FIXED_NOW = dt.datetime(2026, 7, 1, tzinfo=dt.UTC)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".gif"}

STACKS: dict[str, str] = {
    "floor": "plain MkDocs + Material theme, no blog plugins",
    "material-nocards": "Material blog + tags + mkdocs-rss-plugin, no social cards",
    "material": "Material blog + tags + mkdocs-rss-plugin + social cards",
    "podium-nocards": "Podium, every plugin except cards",
    "podium-og": "Podium, every plugin, cards in the 1200x630 `og` preset only",
    "podium": "Podium, every plugin, default configuration (og card for every page, every "
    "preset for promoted pages)",
}

# Podium plugins and the options the benchmark wants. Options a plugin does not declare are
# dropped (and reported), so the benchmark keeps running while plugins are being written.
PODIUM_PLUGINS: dict[str, dict] = {
    "podium/articles": {"articles_dir": "blog/posts"},
    "podium/highlights": {},
    "podium/cards": {},  # presets: every built-in one, filled in by all_card_presets()
    "podium/feeds": {},
    "podium/share": {},
    "podium/meta": {},
    "podium/profile": {},
}

# Where Material's social plugin looks for a font family: <cache_dir>/fonts/<Family>/<Style>.ttf
# (see material/plugins/social/plugin.py, `_resolve_font`). Pre-seeding it means the plugin
# never downloads from Google Fonts. DejaVu ships with Debian's fonts-dejavu-core.
SOCIAL_FONT_FAMILY = "DejaVu Sans"
SOCIAL_FONT_FILES = {
    "Regular": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}


# --------------------------------------------------------------------------- measuring


@dataclasses.dataclass
class Build:
    """One measured `mkdocs build`."""

    ok: bool
    wall: float
    cpu: float
    rss_mib: float  # peak: max(largest single process, sampled process-tree sum)
    warnings: int
    log: Path

    @property
    def failed(self) -> bool:
        return not self.ok


def _tree_rss_kib(root: int) -> int:
    """Sum of VmRSS over `root` and its descendants, read from /proc."""
    total, stack, seen = 0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
                    break
            for task in Path(f"/proc/{pid}/task").iterdir():
                children = (task / "children").read_text().split()
                stack.extend(int(c) for c in children)
        except (OSError, ValueError):
            continue
    return total


def measure_build(folder: Path, env: dict[str, str], log: Path) -> Build:
    """Run one build in a child process and measure it (never raises on a failed build)."""
    peak = [0]
    done = threading.Event()
    with log.open("wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml"],
            cwd=folder,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )

        def sample() -> None:
            while not done.wait(0.1):
                peak[0] = max(peak[0], _tree_rss_kib(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
    text = log.read_text(encoding="utf-8", errors="replace")
    warnings = sum(1 for line in text.splitlines() if "WARNING" in line or "ERROR" in line)
    return Build(
        ok=proc.returncode == 0,
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        rss_mib=max(usage.ru_maxrss, peak[0]) / 1024,
        warnings=warnings,
        log=log,
    )


def median_build(builds: list[Build]) -> Build:
    """The build with the median wall time (all figures from one real build)."""
    ordered = sorted(builds, key=lambda b: b.wall)
    return ordered[(len(ordered) - 1) // 2]


# --------------------------------------------------------------------------- site analysis


def hash_tree(site: Path) -> dict[str, str]:
    if not site.is_dir():
        return {}
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def theme_files() -> set[str]:
    """Files the Material theme itself copies into every site (favicon, logos ...)."""
    import material

    root = Path(material.__file__).parent / "templates"
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def is_feed(path: Path) -> bool:
    """RSS 2.0 / Atom by root element, JSON Feed by its version URL."""
    try:
        if path.suffix == ".xml":
            tag = ET.parse(path).getroot().tag
            return tag == "rss" or tag.endswith("}feed") or tag == "feed"
        if path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            return isinstance(data, dict) and str(data.get("version", "")).startswith(
                "https://jsonfeed.org/version/"
            )
    except (ET.ParseError, ValueError, OSError):
        return False
    return False


@dataclasses.dataclass
class Counts:
    pages: int
    cards: int
    feeds: int


def count_outputs(site: Path, docs: Path, theme: set[str]) -> Counts:
    pages = cards = feeds = 0
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        rel = path.relative_to(site).as_posix()
        if path.suffix == ".html" and rel != "404.html":
            pages += 1
        elif path.suffix.lower() in IMAGE_SUFFIXES:
            if not (docs / rel).exists() and rel not in theme:
                cards += 1
        elif path.suffix in (".xml", ".json") and is_feed(path):
            feeds += 1
    return Counts(pages, cards, feeds)


@dataclasses.dataclass
class EditReport:
    changed: list[str]
    own_cards: list[str]
    other_cards: list[str]
    listing_pages: list[str]
    other_pages: list[str]
    feeds: list[str]
    other_files: list[str]

    @property
    def unexpected(self) -> list[str]:
        return self.other_cards + self.other_pages

    def summary(self) -> str:
        return (
            f"{len(self.changed)} files: {len(self.own_cards)} own cards, "
            f"{len(self.listing_pages)} pages listing it, {len(self.feeds)} feeds, "
            f"{len(self.other_files)} other ({', '.join(self.other_files[:4]) or '-'}); "
            f"unexpected: {len(self.unexpected)}"
        )


def classify_edit(
    site: Path, before: dict[str, str], after: dict[str, str], old_site: Path, needles: list[str]
) -> EditReport:
    """Sort the files an edit changed into expected (its own cards, pages/feeds listing it)
    and unexpected ones. `old_site` holds a copy of the pre-edit HTML for the listing check."""
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    report = EditReport(changed, [], [], [], [], [], [])
    slug = needles[0]
    for rel in changed:
        suffix = Path(rel).suffix.lower()
        texts = []
        for base in (old_site, site):
            p = base / rel
            if p.is_file() and suffix in (".html", ".xml", ".json"):
                texts.append(p.read_text(encoding="utf-8", errors="replace"))
        mentions = any(n in t for t in texts for n in needles)
        if suffix in IMAGE_SUFFIXES:
            (report.own_cards if slug in rel else report.other_cards).append(rel)
        elif suffix == ".html":
            (report.listing_pages if mentions else report.other_pages).append(rel)
        elif any(is_feed(base / rel) for base in (old_site, site) if (base / rel).is_file()):
            (report.feeds if mentions else report.other_pages).append(rel)
        else:
            report.other_files.append(rel)
    return report


def edit_article(docs: Path, article: corpus.ArticleInfo) -> list[str]:
    """Change one article's title and add a paragraph; returns strings that identify it."""
    path = docs / article.path
    text = path.read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    meta = yaml.safe_load(head)
    # A prefix, not a suffix: card layouts cut long titles with an ellipsis at the end.
    new_title = f"Revised: {meta['title']}"
    meta["title"] = new_title
    body = body.rstrip("\n") + "\n\nEdited for the benchmark: one more paragraph at the end.\n"
    dumped = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(f"---\n{dumped}---\n{body}", encoding="utf-8")
    return [article.slug, html.escape(article.title), html.escape(new_title)]


# --------------------------------------------------------------------------- stacks


def base_config() -> dict:
    return {
        "site_name": SITE_NAME,
        "site_url": SITE_URL,
        "theme": {"name": "material", "language": "en"},
        # The same small navigation for every stack: articles and highlights are reached
        # through listings, not a sidebar with thousands of entries.
        "nav": [{"Home": "index.md"}, {"Blog": ["blog/index.md"]}, {"About": "about.md"}],
        "not_in_nav": "/blog/posts/\n/highlights/\n",
    }


def material_config(cards: bool) -> dict:
    config = base_config()
    plugins: list = [
        "search",
        {"blog": {"authors_file": ".authors.yml", "authors_profiles": True}},
        "tags",
        {
            "rss": {
                "match_path": "blog/posts/.*",
                "use_git": False,
                "date_from_meta": {"as_creation": "date.created", "as_update": "date.updated"},
            }
        },
    ]
    if cards:
        plugins.append({"social": {"cards_layout_options": {"font_family": SOCIAL_FONT_FAMILY}}})
    config["plugins"] = plugins
    config["hooks"] = [str(BENCH_DIR / "rss_dates_hook.py")]
    return config


def seed_social_fonts(folder: Path) -> None:
    """Put a local font where Material's social plugin caches Google Fonts downloads."""
    target = folder / ".cache" / "plugin" / "social" / "fonts" / SOCIAL_FONT_FAMILY
    target.mkdir(parents=True, exist_ok=True)
    for style, source in SOCIAL_FONT_FILES.items():
        if not Path(source).is_file():
            raise SystemExit(
                f"{source}: missing; install Debian's fonts-dejavu-core or pass "
                f"--social-font-{style.lower()} PATH"
            )
        shutil.copyfile(source, target / f"{style}.ttf")


def card_presets(only: str | None = None) -> dict[str, bool]:
    """`{name: true}` for every built-in card preset (explicit, whatever the defaults), or
    just `only` on and the others off."""
    try:
        from podium.cards import DEFAULT_PRESETS
    except ImportError:
        return {}
    return {name: only is None or name == only for name in sorted(DEFAULT_PRESETS)}


def podium_plugins(with_cards: bool, only_preset: str | None = None) -> tuple[list, list[str]]:
    """Podium plugin entries that load, and notes about what was skipped or dropped."""
    entry_points = {ep.name: ep for ep in md.entry_points(group="mkdocs.plugins")}
    plugins: list = []
    notes: list[str] = []
    for name, wanted in PODIUM_PLUGINS.items():
        if name == "podium/cards" and not with_cards:
            continue
        ep = entry_points.get(name)
        try:
            if ep is None:
                raise LookupError("no entry point")
            plugin_class = ep.load()
            known = {key for key, _ in plugin_class().config_scheme}
        except Exception as error:  # any import/instantiation failure means "not there yet"
            notes.append(f"skipped {name}: {type(error).__name__}: {error}")
            continue
        if name == "podium/cards" and only_preset and card_presets():
            wanted = {**wanted, "presets": card_presets(only_preset)}
        options = {k: v for k, v in wanted.items() if k in known}
        dropped = sorted(set(wanted) - set(options))
        if dropped:
            notes.append(f"{name}: option(s) not declared, dropped: {', '.join(dropped)}")
        plugins.append({name: options} if options else name)
    return plugins, notes


def podium_config(
    with_cards: bool, only_preset: str | None = None
) -> tuple[dict | None, list[str]]:
    plugins, notes = podium_plugins(with_cards, only_preset)
    names = {p if isinstance(p, str) else next(iter(p)) for p in plugins}
    if "podium/articles" not in names:
        return None, [*notes, "podium/articles is required: Podium stack not built"]
    config = base_config()
    config["plugins"] = ["search", *plugins]
    return config, notes


def stack_config(stack: str) -> tuple[dict | None, list[str]]:
    if stack == "floor":
        return base_config(), []
    if stack.startswith("material"):
        return material_config(cards=stack == "material"), []
    if stack == "podium-og":
        return podium_config(with_cards=True, only_preset="og")
    return podium_config(with_cards=stack == "podium")


# --------------------------------------------------------------------------- running


@dataclasses.dataclass
class StackResult:
    stack: str
    notes: list[str]
    cold: Build | None = None
    warm: Build | None = None
    edit: Build | None = None
    counts: Counts | None = None
    warm_changed: int = 0
    edit_report: EditReport | None = None
    load: str = ""  # /proc/loadavg before the stack's first build: other work on the machine
    #: bytes of the published site after the cold build: {"total": n, kind: n, ...}
    size: dict[str, int] | None = None


# Site folders by kind, for every stack (Material's social cards, Podium's cards and kit).
SIZE_FOLDERS = {
    "assets/cards/": "cards",
    "assets/images/social/": "cards",
    "share-kit/": "share kit",
    "highlights/": "highlights",
}
SIZE_KINDS = ("cards", "pages", "highlights", "share kit", "feeds", "search index", "theme assets")


def site_size(site: Path) -> dict[str, int]:
    """Total and per-kind bytes of a built site (podium.core.sitesize's classification)."""
    from podium.core.sitesize import measure

    measured = measure(site, SIZE_FOLDERS)
    return {"total": measured.total, **measured.by_kind}


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def build_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO / "plugins"), env.get("PYTHONPATH", "")) if p
    )
    env["SOURCE_DATE_EPOCH"] = str(int(FIXED_NOW.timestamp()))
    env["PODIUM_NOW"] = FIXED_NOW.isoformat()
    env["NO_MKDOCS_2_WARNING"] = "1"
    env.pop("CI", None)  # plugins that switch on CI should behave as on a desk
    return env


def prepare(folder: Path, corpus_docs: Path, stack: str, config: dict) -> None:
    """Fresh folder: a copy of the corpus, the config, nothing cached."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copytree(corpus_docs, folder / "docs")
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
    (folder / "mkdocs.yml").write_text(text, encoding="utf-8")
    if stack == "material":
        seed_social_fonts(folder)


def clear_outputs(folder: Path, stack: str) -> None:
    for name in ("site", ".cache"):
        shutil.rmtree(folder / name, ignore_errors=True)
    if stack == "material":
        seed_social_fonts(folder)


def run_stack(
    stack: str, folder: Path, info: corpus.CorpusInfo, repeat: int, theme: set[str], log=print
) -> StackResult:
    config, notes = stack_config(stack)
    result = StackResult(stack, notes)
    for note in notes:
        log(f"  {stack}: {note}")
    if config is None:
        return result
    env = build_env()
    result.load = load_average()
    prepare(folder, info.root / "docs", stack, config)
    site, docs = folder / "site", folder / "docs"

    colds = []
    for r in range(repeat):
        clear_outputs(folder, stack)
        colds.append(measure_build(folder, env, folder / f"cold-{r}.log"))
    result.cold = median_build(colds)
    log(f"  {stack}: cold {result.cold.wall:.2f}s ok={result.cold.ok}")
    if result.cold.failed:
        log(f"  {stack}: build failed, see {result.cold.log}")
        return result
    result.counts = count_outputs(site, docs, theme)
    result.size = site_size(site)
    cold_hashes = hash_tree(site)

    warms = [measure_build(folder, env, folder / f"warm-{r}.log") for r in range(repeat)]
    result.warm = median_build(warms)
    warm_hashes = hash_tree(site)
    result.warm_changed = sum(
        1
        for k in cold_hashes.keys() | warm_hashes.keys()
        if cold_hashes.get(k) != warm_hashes.get(k)
    )
    log(f"  {stack}: warm {result.warm.wall:.2f}s, {result.warm_changed} files differ from cold")

    # Edit: the third newest published article (it is on the first page of every listing).
    target = info.published[min(2, len(info.published) - 1)]
    old_site = folder / "site-before-edit"
    shutil.rmtree(old_site, ignore_errors=True)
    shutil.copytree(site, old_site)
    needles = edit_article(docs, target)
    result.edit = measure_build(folder, env, folder / "edit.log")
    if result.edit.ok:
        result.edit_report = classify_edit(site, warm_hashes, hash_tree(site), old_site, needles)
        log(f"  {stack}: edit {result.edit.wall:.2f}s, {result.edit_report.summary()}")
    return result


def run_micro(log=print) -> list[tuple[str, str]]:
    """Run the per-part micro benchmarks that exist (cards, feeds); return (name, output)."""
    outputs = []
    for name in ("cards_bench.py", "feeds_bench.py"):
        script = BENCH_DIR / name
        if not script.is_file():
            continue
        log(f"micro benchmark: {name}")
        try:
            done = subprocess.run(
                [sys.executable, str(script)],
                cwd=REPO,
                env=build_env(),
                capture_output=True,
                text=True,
                timeout=900,
            )
            text = done.stdout.strip() or done.stderr.strip()
            if done.returncode:
                text = f"(exit {done.returncode})\n{done.stderr.strip()[-2000:]}"
        except subprocess.TimeoutExpired:
            text = "(timed out after 900 s)"
        outputs.append((name, text))
    return outputs


# --------------------------------------------------------------------------- reporting


def machine() -> list[str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    packages = []
    for name in ("mkdocs", "mkdocs-material", "mkdocs-rss-plugin", "pillow", "cairosvg", "podium"):
        try:
            packages.append(f"{name} {md.version(name)}")
        except md.PackageNotFoundError:
            packages.append(f"{name} (not installed)")
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    return [
        f"- CPU: {model}, {os.cpu_count()} logical cores",
        f"- Memory: {memory}",
        f"- OS: {platform.platform()}",
        f"- Python: {platform.python_version()} ({platform.python_implementation()})",
        f"- Packages: {', '.join(packages)}",
        f"- Podium checkout: {commit or 'unknown'}",
    ]


def _f(value: float | None, fmt: str = "{:.2f}") -> str:
    return "n/a" if value is None else fmt.format(value)


def _mb(size: float | None) -> str:
    return "n/a" if size is None else f"{size / 1e6:,.1f}"


def _ratio(a: float | None, b: float | None) -> str:
    return "n/a" if a is None or not b else f"{a / b:.2f}"


def _phase(b: Build | None, attr: str) -> float | None:
    return getattr(b, attr) if b is not None and b.ok else None


def per_card_cpu(results: dict[str, StackResult], stack: str, base: str) -> float | None:
    """CPU seconds one card costs: (cold CPU with cards - without) / cards."""
    a, b = results.get(stack), results.get(base)
    if not (a and b and a.counts and a.counts.cards and _phase(a.cold, "cpu") and b.cold):
        return None
    if _phase(b.cold, "cpu") is None:
        return None
    return (a.cold.cpu - b.cold.cpu) / a.counts.cards


def per_card_wall(results: dict[str, StackResult], stack: str, base: str) -> float | None:
    a, b = results.get(stack), results.get(base)
    if not (a and b and a.counts and a.counts.cards) or _phase(a.cold, "wall") is None:
        return None
    if _phase(b.cold, "wall") is None:
        return None
    return (a.cold.wall - b.cold.wall) / a.counts.cards


def peak_rss(result: StackResult | None) -> float | None:
    """Highest RSS over the stack's successful builds."""
    if result is None:
        return None
    builds = (result.cold, result.warm, result.edit)
    return max((b.rss_mib for b in builds if b and b.ok), default=None)


def missing_podium_plugins(results: dict[str, StackResult]) -> list[str]:
    """Podium plugins the `podium` stack had to skip (not on this checkout yet)."""
    p = results.get("podium")
    if p is None:
        return []
    return [note.split()[1].rstrip(":") for note in p.notes if note.startswith("skipped ")]


def targets(results: dict[str, StackResult], n: int) -> list[str]:
    """One line per target of issue 16: met / not met / not measured, with the figures."""
    lines = []
    missing = missing_podium_plugins(results)
    no_cards = "podium/cards" in missing
    caveat = f" — provisional: Podium without {', '.join(missing)}" if missing else ""

    def verdict(ok: bool | None, needs_cards: bool = False) -> str:
        if needs_cards and no_cards:
            return "not measured (podium/cards not in this checkout)"
        if ok is None:
            return "not measured"
        return ("**met**" if ok else "**not met**") + caveat

    p_size = (results.get("podium") or StackResult("", [])).size
    m_size = (results.get("material") or StackResult("", [])).size
    if n >= 2000:
        total = p_size["total"] if p_size else None
        ok = None if total is None else total < 500e6
        lines.append(
            f"- Published site at N = {n:,} under 500 MB: Podium {_mb(total)} MB → {verdict(ok)}"
        )
    else:
        pt, mt = (p_size or {}).get("total"), (m_size or {}).get("total")
        ok = None if pt is None or mt is None else pt <= 1.5 * mt
        scope = "" if n == 500 else f" (target is for N=500; this is N={n})"
        lines.append(
            f"- Published site ≤ 1.5× Material with social cards{scope}: Podium {_mb(pt)} MB, "
            f"Material {_mb(mt)} MB, ratio {_ratio(pt, mt)} → {verdict(ok)}"
        )
    # Per 1200x630 card: the og-only stack when it ran, else the average over all presets.
    card_stack = "podium-og" if per_card_cpu(results, "podium-og", "podium-nocards") else "podium"
    pc = per_card_cpu(results, card_stack, "podium-nocards")
    mc = per_card_cpu(results, "material", "material-nocards")
    pw = per_card_wall(results, card_stack, "podium-nocards")
    mw = per_card_wall(results, "material", "material-nocards")
    which = "1200×630 `og` cards" if card_stack == "podium-og" else "cards of all presets"
    ok_cpu = None if pc is None or mc is None else pc <= mc / 3
    ok_wall = None if pw is None or mw is None else pw <= mw / 3
    lines.append(
        f"- Card rendering, time per card ≤ ⅓ of Material's ({which}): wall per card Podium "
        f"{_f(pw, '{:.4f}')} s vs Material {_f(mw, '{:.4f}')} s, ratio {_ratio(pw, mw)} → "
        f"{verdict(ok_wall, True)}; CPU per card {_f(pc, '{:.4f}')} s vs {_f(mc, '{:.4f}')} s, "
        f"ratio {_ratio(pc, mc)} → {verdict(ok_cpu, True)}"
    )
    p, m = results.get("podium"), results.get("material")
    pw, mw = _phase(p and p.cold, "wall"), _phase(m and m.cold, "wall")
    pc, mc = _phase(p and p.cold, "cpu"), _phase(m and m.cold, "cpu")
    ok = None if pc is None or mc is None else pc <= mc
    scope = "" if n == 500 else f" (target is for N=500; this is N={n})"
    lines.append(
        f"- Cold build (default configuration) no slower (CPU) than Material with cards{scope}: "
        f"Podium {_f(pc)} s CPU, Material {_f(mc)} s, ratio {_ratio(pc, mc)} (wall "
        f"{_f(pw)} s vs {_f(mw)} s, {_ratio(pw, mw)}) → {verdict(ok, True)}"
    )
    mn = results.get("material-nocards")
    pw, mw = _phase(p and p.warm, "wall"), _phase(mn and mn.warm, "wall")
    pc, mc = _phase(p and p.warm, "cpu"), _phase(mn and mn.warm, "cpu")
    ok = None if pc is None or mc is None else pc <= mc
    lines.append(
        f"- Warm build no slower (CPU) than Material blog + RSS without cards: Podium "
        f"{_f(pc)} s CPU, Material {_f(mc)} s, ratio {_ratio(pc, mc)} (wall {_f(pw)} s vs "
        f"{_f(mw)} s, {_ratio(pw, mw)}) → {verdict(ok)}"
    )
    report = p.edit_report if p else None
    ok = None if report is None else not report.unexpected
    detail = report.summary() if report else "n/a"
    if report and report.unexpected:
        detail += " — e.g. " + ", ".join(report.unexpected[:5])
    lines.append(
        f"- Edit one article changes only its cards and listings: {detail} → {verdict(ok)}"
    )
    # Without the full stack (e.g. a memory-only N=2,000 run), Podium without cards.
    mem_stack = "podium" if p is not None else "podium-nocards"
    pr, mr = peak_rss(results.get(mem_stack)), peak_rss(mn)
    ok = None if pr is None or mr is None else pr <= 1.5 * mr
    scope = "" if n == 2000 else f" (target is for N=2,000; this is N={n})"
    who = "Podium" if mem_stack == "podium" else "Podium without cards"
    lines.append(
        f"- Peak memory of the process tree ≤ 1.5× Material blog + RSS{scope}: {who} "
        f"{_f(pr, '{:.0f}')} MiB (card workers included), Material {_f(mr, '{:.0f}')} MiB, "
        f"ratio {_ratio(pr, mr)} → {verdict(ok)}"
    )
    return lines


# --------------------------------------------------------------------------- persistence


def save_json(path: Path, run: dict) -> None:
    """Raw figures next to the Markdown, so a report can be re-rendered (--render)."""

    def encode(value):
        if isinstance(value, Path):
            return str(value)
        raise TypeError(type(value))

    payload = {**run, "results": {k: dataclasses.asdict(v) for k, v in run["results"].items()}}
    path.write_text(json.dumps(payload, indent=1, default=encode) + "\n", encoding="utf-8")


def load_json(path: Path) -> dict:
    run = json.loads(path.read_text(encoding="utf-8"))

    def build(data: dict | None) -> Build | None:
        return None if data is None else Build(**{**data, "log": Path(data["log"])})

    results = {}
    for stack, r in run["results"].items():
        results[stack] = StackResult(
            stack=r["stack"],
            notes=r["notes"],
            cold=build(r["cold"]),
            warm=build(r["warm"]),
            edit=build(r["edit"]),
            counts=Counts(**r["counts"]) if r["counts"] else None,
            warm_changed=r["warm_changed"],
            edit_report=EditReport(**r["edit_report"]) if r["edit_report"] else None,
            load=r.get("load", ""),
            size=r.get("size"),
        )
    run["results"] = results
    run["micro"] = [tuple(m) for m in run["micro"]]
    return run


def corpus_summary(info: corpus.CorpusInfo, seed: int) -> str:
    words = sum(a.words for a in info.articles)
    return (
        f"seed {seed}, {len(info.articles)} articles ({len(info.published)} published, "
        f"{words:,} words), {len(info.highlights)} highlights, {len(corpus.AUTHORS)} authors, "
        f"{len(corpus.CATEGORIES)} categories, {len(corpus.TAGS)} tags, languages "
        f"{', '.join(corpus.LANGUAGES)}"
    )


def report(run: dict) -> str:
    """Markdown report of one size: {n, corpus, repeat, machine, micro, results}."""
    n, results, micro = run["n"], run["results"], run["micro"]
    out = [f"# Podium benchmark, N = {n} articles", ""]
    if run.get("label"):
        out += [run["label"], ""]
    missing = missing_podium_plugins(results)
    if missing:
        out += [
            f"**Provisional:** this checkout has no {', '.join(missing)}; the Podium stack ran "
            "without them.",
            "",
        ]
    out += [
        f"Corpus: {run['corpus']}. Median of {run['repeat']} build(s) per phase.",
        "",
        "## Machine",
        "",
        *run["machine"],
        "",
        "## Builds",
        "",
        "Times in seconds (wall / CPU = user+sys of the build and its child processes); "
        "RSS = peak resident memory in MiB.",
        "",
        "| stack | cold wall | cold CPU | cold RSS | warm wall | warm CPU | warm RSS "
        "| edit wall | edit CPU | pages | cards | feeds | warm≠cold files |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for stack, r in results.items():
        c = r.counts
        if r.cold is None:
            out.append(f"| {stack} | not built | | | | | | | | | | | |")
            continue
        if r.cold.failed:
            out.append(f"| {stack} | FAILED | | | | | | | | | | | |")
            continue
        cells = [
            _f(_phase(r.cold, "wall")),
            _f(_phase(r.cold, "cpu")),
            _f(_phase(r.cold, "rss_mib"), "{:.0f}"),
            _f(_phase(r.warm, "wall")),
            _f(_phase(r.warm, "cpu")),
            _f(_phase(r.warm, "rss_mib"), "{:.0f}"),
            _f(_phase(r.edit, "wall")),
            _f(_phase(r.edit, "cpu")),
            str(c.pages) if c else "n/a",
            str(c.cards) if c else "n/a",
            str(c.feeds) if c else "n/a",
            str(r.warm_changed),
        ]
        out.append(f"| {stack} | " + " | ".join(cells) + " |")
    out += [
        "",
        "## Site size",
        "",
        "MB (10^6 bytes) of the published site after the cold build, by kind of output "
        "(`podium.core.sitesize`; cards = Podium's `assets/cards/` and Material's "
        "`assets/images/social/`).",
        "",
        "| stack | total | " + " | ".join(SIZE_KINDS) + " | other |",
        "|---|" + "---:|" * (len(SIZE_KINDS) + 2),
    ]
    for stack, r in results.items():
        if not r.size:
            continue
        other = r.size["total"] - sum(r.size.get(kind, 0) for kind in SIZE_KINDS)
        cells = [_mb(r.size["total"]), *(_mb(r.size.get(kind, 0)) for kind in SIZE_KINDS)]
        out.append(f"| {stack} | " + " | ".join(cells) + f" | {_mb(other)} |")
    out += [
        "",
        "## Ratios",
        "",
        "| metric | Podium / Material | Podium / floor |",
        "|---|---:|---:|",
    ]
    p, m, f = results.get("podium"), results.get("material"), results.get("floor")
    for phase in ("cold", "warm", "edit"):
        for attr, label in (("wall", "wall"), ("cpu", "CPU"), ("rss_mib", "peak RSS")):
            pv = _phase(getattr(p, phase) if p else None, attr)
            mv = _phase(getattr(m, phase) if m else None, attr)
            fv = _phase(getattr(f, phase) if f else None, attr)
            out.append(f"| {phase} {label} | {_ratio(pv, mv)} | {_ratio(pv, fv)} |")
    costs = []
    for stack, base, what in (
        ("podium-og", "podium-nocards", "Podium, og preset only (1200×630)"),
        ("podium", "podium-nocards", "Podium, default presets (average)"),
        ("material", "material-nocards", "Material social (1200×630)"),
    ):
        cw, cc = per_card_wall(results, stack, base), per_card_cpu(results, stack, base)
        costs.append(f"{what} {_f(cw, '{:.4f}')} s wall / {_f(cc, '{:.4f}')} s CPU")
    out += [
        "",
        "Cost of one card (cold build with cards minus the same stack without cards, divided "
        "by the cards made): " + "; ".join(costs) + ".",
        "",
        "## Edit one article",
        "",
    ]
    for stack, r in results.items():
        if r.edit_report:
            out.append(f"- {stack}: {r.edit_report.summary()}")
            if r.edit_report.unexpected:
                out.append(f"  - unexpected: {', '.join(r.edit_report.unexpected[:10])}")
    out += ["", "## Targets (issue 16)", "", *targets(results, n), ""]
    notes = [f"- {stack}: {note}" for stack, r in results.items() for note in r.notes]
    loads = ", ".join(f"{stack} {r.load}" for stack, r in results.items() if r.load)
    if loads:
        notes.append(f"- Load average (1, 5, 15 min) before each stack: {loads}")
    warn = [
        f"- {stack}: {b.warnings} warning/error lines in the {phase} build log"
        for stack, r in results.items()
        for phase, b in (("cold", r.cold), ("warm", r.warm), ("edit", r.edit))
        if b and b.warnings
    ]
    if notes or warn:
        out += ["## Notes", "", *notes, *warn, ""]
    if micro:
        out += ["## Micro benchmarks", ""]
        for name, text in micro:
            out += [f"### {name}", "", "```", text, "```", ""]
    out += [
        "## Method",
        "",
        "Each stack builds its own copy of the same corpus in its own folder with "
        "`python -m mkdocs build -q`, in a subprocess. Cold: folder without `site/` and "
        "`.cache/`. Warm: the same build again. Edit: the third newest article gets a new title "
        "and one more paragraph, then a build. Material's social plugin gets DejaVu Sans "
        f"through its font cache (`.cache/plugin/social/fonts/{SOCIAL_FONT_FAMILY}/"
        "{Regular,Bold}.ttf`, seeded again after every cache wipe), so it never downloads "
        "from Google Fonts; it runs with its default concurrency (cores - 1). The same "
        "navigation (Home, Blog, About) for every stack; posts and highlights are reached "
        "through listings. `SOURCE_DATE_EPOCH` and `PODIUM_NOW` are fixed.",
        "",
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--stacks", nargs="+", choices=list(STACKS), default=list(STACKS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="builds per phase (median)")
    parser.add_argument("--work", type=Path, default=BENCH_DIR / "work")
    parser.add_argument("--results", type=Path, default=BENCH_DIR / "results")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--no-micro", action="store_true", help="skip cards/feeds micro benches")
    parser.add_argument("--social-font-regular", type=Path)
    parser.add_argument("--social-font-bold", type=Path)
    parser.add_argument("--label", default="", help="a line printed under the title")
    parser.add_argument("--render", type=Path, nargs="+", help="re-render saved .json results")
    args = parser.parse_args(argv)
    if args.render:
        for path in args.render:
            text = report(load_json(path))
            path.with_suffix(".md").write_text(text, encoding="utf-8")
            print(text)
        return 0
    if args.social_font_regular:
        SOCIAL_FONT_FILES["Regular"] = str(args.social_font_regular)
    if args.social_font_bold:
        SOCIAL_FONT_FILES["Bold"] = str(args.social_font_bold)

    theme = theme_files()
    micro = [] if args.no_micro else run_micro()
    today = dt.datetime.now(dt.UTC).date().isoformat()
    for n in args.sizes:
        print(f"N={n}: generating corpus", flush=True)
        corpus_dir = args.work / f"n{n}" / "corpus"
        shutil.rmtree(corpus_dir, ignore_errors=True)
        info = corpus.generate(corpus_dir, n, args.seed, "material")
        results = {}
        path = args.results / f"{today}-{n}.md"
        for stack in args.stacks:
            print(f"N={n}: {stack} ({STACKS[stack]})", flush=True)
            folder = args.work / f"n{n}" / stack
            results[stack] = run_stack(
                stack, folder, info, args.repeat, theme, log=lambda s: print(s, flush=True)
            )
            run = {
                "n": n,
                "corpus": corpus_summary(info, args.seed),
                "repeat": args.repeat,
                "machine": machine(),
                "micro": micro,
                "results": results,
                "label": args.label,
            }
            if not args.no_write:  # after every stack: a long run cut short keeps its figures
                args.results.mkdir(parents=True, exist_ok=True)
                path.write_text(report(run), encoding="utf-8")
                save_json(path.with_suffix(".json"), run)
        print(report(run), flush=True)
        if not args.no_write:
            print(f"written: {path} (+ .json)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
