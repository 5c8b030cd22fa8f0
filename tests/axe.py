"""axe-core (from the npm registry) for the accessibility tests.

`.ci/run` installs it with `npm install --prefix <dir> axe-core@4` and exports AXE_CORE_JS;
locally, point AXE_CORE_JS at `node_modules/axe-core/axe.min.js` or install it the same way
into `.cache/npm/`. Under CI=true a missing axe-core fails instead of skipping."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = (
    ROOT / ".cache" / "npm" / "node_modules" / "axe-core" / "axe.min.js",
    ROOT / "node_modules" / "axe-core" / "axe.min.js",
)


def axe_source() -> str:
    """The text of axe.min.js, to inject into a page."""
    env = os.environ.get("AXE_CORE_JS")
    for path in ([Path(env)] if env else []) + list(CANDIDATES):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    message = "axe-core is missing: npm install --prefix .cache/npm axe-core@4 (or set AXE_CORE_JS)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def run_axe(page, source: str) -> list[dict]:
    """axe's violations on ``page`` (WCAG 2 A/AA and best-practice rules)."""
    page.add_script_tag(content=source)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return result["violations"]
