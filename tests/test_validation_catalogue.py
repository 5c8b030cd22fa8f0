"""One validation: `podium check` and `mkdocs build --strict` agree on every bad input.

Each case writes a small hub with every Podium plugin on, adds one mistake, then runs the
`podium` command as a user would and builds the site in-process with ``--strict``. Both must
print the same ``path:line: field: message`` lines with the same severities, agree on the
verdict (check exits non-zero exactly when the strict build fails), show no traceback, and
the good pages must still be built.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from cli_support import run_podium
from helpers import ROOT, build_project
from PIL import Image

CONFIG = {
    "site_name": "Catalogue Hub",
    "site_url": "https://hub.example.com/",
    "theme": {"name": "material", "font": False, "custom_dir": str(ROOT / "overrides")},
    "markdown_extensions": ["attr_list", "sane_lists"],
    "plugins": [
        {"podium/articles": {"timezone": "Europe/Oslo"}},
        "podium/highlights",
        "podium/feeds",
        "podium/share",
        "podium/meta",
        "podium/profile",
        "podium/cards",
    ],
}

AUTHORS = """\
authors:
  ada:
    name: Ada Example
    description: Chief Executive
    profiles:
      linkedin: https://www.linkedin.com/in/ada-example
"""

GOOD = """\
---
title: A good article
date: 2026-01-05
description: Everything in order.
authors: [ada]
tags: [leadership]
---
A fine first paragraph.
"""

GOOD_HIGHLIGHT = """\
---
date: 2026-01-06
---
A short post that fits everywhere.
"""

INDEX = "---\ntemplate: podium/home.html\n---\nWelcome.\n"


def _png(width: int = 40, height: int = 30) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def _bomb_png() -> bytes:
    """A tiny PNG whose header claims 20000 x 20000 pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def _article(front: str, body: str = "Body text.") -> str:
    return f"---\n{front.strip()}\n---\n{body}\n"


BASE = "title: T\ndate: 2026-01-01\nauthors: [ada]"


@dataclass
class Case:
    files: dict[str, str | bytes]
    expected: list[str]  # substrings, each of which some reported line must contain
    fails: bool = True  # does the strict build fail (and check exit non-zero)?
    config: dict = field(default_factory=dict)  # merged into a plugin's options
    removed: tuple[str, ...] = ()  # base files to leave out
    aborts: bool = False  # MkDocs itself rejects the configuration before any plugin runs


