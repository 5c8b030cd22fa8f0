"""Test set-up: import this checkout's code, fix "now", and share one demo build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
# A fixed "now", so which demo articles are future-dated does not depend on the day.
os.environ.setdefault("PODIUM_NOW", "2026-11-22T12:00:00+00:00")

from helpers import BuildResult, build_project  # noqa: E402


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The repository's demo hub, built once with ``--strict``."""
    return build_project(ROOT, tmp_path_factory.mktemp("demo") / "site", strict=True)
