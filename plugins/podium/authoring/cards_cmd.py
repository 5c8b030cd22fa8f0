"""``podium cards PATH...``: ask for every card preset (square, portrait, story) for pages
that are not promoted by date, pin or ``share:`` (see ``podium.cards.promote``).

The request is kept in the requests file next to ``mkdocs.yml`` (``podium-cards.txt`` unless
``promote.requests_file`` says otherwise), a file Podium owns: the next build renders the
cards, on a desk and in CI alike once the file is committed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from podium.authoring.errors import AuthoringError
from podium.authoring.mkdocs_yaml import load_site_config
from podium.cards.promote import REQUESTS_FILE, read_requests, requests_text
from podium.core.atomic import write_text_atomic


def add_cards_parser(sub: argparse._SubParsersAction) -> None:
    cards = sub.add_parser("cards", help="make every card preset for these pages")
    cards.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="Markdown pages")
    cards.add_argument("--remove", action="store_true", help="withdraw the request instead")
    cards.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    cards.set_defaults(handler=run_cards)


def _source(path: Path, docs: Path) -> str:
    """The docs-relative source of ``path`` (given from the project or the docs folder)."""
    for candidate in (path, docs / path):
        resolved = candidate.resolve()
        if resolved.is_file() and docs in resolved.parents:
            return resolved.relative_to(docs).as_posix()
    raise AuthoringError(f"{path}: not a file under {docs}", exit_code=2)


def run_cards(args: argparse.Namespace) -> int:
    site = load_site_config(args.config)
    options = site.plugin("podium/cards") or {}
    promote = options.get("promote") if isinstance(options.get("promote"), dict) else {}
    target = site.root / str(promote.get("requests_file") or REQUESTS_FILE)
    docs = site.docs_dir
    asked = [_source(path, docs) for path in args.paths]
    for source in asked:
        if not source.endswith(".md"):
            raise AuthoringError(f"{source}: expected a Markdown page", exit_code=2)
    before = read_requests(target)
    after = before - set(asked) if args.remove else before | set(asked)
    if after != before:
        write_text_atomic(target, requests_text(after))
    verb = "withdrawn" if args.remove else "requested"
    print(
        f"{target.name}: {len(asked)} page(s) {verb}, {len(after)} listed; "
        "the next build makes their cards"
    )
    return 0
