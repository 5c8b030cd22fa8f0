"""Exports cannot run in a spreadsheet or smuggle invisible characters (issue: trust).

A real build with titles, share texts and highlights that start like formulas or carry
control characters; ``kit.json`` is read back with ``json``, and the CSV the kit page makes
in headless Chromium with ``csv``.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from helpers import article, build_site
from podium.core.safety import CONTROL
from podium.share.csv_safe import safe_cell

FORMULAS = {
    "eq": '=HYPERLINK("https://evil.example/","Click")',
    "plus": "+1+cmd|' /C calc'!A0",
    "minus": "-2+3",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0",
}


def test_safe_cell_follows_owasp():
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert safe_cell(start + "1+1") == "'" + start.strip("\r") + "1+1"
    assert safe_cell("Plain text") == "Plain text"
    assert safe_cell("bell\x07 and nul\x00 and del\x7f") == "bell and nul and del"
    assert safe_cell(-3) == -3  # numbers the program wrote stay numbers


@pytest.mark.browser
def test_kit_csv_has_no_formula_cell_and_exports_no_control_character(tmp_path):
    from browser import chromium, serve

    files = {
        f"articles/{name}.md": article(
            text + " \x07\x1b[31m", f"2026-03-0{i + 1}", slug=name, description="=1+1 described"
        )
        for i, (name, text) in enumerate(FORMULAS.items())
    }
    files["highlights/at.md"] = "---\ndate: 2026-03-09\n---\n@everyone =cmd|' /C calc'!A0\x7f\n"
    config = {"plugins": ["podium/articles", "podium/highlights", "podium/share"]}
    result = build_site(tmp_path, files, config)
    assert result.error is None, result.messages
    with serve(result.site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base + "share-kit/")
        page.wait_for_selector("[data-kit-loaded]")
        # The "CSV (all columns)" export, as the page makes it (kit.js), public links.
        raw = page.evaluate(
            "() => { const k = window.podiumKit.kit; return k.csv('csv', k.data.items, 0); }"
        )
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    cells = [cell for row in rows for cell in row]
    assert len(rows) > 10
    assert [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")] == []
    titles = {row[2] for row in rows[1:]}
    assert {t.split(" ")[0] for t in titles} >= {
        "'" + FORMULAS[name].split(" ")[0] for name in ("eq", "minus")
    }
    assert not CONTROL.search(raw.replace("\r\n", "").replace("\n", ""))
    kit = (result.site / "share-kit/kit.json").read_text(encoding="utf-8")
    json.loads(kit)
    assert not CONTROL.search(kit.replace("\n", ""))
    assert "\\u0007" not in kit and "\\u001b" not in kit
    index = (result.site / "highlights/index.json").read_text(encoding="utf-8")
    assert "\x7f" not in index and "\\u007f" not in index