CASES: dict[str, Case] = {
    # -- the foundation's front-matter mistakes ---------------------------------------------
    "missing title": Case(
        {"articles/bad.md": "---\ndate: 2026-01-01\nauthors: [ada]\n---\nNo heading.\n"},
        ["docs/articles/bad.md:1: title: missing"],
    ),
    "unparsable date": Case(
        {"articles/bad.md": _article("title: T\ndate: next tuesday\nauthors: [ada]")},
        ["docs/articles/bad.md:3: date: expected a date like 2026-03-14"],
    ),
    "tags as a number": Case(
        {"articles/bad.md": _article(BASE + "\ntags: 7")},
        ["docs/articles/bad.md:5: tags: expected a list of text, got a number (7)"],
    ),
    "unknown author": Case(
        {"articles/bad.md": _article("title: T\ndate: 2026-01-01\nauthors: [bob]")},
        ["docs/articles/bad.md:4: authors: unknown author id 'bob'"],
    ),
    "unknown key": Case(
        {"articles/bad.md": _article(BASE + "\ndescripton: x")},
        ["docs/articles/bad.md:5: descripton: unknown key; did you mean 'description'?"],
    ),
    "invalid YAML": Case(
        {"articles/bad.md": _article("title: [unclosed\ndate: 2026-01-01")},
        ["docs/articles/bad.md:", "front matter: invalid YAML"],
    ),
    "two articles with one slug": Case(
        {
            "articles/a.md": _article(BASE + "\nslug: same"),
            "articles/b.md": _article(BASE + "\nslug: same"),
        },
        ["docs/articles/a.md:5: slug:", "docs/articles/b.md:5: slug:"],
    ),
    "slugs differing only in case": Case(
        {
            "articles/a.md": _article(BASE + "\nslug: Growth"),
            "articles/b.md": _article(BASE + "\nslug: growth"),
        },
        ["docs/articles/a.md:5: slug: 'articles/Growth/' differs only in case from articles/b.md"],
    ),
    "two translations in one language": Case(
        {
            "articles/a.md": _article(BASE + "\ntranslation_key: k\nlang: fr"),
            "articles/b.md": _article(BASE + "\ntranslation_key: k\nlang: fr"),
        },
        ["docs/articles/b.md:", "translation_key: articles/a.md is already the 'fr'"],
    ),
    # -- impossible dates, everywhere a date is read ----------------------------------------
    "impossible date in an article": Case(
        {"articles/bad.md": _article("title: T\ndate: 2026-02-30\nauthors: [ada]")},
        ["docs/articles/bad.md:3: date: '2026-02-30' is not a real date"],
    ),
    "impossible date in a highlight": Case(
        {"highlights/bad.md": "---\ndate: 2026-02-30\n---\nA post.\n"},
        ["docs/highlights/bad.md:2: date: '2026-02-30' is not a real date"],
    ),
    "impossible date in a correction": Case(
        {
            "articles/bad.md": _article(
                BASE + "\ncorrections:\n  - date: 2026-02-30\n    text: Fixed a figure."
            )
        },
        ["docs/articles/bad.md:5: corrections: item 1: '2026-02-30' is not a real date"],
    ),
    "impossible date in an event": Case(
        {
            "events/talk.md": "---\ntitle: A talk\nevent: Summit\nstart: 2026-02-30\n"
            "place: Oslo\n---\n",
        },
        ["docs/events/talk.md:4: start: '2026-02-30' is not a real date"],
    ),
    "impossible date in press.yml": Case(
        {
            "press.yml": "mentions:\n  - outlet: Daily\n    title: Profile\n"
            "    date: 2026-02-30\n    url: https://daily.example.com/p\n"
        },
        ["docs/press.yml:4: mentions[0].date: '2026-02-30' is not a real date"],
    ),
    # -- languages ----------------------------------------------------------------------------
    "language Babel lacks falls back to its base": Case(
        {"articles/bad.md": _article(BASE + "\nlang: en-XX")},
        ["docs/articles/bad.md:5: lang: 'en-XX' is not a language Podium knows; using 'en'"],
    ),
    "invalid language tag": Case(
        {"articles/bad.md": _article(BASE + "\nlang: english")},
        ["docs/articles/bad.md:5: lang: expected a language tag like en, fr, de or nb"],
    ),
    "unknown base language": Case(
        {"articles/bad.md": _article(BASE + "\nlang: qq")},
        ["docs/articles/bad.md:5: lang: 'qq' is not a language Podium knows"],
    ),
    # -- lists written as strings -------------------------------------------------------------
    "tags as a string": Case(
        {"articles/bad.md": _article(BASE + "\ntags: leadership, médias sociaux")},
        ["docs/articles/bad.md:5: tags: write a list"],
    ),
    "categories as a string": Case(
        {"articles/bad.md": _article(BASE + "\ncategories: Strategy")},
        ["docs/articles/bad.md:5: categories: write a list"],
    ),
    "highlight tags as a string": Case(
        {"highlights/bad.md": "---\ndate: 2026-01-02\ntags: energy\n---\nA post.\n"},
        ["docs/highlights/bad.md:3: tags: write a list"],
    ),
    # -- images ---------------------------------------------------------------------------------
    "missing cover image": Case(
        {"articles/bad.md": _article(BASE + "\nimage: nowhere.png\nimage_alt: A chart")},
        ["docs/articles/bad.md:5: image: 'nowhere.png' not found"],
    ),
    "corrupt cover image": Case(
        {
            "articles/bad.md": _article(BASE + "\nimage: broken.png\nimage_alt: A chart"),
            "articles/broken.png": _png()[:60],
        },
        ["docs/articles/bad.md:5: image: 'broken.png' is not a readable image"],
    ),
    "decompression bomb cover": Case(
        {
            "articles/bad.md": _article(BASE + "\nimage: huge.png\nimage_alt: A chart"),
            "articles/huge.png": _bomb_png(),
        },
        ["docs/articles/bad.md:5: image: 'huge.png' is 20000 x 20000 pixels"],
    ),
    "empty image_alt": Case(
        {
            "articles/bad.md": _article(BASE + "\nimage: ok.png\nimage_alt: ''"),
            "articles/ok.png": _png(),
        },
        ["docs/articles/bad.md:6: image_alt: expected text, got an empty value"],
    ),
    "cover without alt text is a note": Case(
        {
            "articles/bad.md": _article(BASE + "\nimage: ok.png"),
            "articles/ok.png": _png(),
        },
        [],
        fails=False,
    ),
    # -- links and scheduling -------------------------------------------------------------------
    "published article links to a draft": Case(
        {
            "articles/bad.md": _article(BASE, "See [the plan](plan.md)."),
            "articles/plan.md": _article(BASE + "\ndraft: true"),
        },
        ["docs/articles/bad.md:6: link: links to articles/plan.md, a draft"],
    ),
    "published article links to a scheduled one": Case(
        {
            "articles/bad.md": _article(BASE, "See [the plan](plan.md)."),
            "articles/plan.md": _article("title: Later\ndate: 2099-01-01\nauthors: [ada]"),
        },
        ["docs/articles/bad.md:6: link: links to articles/plan.md, scheduled for 2099-01-01"],
    ),
    "highlight points at a draft article": Case(
        {
            "articles/plan.md": _article(BASE + "\ndraft: true"),
            "highlights/bad.md": "---\ndate: 2026-01-02\narticle: plan\n---\nRead.\n",
        },
        ["docs/highlights/bad.md:3: article: no published article has the slug 'plan'"],
    ),
    "broken link": Case(
        {"articles/bad.md": _article(BASE, "See [the plan](nothing-here.md).")},
        ["docs/articles/bad.md:6: link:"],
    ),
    # -- texts that do not fit ------------------------------------------------------------------
    "long highlight is shortened quietly": Case(
        {"highlights/long.md": "---\ndate: 2026-01-02\n---\n" + "Word " * 400 + "\n"},
        [],
        fails=False,
    ),
    "own share text over the limit": Case(
        {"articles/bad.md": _article(BASE + "\nshare:\n  x: " + "word " * 80)},
        ["docs/articles/bad.md:5: share.x: hand-written X text is"],
    ),
    "emoji and control characters in a title": Case(
        {
            "articles/bad.md": _article(
                'title: "Growth \\a 🚀 plan"\ndate: 2026-01-01', "Growth \a and 🚀 ahead."
            )
        },
        ["docs/articles/bad.md:5: text: control character U+0007 removed"],
    ),
    # -- events, press, authors ---------------------------------------------------------------
    "event without a title": Case(
        {"events/talk.md": "---\nevent: Summit\nstart: 2026-03-01 10:00:00\nplace: Oslo\n---\n"},
        ["docs/events/talk.md:", "title: missing"],
    ),
    "press mention with a bad URL": Case(
        {
            "press.yml": "mentions:\n  - outlet: Daily\n    title: Profile\n"
            "    date: 2026-01-02\n    url: daily.example.com/p\n"
        },
        ["docs/press.yml:5: mentions[0].url: expected an absolute http(s) URL"],
    ),
    "author profile that is not a URL": Case(
        {".authors.yml": AUTHORS.replace("https://www.linkedin.com/in/ada-example", "ada")},
        ["docs/.authors.yml:", "authors.ada.profiles.linkedin: expected an absolute http(s)"],
    ),
    # -- configuration --------------------------------------------------------------------------
    "unknown placeholder in article_url": Case(
        {},
        ["mkdocs.yml", "podium/articles.article_url: unknown placeholder {yeer}"],
        config={"podium/articles": {"article_url": "articles/{yeer}/{slug}/"}},
    ),
    "unwritable cache_dir": Case(
        {},
        ["mkdocs.yml", "podium/cards.cache_dir: cannot write"],
        config={"podium/cards": {"cache_dir": "/proc/podium-cards"}},
    ),
    "unknown share platform": Case(
        {},
        ["mkdocs.yml:", "podium/share.platforms: Expected one of"],
        config={"podium/share": {"platforms": ["x", "myspace"]}},
        aborts=True,
    ),
}


