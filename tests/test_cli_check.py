"""`podium check` run as a user would: every problem at once, exit codes, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import run_podium, snapshot

CONFIG = """\
site_name: Check Hub
site_url: https://hub.example.com/
theme:
  name: material
markdown_extensions:
  - attr_list
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
plugins:
  - search
  - podium/articles:
      enabled: !ENV [PODIUM_ENABLED, true]
"""

AUTHORS = "authors:\n  ada:\n    name: Ada Example\n"

GOOD = """\
---
title: A good article
date: 2026-03-01
description: Everything in order.
authors: [ada]
translation_key: good
---

See [the other one](other-good.md) and ![A chart](img/chart.png).
"""

OTHER_GOOD = """\
---
title: Un bon article
date: 2026-03-02
description: Tout est en ordre.
lang: fr
translation_key: good
---

Retour à [l'original](../good/).
"""


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


@pytest.fixture
def clean_hub(tmp_path: Path) -> Path:
    write(
        tmp_path,
        {
            "mkdocs.yml": CONFIG,
            "docs/index.md": "# Home\n\nRead [the good article](articles/good.md).\n",
            "docs/.authors.yml": AUTHORS,
            "docs/articles/good.md": GOOD,
            "docs/articles/other-good.md": OTHER_GOOD,
            "docs/articles/img/chart.png": b"\x89PNG fake",
            "docs/highlights/one.md": "---\ndate: 2026-03-03\narticle: good\n---\nShort post.\n",
        },
    )
    return tmp_path


def test_a_clean_hub_passes(clean_hub):
    result = run_podium("check", cwd=clean_hub)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("0 error(s), 0 warning(s) in 4 page(s)")


BROKEN = {
    # line 3: date wrong type; line 4: an unknown key (warning)
    "docs/articles/bad-date.md": "---\ntitle: Bad date\ndate: next tuesday\ncategores: [x]\n---\n",
    # no description (warning); broken link line 7; image without alt (warning) + missing, line 8
    "docs/articles/links.md": (
        "---\ntitle: Links\ndate: 2026-03-01\n---\n\nIntro.\n"
        "A [broken link](nowhere.md) here.\n![](img/missing.png)\n"
        "An [article that does not exist](../no-such-article/).\n"
    ),
    # same slug as good.md (error on the slug line 4)
    "docs/articles/2026/good.md": (
        "---\ntitle: Another good\ndate: 2026-03-05\nslug: good\ndescription: Twin.\n---\n"
    ),
    # a translation key nobody else has (warning), a title X truncates (warning)
    "docs/articles/lonely.md": (
        "---\ntitle: "
        + "A very long title that goes on and on, well past what X shows on a card"
        + "\ndate: 2026-03-01\ndescription: Alone.\ntranslation_key: lonely-key\n---\n"
    ),
    # a cover image without alt text (warning) that does not exist (error)
    "docs/articles/cover.md": (
        "---\ntitle: Cover\ndate: 2026-03-01\ndescription: With a cover.\nimage: cover.jpg\n---\n"
    ),
}


def test_every_problem_is_reported_at_once(clean_hub):
    write(clean_hub, BROKEN)
    before = snapshot(clean_hub)
    result = run_podium("check", cwd=clean_hub)
    assert result.returncode == 1
    assert snapshot(clean_hub) == before  # nothing written, no site built
    assert not (clean_hub / "site").exists()
    lines = result.stdout.splitlines()
    expected = [
        "docs/articles/bad-date.md:3: date: expected a date like 2026-03-14",
        "docs/articles/bad-date.md:4: categores: ",
        "docs/articles/links.md:7: link: link 'nowhere.md': no page docs/articles/nowhere.md",
        "docs/articles/links.md:8: image: image 'img/missing.png' not found",
        "docs/articles/links.md:8: image: 'img/missing.png' has no alt text",
        "docs/articles/links.md:9: link: link '../no-such-article/': no page at "
        "/articles/no-such-article/",
        "docs/articles/links.md:2: description: missing",
        "docs/articles/2026/good.md:4: slug: 'articles/good/' is also the URL of articles/good.md",
        "docs/articles/good.md: slug: 'articles/good/' is also the URL of articles/2026/good.md",
        "docs/articles/lonely.md:5: translation_key: 'lonely-key' links to no translation",
        "docs/articles/lonely.md:2: title: 71 characters: X cuts card titles after 70",
        "docs/articles/cover.md:5: image: 'cover.jpg' not found",
        "docs/articles/cover.md:5: image_alt: missing",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in lines), f"{start!r} not in:\n{result.stdout}"
    problems = [line for line in lines if line.startswith("docs/")]
    errors = [line for line in problems if not line.endswith("(warning)")]
    assert lines[-1].startswith(
        f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s) in 9 page(s)"
    )


def test_json_format_and_strict(clean_hub):
    write(clean_hub, {"docs/articles/no-description.md": "---\ntitle: T\ndate: 2026-03-01\n---\n"})
    relaxed = run_podium("check", "--format", "json", cwd=clean_hub)
    assert relaxed.returncode == 0  # warnings only
    data = json.loads(relaxed.stdout)
    assert data["errors"] == 0
    assert data["problems"] == [
        {
            "path": "docs/articles/no-description.md",
            "line": 2,
            "field": "description",
            "message": data["problems"][0]["message"],
            "severity": "warning",
        }
    ]
    assert run_podium("check", "--strict", cwd=clean_hub).returncode == 1


def test_site_url_is_required_for_previews(clean_hub):
    config = clean_hub / "mkdocs.yml"
    config.write_text(CONFIG.replace("site_url: https://hub.example.com/\n", ""), encoding="utf-8")
    result = run_podium("check", cwd=clean_hub)
    assert result.returncode == 1
    assert "mkdocs.yml: site_url: missing" in result.stdout


def test_oversized_cards_in_the_built_site(clean_hub):
    card = b"\x89PNG" + b"\0" * 1_100_000
    write(
        clean_hub,
        {"site/assets/cards/good.og.1a2b3c.png": card, ".cache/podium/cards/ab/ab.png": card},
    )
    result = run_podium("check", cwd=clean_hub)
    assert result.returncode == 1
    assert (
        "site/assets/cards/good.og.1a2b3c.png: card: 1100004 bytes: over Bluesky" in result.stdout
    )
    assert ".cache" not in result.stdout


def test_no_config_is_a_clear_error(tmp_path):
    result = run_podium("check", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("podium: mkdocs.yml: no such file")
    assert result.stdout == ""


def test_broken_yaml_is_a_clear_error_with_its_line(clean_hub):
    (clean_hub / "mkdocs.yml").write_text("site_name: X\nplugins:\n  - search\n - oops\n")
    result = run_podium("check", "--config", "mkdocs.yml", cwd=clean_hub)
    assert result.returncode == 2
    assert result.stderr.startswith("podium: mkdocs.yml:4: YAML: ")
    assert "Traceback" not in result.stderr


def test_broken_front_matter_yaml_is_reported_with_the_file_line(clean_hub):
    write(clean_hub, {"docs/articles/yaml.md": "---\ntitle: [unclosed\ndate: 2026-01-01\n---\n"})
    result = run_podium("check", cwd=clean_hub)
    assert result.returncode == 1
    assert any(
        line.startswith("docs/articles/yaml.md:") and "invalid YAML" in line
        for line in result.stdout.splitlines()
    )


def test_share_texts_over_a_platforms_limit(clean_hub):
    long_text = "Leadership " * 30  # 330 characters: over X's 280
    write(
        clean_hub,
        {
            "docs/articles/shared.md": (
                "---\ntitle: Shared\ndate: 2026-03-01\ndescription: D.\n"
                f"share:\n  x: {long_text.strip()}\n---\nBody.\n"
            )
        },
    )
    result = run_podium("check", "--format", "json", cwd=clean_hub)
    assert result.returncode == 1
    problems = json.loads(result.stdout)["problems"]
    assert [(p["path"], p["line"], p["field"], p["severity"]) for p in problems] == [
        ("docs/articles/shared.md", 5, "share.x", "error")
    ]


def test_links_follow_the_configured_urls(clean_hub):
    config = clean_hub / "mkdocs.yml"
    config.write_text(
        CONFIG.replace("      enabled:", "      article_url: blog/{slug}/\n      enabled:"),
        encoding="utf-8",
    )
    write(
        clean_hub,
        {
            "docs/about.md": (
                # served at /about/, so the site root is ../
                "# About\n\n[Good](../blog/good/), [in French](../articles/lang/fr/), "
                "[gone](../blog/missing/).\n"
            )
        },
    )
    result = run_podium("check", cwd=clean_hub)
    assert result.returncode == 1
    problems = [line for line in result.stdout.splitlines() if line.startswith("docs/")]
    # other-good.md links to ../good/, which is right under blog/ too.
    assert problems == ["docs/about.md:3: link: link '../blog/missing/': no page at /blog/missing/"]


def test_the_repository_demo_passes_the_check_the_workflow_runs():
    from cli_support import REPO

    result = run_podium("check", "--format", "json", cwd=REPO)
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout)["files_checked"] > 10


def test_events_are_checked_with_the_profile_plugin(clean_hub):
    config = clean_hub / "mkdocs.yml"
    config.write_text(CONFIG + "  - podium/profile\n", encoding="utf-8")
    event = "---\ntitle: Talk\nplace: Oslo\n"
    write(
        clean_hub,
        {
            "docs/events/good.md": f"{event}start: 2026-05-02 18:30:00+02:00\n---\n",
            "docs/events/no-zone.md": f"{event}start: 2026-05-02 18:30:00\n---\n",
        },
    )
    result = run_podium("check", "--format", "json", cwd=clean_hub)
    problems = json.loads(result.stdout)["problems"]
    assert {(p["path"], p["field"]) for p in problems if p["severity"] == "error"} == {
        ("docs/events/no-zone.md", "start")
    }
    assert result.returncode == 1
