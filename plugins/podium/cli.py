"""The ``podium`` command: a dispatcher; each command's work lives in ``podium.authoring``.

Exit codes: 0 success, 1 the action failed or content has errors, 2 it could not start
(bad arguments, no or broken ``mkdocs.yml``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from podium import __version__
from podium.authoring import commands
from podium.authoring.errors import AuthoringError
from podium.authoring.migrate_material import add_migrate_parser
from podium.importers.import_command import add_import_parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="podium", description="Write, check and publish a Podium hub."
    )
    parser.add_argument("--version", action="version", version=f"podium {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_new(sub)
    commands.add_init(sub)
    commands.add_check(sub)
    commands.add_docs_reference(sub)
    add_migrate_parser(sub)
    for add_parser in _part_commands():
        add_parser(sub)
    return parser


def _part_commands() -> list:
    """Sub-commands other parts own: each exposes ``add_<name>_parser(subparsers)``, which
    sets ``handler`` (a function of the parsed args returning the exit status)."""
    from podium.authoring.cards_cmd import add_cards_parser

    return [add_cards_parser, add_import_parser]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except AuthoringError as error:
        print(f"podium: {error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