def write_hub(root: Path, case: Case) -> None:
    docs = root / "docs"
    files: dict[str, str | bytes] = {
        "index.md": INDEX,
        ".authors.yml": AUTHORS,
        "articles/good.md": GOOD,
        "highlights/good.md": GOOD_HIGHLIGHT,
        **case.files,
    }
    for name, content in files.items():
        if name in case.removed:
            continue
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    config = yaml.safe_load(yaml.safe_dump(CONFIG))
    plugins = []
    for item in config["plugins"]:
        name = item if isinstance(item, str) else next(iter(item))
        options = {} if isinstance(item, str) else dict(item[name])
        options.update(case.config.get(name, {}))
        plugins.append({name: options} if options else name)
    config["plugins"] = plugins
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")


_CHECK_LINE = re.compile(r"^(?P<line>.+?)(?: \((?P<severity>warning|note)\))?$")


def check_lines(output: str) -> set[tuple[str, str]]:
    found = set()
    for line in output.splitlines():
        if line.startswith("note: ") or re.match(r"^\d+ error", line) or not line.strip():
            continue
        match = _CHECK_LINE.match(line)
        assert match, line
        if match["severity"] == "note":  # fails nothing; the build logs it as info
            continue
        found.add((match["line"], match["severity"] or "error"))
    return found


