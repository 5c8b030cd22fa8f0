"""Arguments and glue for each ``podium`` sub-command (the work is in sibling modules)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from podium.core.settings import parse_zone

from .content_files import author_ids, content_dirs
from .errors import AuthoringError
from .mkdocs_yaml import load_site_config


def _today() -> date:
    """Today in the author's zone; ``PODIUM_NOW`` pins it (tests, reproducible demos)."""
    from podium.core.clock import build_now

    return build_now().astimezone().date()


def _date_arg(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date like 2026-03-14, got {value!r}"
        ) from None


def _moment_arg(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date-time like 2026-03-14T18:30+01:00, got {value!r}"
        ) from None
    return moment  # a missing zone is an error for events, not a guess (see new_event)


def _common_new(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", help="language of the new file (en, fr, de, nb...)")
    parser.add_argument("--slug", help="file name / URL part, instead of one made from the text")
    parser.add_argument("--dir", type=Path, help="folder to write to (default: from mkdocs.yml)")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="hub config")


def add_new(sub: argparse._SubParsersAction) -> None:
    new = sub.add_parser("new", help="start a new article, highlight or event")
    kinds = new.add_subparsers(dest="kind", required=True, metavar="KIND")

    article = kinds.add_parser("article", help="a long-form article (written as a draft)")
    article.add_argument("title")
    article.add_argument("--translation-of", metavar="SLUG", help="slug of the original article")
    article.add_argument("--author", action="append", help="author id (repeatable)")
    article.add_argument("--date", type=_date_arg, help="publication date (default: today)")
    _common_new(article)
    article.set_defaults(handler=_run_new_article)

    highlight = kinds.add_parser("highlight", help="a short post for social networks")
    highlight.add_argument("text")
    highlight.add_argument("--article", metavar="SLUG", help="slug of the article it comes from")
    highlight.add_argument("--date", type=_date_arg, help="date (default: today)")
    _common_new(highlight)
    highlight.set_defaults(handler=_run_new_highlight)

    event = kinds.add_parser("event", help="a talk, panel or interview to announce")
    event.add_argument("title", help="the talk or session")
    event.add_argument("--start", type=_moment_arg, required=True, help="2026-05-02T18:30+02:00")
    event.add_argument("--end", type=_moment_arg, help="2026-05-02T19:30+02:00")
    event.add_argument("--timezone", help="IANA zone for times given without an offset")
    event.add_argument("--event", help="the conference or programme")
    event.add_argument("--event-url", help="the event's page")
    event.add_argument("--place", "--location", dest="place", help="venue, city")
    event.add_argument("--online", help="link to watch online")
    event.add_argument("--role", help="speaker, keynote, panelist, moderator, host...")
    _common_new(event)
    event.set_defaults(handler=_run_new_event)


@dataclass(frozen=True)
class _Target:
    folder: Path
    authors: list[str]
    language: str


def _target(args: argparse.Namespace, kind: str) -> _Target:
    """Where ``kind`` goes, the hub's author ids and language (from mkdocs.yml unless --dir)."""
    if args.dir is not None:
        return _Target(args.dir, [], "en")
    if not args.config.is_file():
        raise AuthoringError(
            f"{args.config}: no such file; run this in your hub's folder, or pass --dir",
            exit_code=2,
        )
    config = load_site_config(args.config)
    dirs = content_dirs(config)
    return _Target(getattr(dirs, kind), author_ids(dirs.authors_file), config.language)


def _report(created) -> int:
    print(f"Created {created.path}")
    for note in created.notes:
        print(f"Next: {note}")
    return 0


def _run_new_article(args: argparse.Namespace) -> int:
    from .new import new_article

    target = _target(args, "articles")
    return _report(
        new_article(
            target.folder,
            args.title,
            day=args.date or _today(),
            lang=args.lang,
            slug=args.slug,
            authors=args.author or target.authors[:1],
            translation_of=args.translation_of,
            site_language=target.language,
        )
    )


def _run_new_highlight(args: argparse.Namespace) -> int:
    from .new import new_highlight

    return _report(
        new_highlight(
            _target(args, "highlights").folder,
            args.text,
            day=args.date or _today(),
            lang=args.lang,
            slug=args.slug,
            article=args.article,
        )
    )


def _run_new_event(args: argparse.Namespace) -> int:
    from .new import new_event

    start, end = args.start, args.end
    if args.timezone:
        try:
            zone = parse_zone(args.timezone)
        except ValueError as error:
            raise AuthoringError(f"--timezone: {error}") from None
        start = start if start.tzinfo else start.replace(tzinfo=zone)
        end = end if end is None or end.tzinfo else end.replace(tzinfo=zone)
    return _report(
        new_event(
            _target(args, "events").folder,
            args.title,
            start=start,
            end=end,
            event=args.event,
            event_url=args.event_url,
            place=args.place,
            online=args.online,
            role=args.role,
            timezone=args.timezone,
            lang=args.lang,
            slug=args.slug,
        )
    )


def add_init(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser("init", help="write a new hub that builds at once")
    init.add_argument("dir", type=Path)
    init.add_argument("--site-name", default="Jane Doe", help="the hub's title")
    init.add_argument("--site-url", default="https://example.org/", help="where it will live")
    init.add_argument("--author", default="Jane Doe", help="the executive's name")
    init.add_argument("--lang", default="en", help="site language")
    init.set_defaults(handler=_run_init)


def _run_init(args: argparse.Namespace) -> int:
    from .scaffold import write_hub

    written = write_hub(
        args.dir,
        site_name=args.site_name,
        site_url=args.site_url,
        author=args.author,
        language=args.lang,
        day=_today(),
    )
    print(f"Created a hub in {args.dir} ({len(written)} files). Next:")
    print(f"  cd {args.dir} && mkdocs serve")
    return 0


def add_check(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser("check", help="find content problems without building the site")
    check.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.add_argument("--strict", action="store_true", help="warnings fail too")
    check.set_defaults(handler=_run_check)


def _run_check(args: argparse.Namespace) -> int:
    from podium.core.clock import build_now

    from .check import check_hub, render_json, render_text

    report = check_hub(args.config, now=build_now())
    output = render_json(report) if args.format == "json" else render_text(report)
    sys.stdout.write(output)
    return report.exit_code(strict=args.strict)


def add_docs_reference(sub: argparse._SubParsersAction) -> None:
    ref = sub.add_parser("docs-reference", help="print or refresh the README's reference")
    ref.add_argument("--write", type=Path, metavar="README", help="update this file in place")
    ref.set_defaults(handler=_run_docs_reference)


def _run_docs_reference(args: argparse.Namespace) -> int:
    from .reference import render_reference, update_readme

    if args.write:
        changed = update_readme(args.write)
        print(f"{args.write}: {'updated' if changed else 'already up to date'}")
    else:
        sys.stdout.write(render_reference())
    return 0
