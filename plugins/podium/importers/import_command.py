"""`podium import <platform> <archive>`: the sub-command, wired by `podium.cli`.

`podium/cli.py` calls `add_import_parser(subparsers)` and dispatches to `run_import(args)`,
which returns the exit status: 0 done (some posts may be skipped), 1 bad archive or options.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TextIO

from podium.importers.errors import ArchiveError
from podium.importers.filters import Filters
from podium.importers.highlight_file import Layout
from podium.importers.service import ALIASES, READERS, ImportReport, import_archive
from podium.importers.writer import EDITED, KEPT, NEW, UNCHANGED, UPDATED

PLATFORM_HELP = {
    "mastodon": "account archive (.tar.gz or folder) with outbox.json",
    "x": "X/Twitter archive (.zip or folder) with data/tweets.js",
    "linkedin": "LinkedIn data export (.zip, folder or Shares.csv)",
    "bluesky": "Bluesky repo: listRecords JSON, per-record JSON folder, or .car",
}


def add_import_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "import",
        help="turn a social platform's data export into highlight files",
        description="Import your own posts from a platform's data export as highlights "
        "(docs/highlights/<platform>/). Re-running never duplicates a post and never "
        "overwrites a file you edited.",
    )
    parser.add_argument(
        "platform",
        choices=sorted([*READERS, *ALIASES]),
        help="; ".join(f"{name}: {text}" for name, text in PLATFORM_HELP.items()),
    )
    parser.add_argument("archive", type=Path, help="the export: folder, .zip, .tar.gz or file")
    parser.add_argument(
        "--docs-dir",
        type=Path,
        help="the MkDocs docs folder (default: docs_dir of mkdocs.yml, else docs)",
    )
    parser.add_argument("--since", type=_date, help="first day to import (YYYY-MM-DD)")
    parser.add_argument("--until", type=_date, help="last day to import (YYYY-MM-DD)")
    parser.add_argument(
        "--min-length", type=int, default=0, metavar="N", help="skip posts shorter than N chars"
    )
    parser.add_argument(
        "--lang",
        action="append",
        default=[],
        metavar="LANG",
        help="keep only these languages (repeat or comma-separate: en,fr)",
    )
    parser.add_argument(
        "--assume-lang", metavar="LANG", help="language of posts that state none (LinkedIn)"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would be written; write nothing"
    )
    parser.add_argument(
        "--site-url",
        metavar="URL",
        help="link posts that point at one of your articles to it "
        "(default: site_url of mkdocs.yml in the current folder)",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list skipped posts")
    parser.set_defaults(handler=run_import)
    return parser


def run_import(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    if args.since and args.until and args.since > args.until:
        print("error: --since is after --until", file=sys.stderr)
        return 1
    langs = frozenset(part.strip() for value in args.lang for part in value.split(",") if part)
    filters = Filters(args.since, args.until, max(0, args.min_length), langs, args.assume_lang)
    config = Path("mkdocs.yml")
    args.docs_dir = args.docs_dir or Path(_config_value(config, "docs_dir") or "docs")
    try:
        report = import_archive(
            args.platform,
            args.archive,
            args.docs_dir,
            filters=filters,
            layout=Layout(),
            dry_run=args.dry_run,
            site_url=args.site_url or _config_value(config, "site_url"),
        )
    except ArchiveError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: {error.filename or args.docs_dir}: {error.strerror}", file=sys.stderr)
        return 1
    print_report(report, out, verbose=args.verbose, docs_dir=args.docs_dir)
    return 0


def print_report(
    report: ImportReport, out: TextIO, *, verbose: bool = False, docs_dir: Path = Path("docs")
) -> None:
    verbs = {
        NEW: "would write" if report.dry_run else "wrote",
        UPDATED: "would update" if report.dry_run else "updated",
        UNCHANGED: "unchanged",
        EDITED: "skipped (edited)",
        KEPT: "kept",
    }
    for outcome in report.outcomes:
        detail = f"  ({outcome.detail})" if outcome.detail else ""
        print(f"{verbs[outcome.action]:<16} {docs_dir / outcome.path}{detail}", file=out)
    for note in report.notes:
        print(f"note: {note}", file=out)
    if verbose:
        for skip in report.skipped:
            print(f"skipped {skip.platform}:{skip.native_id}: {skip.reason}", file=out)
    counts = Counter(o.action for o in report.outcomes if o.detail != "media")
    reasons = Counter(skip.reason for skip in report.skipped)
    summary = ", ".join(f"{counts[a]} {verbs[a]}" for a in (NEW, UPDATED, UNCHANGED, EDITED))
    left_out = ", ".join(f"{n} {reason}" for reason, n in sorted(reasons.items()))
    print(f"{summary}; left out: {left_out or 'none'}", file=out)
    if report.dry_run:
        print("dry run: nothing was written", file=out)


def _config_value(config_file: Path, key: str) -> str | None:
    """A top-level scalar of the project's mkdocs.yml, read leniently (no !ENV resolution)."""
    if not config_file.is_file():
        return None
    for line in config_file.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(f"{key}:"):
            value = line.split(":", 1)[1].split(" #", 1)[0].strip().strip("'\"")
            return value or None
    return None


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (`python -m podium.importers.import_command`) until `podium` wires it."""
    parser = argparse.ArgumentParser(prog="podium")
    add_import_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return run_import(args)


if __name__ == "__main__":
    raise SystemExit(main())
