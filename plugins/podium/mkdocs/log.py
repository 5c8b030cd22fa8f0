"""Loggers under ``mkdocs.plugins.podium.*`` so ``-v`` and ``--strict`` apply to them."""

from __future__ import annotations

import logging

from mkdocs.plugins import PrefixedLogger

from podium.core.errors import Problem


def get_logger(part: str) -> logging.LoggerAdapter:
    """The logger of one Podium plugin (messages are prefixed with its name)."""
    return PrefixedLogger(f"podium/{part}", logging.getLogger(f"mkdocs.plugins.podium.{part}"))


def report(log: logging.LoggerAdapter, problems: list[Problem]) -> None:
    """Errors as errors (the item was left out), warnings as warnings; both fail --strict."""
    notes = []
    for problem in sorted(problems, key=lambda item: (item.path, item.line or 0, item.field)):
        if problem.is_error:
            log.error(str(problem))
        elif problem.severity == "note":
            notes.append(str(problem))
        else:
            log.warning(str(problem))
    if notes:  # information only: one line, never a --strict failure
        log.info(f"{len(notes)} note(s): " + "; ".join(notes))
