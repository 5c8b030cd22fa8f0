"""Lighthouse scores of the demo hub: home, an article, the highlights wall and the share kit,
in the light and the dark colour scheme. Not part of the test suite (minutes, and the
performance score depends on the machine's load).

    npm install --prefix .cache/npm lighthouse@13
    CHROME_PATH=/usr/bin/chromium python bench/lighthouse.py [--site DIR] [--runs N]

Builds the demo (unless --site names a built one), serves it on 127.0.0.1 and runs the npm
`lighthouse` CLI (headless Chromium, --no-sandbox) on each page and scheme; the dark scheme
is Chromium's preferredColorScheme=dark, checked on the final screenshot's brightness.
Writes bench/results/lighthouse-<date>.json and .md (median of --runs runs per page).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import datetime as dt
import functools
import gzip
import http.server
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = {
    "home": "",
    "article": "articles/engineering-leadership-in-the-energy-transition/",
    "wall": "highlights/",
    "kit": "share-kit/",
}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
SCHEMES = {"light": "1", "dark": "0"}  # Blink's preferredColorScheme: 0 dark, 1 light


def lighthouse_bin() -> str:
    for path in (
        ROOT / ".cache/npm/node_modules/.bin/lighthouse",
        Path("node_modules/.bin/lighthouse"),
    ):
        if path.exists():
            return str(path)
    sys.exit("lighthouse is missing: npm install --prefix .cache/npm lighthouse@13")


def build_demo(out: Path) -> Path:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins"), "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(ROOT / "mkdocs.yml"),
            "-d",
            str(out),
        ],
        check=True,
        env=env,
    )
    return out


class Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves the site as GitHub Pages does: text gzipped when the browser accepts it (the
    standard library's server sends every file raw, which Lighthouse's throttled network
    would count against the page)."""

    COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (gzip_ok and path.is_file() and path.suffix in self.COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def serve(site: Path):
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def brightness(report: dict) -> float:
    """Mean grey level (0-255) of Lighthouse's final screenshot: light pages are bright."""
    from PIL import Image, ImageStat

    data = report["audits"]["final-screenshot"]["details"]["data"]
    raw = base64.b64decode(data.split(",", 1)[1])
    return ImageStat.Stat(Image.open(io.BytesIO(raw)).convert("L")).mean[0]


def run_once(binary: str, url: str, scheme: str, out: Path) -> dict:
    flags = f"--headless=new --no-sandbox --blink-settings=preferredColorScheme={SCHEMES[scheme]}"
    subprocess.run(
        [
            binary,
            url,
            "--quiet",
            f"--chrome-flags={flags}",
            "--output=json",
            f"--output-path={out}",
            "--only-categories=" + ",".join(CATEGORIES),
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
        timeout=300,
    )
    report = json.loads(out.read_text(encoding="utf-8"))
    failing = sorted(
        audit["id"]
        for audit in report["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") == "binary"
    )
    return {
        "scores": {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES},
        "cls": report["audits"]["cumulative-layout-shift"]["numericValue"],
        "lcp_ms": round(report["audits"]["largest-contentful-paint"]["numericValue"]),
        "tbt_ms": round(report["audits"]["total-blocking-time"]["numericValue"]),
        "brightness": round(brightness(report)),
        "failing_binary_audits": failing,
        "lighthouse": report["lighthouseVersion"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built demo site (default: build it)")
    parser.add_argument("--runs", type=int, default=1, help="runs per page and scheme")
    args = parser.parse_args()
    binary = lighthouse_bin()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site or build_demo(Path(tmp) / "site")
        results: dict[str, dict] = {}
        with serve(site) as base:
            for name, path in PAGES.items():
                for scheme in SCHEMES:
                    runs = [
                        run_once(
                            binary, base + path, scheme, Path(tmp) / f"{name}-{scheme}-{i}.json"
                        )
                        for i in range(args.runs)
                    ]
                    best = runs[0]
                    result = {
                        **best,
                        "scores": {
                            c: statistics.median_low(r["scores"][c] for r in runs)
                            for c in CATEGORIES
                        },
                        "runs": [r["scores"] for r in runs],
                    }
                    results[f"{name}/{scheme}"] = result
                    print(name, scheme, result["scores"], f"CLS {result['cls']:.3f}", flush=True)
    date = dt.date.today().isoformat()
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    meta = {"date": date, "pages": PAGES, "cpus": os.cpu_count(), "load": os.getloadavg()}
    (out / f"lighthouse-{date}.json").write_text(
        json.dumps({"meta": meta, "results": results}, indent=2, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    lines = [
        f"# Lighthouse, demo hub ({date})",
        "",
        f"Lighthouse {next(iter(results.values()))['lighthouse']}, default (mobile) settings, "
        f"headless Chromium, text served gzipped as on GitHub Pages; {meta['cpus']} CPUs, "
        f"load average {meta['load'][0]:.1f} at the end (performance varies with the load).",
        "",
        "| page | scheme | performance | accessibility | best practices | SEO | CLS | "
        "brightness | failing binary audits |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for key, r in results.items():
        page, scheme = key.split("/")
        s = r["scores"]
        lines.append(
            f"| {page} | {scheme} | {s['performance']} | {s['accessibility']} | "
            f"{s['best-practices']} | {s['seo']} | {r['cls']:.3f} | {r['brightness']} | "
            f"{', '.join(r['failing_binary_audits']) or '-'} |"
        )
    (out / f"lighthouse-{date}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
