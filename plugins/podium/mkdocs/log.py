"""Loggers under ``mkdocs.plugins.podium.*`` so ``-v`` and ``--strict`` apply to them.

Every problem line of a build goes through :func:`report`: paths are shown relative to the
folder of ``mkdocs.yml`` (as ``podium check`` shows them, so an editor can open them), and a
line already reported in this build (the validation pass runs first and finds most of what
a plugin finds again) is not repeated.
"""

from __future__ import annotations

import logging
import posixpath
from collections.abc import Iterable

from mkdocs.plugins import PrefixedLogger

from podium.core.errors import Problem

_BUILD: dict[str, object] = {"prefix": "", "config": "mkdocs.yml", "seen": set()}


def get_logger(part: str) -> logging.LoggerAdapter:
    """The logger of one Podium plugin (messages are prefixed with its name)."""
    return PrefixedLogger(f"podium/{part}", logging.getLogger(f"mkdocs.plugins.podium.{part}"))


def begin_build(docs_prefix: str, config_name: str) -> None:
    """Start a build: docs paths get ``docs_prefix`` (``docs``); nothing is reported yet."""
    _BUILD["prefix"] = docs_prefix.strip("/")
    _BUILD["config"] = config_name
    _BUILD["seen"] = set()


def located(problem: Problem) -> Problem:
    """``problem`` with its docs-relative path made relative to the hub's root."""
    prefix = str(_BUILD["prefix"])
    if not prefix or problem.path == _BUILD["config"] or problem.path.startswith(prefix + "/"):
        return problem
    return Problem(
        posixpath.join(prefix, problem.path),
        problem.line,
        problem.field,
        problem.message,
        problem.severity,
    )


def report(log: logging.LoggerAdapter, problems: Iterable[Problem], *, rooted: bool = False):
    """Errors as errors (the item was left out), warnings as warnings (both fail --strict),
    notes as info. ``rooted``: paths are already relative to the hub's root."""
    seen: set = _BUILD["seen"]  # type: ignore[assignment]
    shown = [problem if rooted else located(problem) for problem in problems]
    for problem in sorted(shown, key=lambda item: (item.path, item.line or 0, item.field)):
        line = str(problem)
        if line in seen:
            continue
        seen.add(line)
        if problem.is_error:
            log.error(line)
        elif problem.is_note:
            log.info(line)
        else:
            log.warning(line)
