"""The demo hub as readers meet it, in headless Chromium: axe-core finds no contrast, link or
landmark problem in either colour scheme, the highlights wall does not shift when its script
starts, and no page logs a console error."""

from __future__ import annotations

import pytest
from axe import axe_source, run_axe
from browser import chromium, serve

ARTICLE = "articles/engineering-leadership-in-the-energy-transition/"
PAGES = ["", ARTICLE, "highlights/", "share-kit/", "about/", "events/"]
ALWAYS = {"color-contrast", "link-in-text-block", "region"}
SCHEMES = {"light": "default", "dark": "slate"}

# Collects layout shifts from the first paint on (buffered), as Lighthouse's CLS does.
SHIFTS = """
window.__shifts = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__shifts.push(entry.value);
  }
}).observe({type: "layout-shift", buffered: true});
"""


def _record_errors(page, errors: list[str]) -> None:
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: errors.append(f"{r.url}: {r.failure}"))


def _describe(violations: list[dict]) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): " + "; ".join(str(n["target"]) for n in v["nodes"][:4])
        for v in violations
    ]


@pytest.mark.browser
@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_axe_finds_nothing_serious_in_either_scheme(demo_site, scheme) -> None:
    source = axe_source()
    problems: dict[str, list[str]] = {}
    with serve(demo_site.site) as base, chromium() as browser:
        context = browser.new_context(color_scheme=scheme)
        for url in PAGES:
            page = context.new_page()
            errors: list[str] = []
            _record_errors(page, errors)
            response = page.goto(base + url, wait_until="networkidle")
            assert response is not None and response.ok, url
            used = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
            assert used == SCHEMES[scheme], (url, used)
            bad = [
                v
                for v in run_axe(page, source)
                if v["id"] in ALWAYS or v["impact"] in ("serious", "critical")
            ]
            if bad or errors:
                problems[url or "/"] = _describe(bad) + errors
            page.close()
        context.close()
    assert problems == {}


@pytest.mark.browser
@pytest.mark.parametrize("viewport", [(1280, 800), (390, 844)], ids=["desktop", "phone"])
def test_the_wall_does_not_shift_when_its_script_starts(demo_site, viewport) -> None:
    width, height = viewport
    with serve(demo_site.site) as base, chromium() as browser:
        page = browser.new_page(viewport={"width": width, "height": height})
        page.add_init_script(SHIFTS)
        page.goto(base + "highlights/", wait_until="networkidle")
        page.wait_for_timeout(500)
        assert page.is_visible(".podium-wall__filters")
        shifts = page.evaluate("window.__shifts")
        assert sum(shifts) < 0.05, shifts
        # the default view is the page's language, chosen in the one language control
        assert page.input_value("select[name=lang]") == "en"
        langs = page.eval_on_selector_all(
            "[data-podium-item]:not([hidden])", "els => els.map(e => e.lang)"
        )
        assert langs and set(langs) == {"en"}
        assert page.locator("nav.podium-languages").count() == 0
        page.select_option("select[name=lang]", "")
        page.wait_for_function("document.querySelector('.podium-wall__status').textContent")
        assert page.evaluate("location.hash") == "#lang=all"
        langs = page.eval_on_selector_all(
            "[data-podium-item]:not([hidden])", "els => els.map(e => e.lang)"
        )
        assert len(set(langs)) > 1
