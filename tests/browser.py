"""Headless Chromium driven by Playwright, and a loopback server for a site.

Which Chromium: ``PODIUM_CHROMIUM`` names an executable, or is ``playwright`` for the build
that ``python -m playwright install chromium`` downloads (GitHub's runners, where Debian's
package is not to be had); unset, Debian's ``/usr/bin/chromium`` (``.ci/run`` installs it).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

DEBIAN_CHROMIUM = "/usr/bin/chromium"
PLAYWRIGHT = "playwright"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def chosen_chromium() -> str:
    """``PODIUM_CHROMIUM`` (a path, or ``playwright``), else Debian's Chromium."""
    return os.environ.get("PODIUM_CHROMIUM") or DEBIAN_CHROMIUM


def require_chromium() -> str | None:
    """The executable to launch (None: Playwright's own build).

    Skips without Chromium, except under CI=true where a skip would hide a failure.
    """
    chosen = chosen_chromium()
    if chosen == PLAYWRIGHT:
        return None  # launch() itself says clearly when that build was not installed
    if chosen == DEBIAN_CHROMIUM and not os.path.exists(chosen):
        chosen = shutil.which("chromium") or chosen
    if os.path.exists(chosen):
        return chosen
    if os.environ.get("CI") == "true":
        pytest.fail(f"Chromium is missing at {chosen} (CI must install it, or set PODIUM_CHROMIUM)")
    pytest.skip("Chromium is not installed")


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 (a free port); yields the base URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """A Playwright browser on the chosen Chromium (see the module's docstring)."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()
