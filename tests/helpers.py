"""Build real MkDocs sites in temp dirs, in-process, and capture what they log."""

from __future__ import annotations

import logging
import os
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[1]

BASE_CONFIG: dict[str, Any] = {
    "site_name": "Test Hub",
    "site_url": "https://hub.example.com/",
    "theme": {"name": "material", "font": False, "custom_dir": str(ROOT / "overrides")},
    "plugins": ["podium/articles"],
}

AUTHORS = """\
authors:
  ada:
    name: Ada Example
    description: Chief Executive
    avatar: https://hub.example.com/ada.png
    job_title: Chief Executive Officer
    organization: Example Corp
    profiles:
      linkedin: https://www.linkedin.com/in/ada-example
      mastodon: "@ada@example.social"
"""


@dataclass
class BuildResult:
    site: Path
    records: list[logging.LogRecord] = field(default_factory=list)
    error: BaseException | None = None

    @property
    def messages(self) -> list[str]:
        return [record.getMessage() for record in self.records]

    def warnings(self) -> list[str]:
        """Warning and error messages, without the ``podium/<plugin>: `` prefix."""
        return [_unprefixed(r.getMessage()) for r in self.records if r.levelno >= logging.WARNING]

    def html(self, url: str) -> BeautifulSoup:
        """Parse the page served at ``url`` (site-relative, e.g. ``articles/foo/``)."""
        path = self.site / url
        if url.endswith("/") or not url:
            path = path / "index.html"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")

    def exists(self, url: str) -> bool:
        path = self.site / url
        return (path / "index.html").exists() if url.endswith("/") else path.exists()


def _unprefixed(message: str) -> str:
    return re.sub(r"^podium/[a-z]+: ", "", message)


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _run(
    config_file: Path, site_dir: Path, strict: bool, command: str = "build", **overrides: Any
) -> BuildResult:
    collector = _Collector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    previous_level = logger.level
    logger.setLevel(logging.INFO)
    result = BuildResult(site_dir)
    try:
        config = load_config(str(config_file), site_dir=str(site_dir), strict=strict, **overrides)
        config.plugins.on_startup(command=command, dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except BaseException as error:
        result.error = error
    finally:
        logger.removeHandler(collector)
        logger.setLevel(previous_level)
    result.records = collector.records
    return result


def build_project(
    project: Path, site_dir: Path, strict: bool = False, command: str = "build"
) -> BuildResult:
    """Build an existing project (a folder with mkdocs.yml) into ``site_dir``.

    ``command="serve"`` builds as ``mkdocs serve`` would (drafts shown).
    """
    previous = Path.cwd()
    os.chdir(project)
    try:
        return _run(project / "mkdocs.yml", site_dir, strict, command)
    finally:
        os.chdir(previous)


def build_site(
    tmp_path: Path,
    files: dict[str, str | bytes],
    config: dict[str, Any] | None = None,
    *,
    strict: bool = False,
    authors: str | None = AUTHORS,
    site_dir: Path | None = None,
    command: str = "build",
) -> BuildResult:
    """Write ``files`` under ``tmp_path/docs`` with a mkdocs.yml, build, return the result.

    Text files are dedented, so tests can write front matter inline.
    """
    project = tmp_path
    docs = project / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    if authors is not None and ".authors.yml" not in files:
        (docs / ".authors.yml").write_text(authors, encoding="utf-8")
    for name, content in files.items():
        target = docs / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    merged = {**BASE_CONFIG, **(config or {})}
    (project / "mkdocs.yml").write_text(yaml.safe_dump(merged, sort_keys=False), encoding="utf-8")
    return build_project(project, site_dir or project / "site", strict=strict, command=command)


def article(
    title: str = "A title",
    date: str = "2026-03-14",
    body: str = "Intro paragraph.\n\n<!-- more -->\n\nMore text.",
    **front: Any,
) -> str:
    """An article file's text with the given front matter."""
    meta = {"title": title, "date": date, "authors": ["ada"], **front}
    front_matter = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    return f"---\n{front_matter}---\n{body}\n"