def build_lines(records: list[logging.LogRecord]) -> set[tuple[str, str]]:
    found = set()
    for record in records:
        # MkDocs' own findings (e.g. its link check) are its own; verdicts still must agree.
        if record.levelno < logging.WARNING or not record.name.startswith("mkdocs.plugins.podium"):
            continue
        message = re.sub(r"^podium/[a-z]+: ", "", record.getMessage())
        found.add((message, "error" if record.levelno >= logging.ERROR else "warning"))
    return found


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_and_strict_build_agree(tmp_path, monkeypatch, name):
    monkeypatch.setenv("PODIUM_NOW", "2026-06-01T12:00:00+00:00")
    case = CASES[name]
    write_hub(tmp_path, case)
    check = run_podium("check", cwd=tmp_path, PODIUM_NOW="2026-06-01T12:00:00+00:00")
    assert "Traceback" not in check.stdout + check.stderr, check.stderr
    built = build_project(tmp_path, tmp_path / "site", strict=True)
    messages = "\n".join(record.getMessage() for record in built.records)
    assert "Traceback" not in messages

    from_check = check_lines(check.stdout)
    for expected in case.expected:
        assert any(expected in line for line, _ in from_check), (expected, check.stdout)
    assert (check.returncode != 0) == case.fails, check.stdout
    assert (built.error is not None) == case.fails, messages
    if case.aborts:  # MkDocs' own config validation: same option, same verdict
        option = case.expected[-1].split(":")[0]
        assert option.split(".")[-1] in messages and option.split(".")[0] in messages
        return
    from_build = build_lines(built.records)
    assert from_check == from_build, (check.stdout, messages)
    # The rest of the site is built all the same.
    assert (tmp_path / "site" / "articles" / "good" / "index.html").is_file()
    assert (tmp_path / "site" / "index.html").is_file()


def test_the_catalogue_is_large_enough():
    assert len(CASES) >= 30
