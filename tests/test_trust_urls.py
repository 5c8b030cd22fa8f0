"""One URL check for every URL field: a scheme allow-list, relative paths where a file is
meant. A real build with ``javascript:`` in each field: every one is refused with one line
and no output carries the scheme."""

from __future__ import annotations

import pytest
from helpers import article, build_site
from podium.core import fields

EVIL = "javascript:alert(1)"

AUTHORS = f"""\
authors:
  ada:
    name: Ada Example
    avatar: "{EVIL}"
    url: "{EVIL}"
    profiles:
      x: "{EVIL}"
"""

PRESS = f"""\
mentions:
  - outlet: Example Times
    title: An interview
    date: 2026-05-04
    url: "{EVIL}"
    kind: interview
kit:
  photos:
    - file: "{EVIL}"
      alt: A portrait
"""

EVENT = f"""\
---
title: A talk
start: 2026-12-03 09:30:00+00:00
place: Lisbon
event_url: "{EVIL}"
image: "{EVIL}"
---
A talk.
"""


@pytest.mark.parametrize(
    ("check", "value", "ok"),
    [
        (fields.page_link, "../other/", True),
        (fields.page_link, "mailto:ada@example.com", True),
        (fields.page_link, "https://example.com/x", True),
        (fields.page_link, "JavaScript:alert(1)", False),
        (fields.page_link, "java\tscript:alert(1)", False),
        (fields.page_link, "data:text/html,<script>alert(1)</script>", False),
        (fields.page_link, "vbscript:msgbox", False),
        (fields.web_link, "//evil.example/x.png", False),
        (fields.web_link, "mailto:ada@example.com", False),
        (fields.web_link, "images/my photo.png", True),
        (fields.web_link, "https://host/x\x00.png", False),
        (fields.relative_path, "https://example.com/x.png", False),
        (fields.url, "https:///no-host", False),
    ],
)
def test_the_one_url_check(check, value, ok):
    if ok:
        assert check(value) == value
    else:
        with pytest.raises(fields.FieldError):
            check(value)


def test_javascript_urls_are_refused_in_every_field(tmp_path):
    files = {
        "articles/links.md": article("Links", "2026-03-01", links=[{"Evil": EVIL}, "ok.md"]),
        "articles/image.md": article("Image", "2026-03-02", image=EVIL),
        "articles/canonical.md": article("Canonical", "2026-03-03", canonical_url=EVIL),
        "articles/syndicated.md": article(
            "Syndicated", "2026-03-04", syndication=[{"platform": "x", "url": EVIL}]
        ),
        "articles/fine.md": article("Fine", "2026-03-05", links=["mailto:ada@example.com"]),
        "highlights/h.md": f"---\ndate: 2026-03-06\nimage: '{EVIL}'\n---\nA post.\n",
        "press.yml": PRESS,
        "events/talk.md": EVENT,
    }
    config = {
        "plugins": [
            "search",
            "podium/articles",
            "podium/highlights",
            "podium/meta",
            "podium/profile",
        ]
    }
    result = build_site(tmp_path, files, config, authors=AUTHORS)
    problems = [w for w in result.warnings() if EVIL in w]
    where = sorted(p.split(": ")[0] + ": " + p.split(": ")[1] for p in problems)
    assert where == [
        ".authors.yml:2: authors.ada.avatar",
        ".authors.yml:2: authors.ada.profiles.x",
        ".authors.yml:2: authors.ada.url",
        "articles/canonical.md:6: canonical_url",
        "articles/image.md:6: image",
        "articles/links.md:6: links",
        "articles/syndicated.md:6: syndication",
        "events/talk.md:5: event_url",
        "events/talk.md:6: image",
        "highlights/h.md:3: image",
        "press.yml:5: mentions[0].url",
        "press.yml:9: kit.photos[0].file",
    ]
    assert result.exists("articles/fine/")
    for path in result.site.rglob("*"):
        if path.suffix in {".html", ".json", ".xml", ".ics", ".csv"}:
            text = path.read_text(encoding="utf-8")
            assert "javascript:alert" not in text.lower(), path


def test_control_characters_leave_front_matter_text(tmp_path):
    body = "Nul\x00 and bell\x07 in the body.\n\n<!-- more -->\n\nEscape\x1b[31m too."
    files = {
        "articles/a.md": article("Ring\x07 the\x1b bell\x7f", "2026-03-01", slug="a", body=body),
        "about.md": "# About\n\nA plain page\x07 too.\n",
        # YAML's escapes make control characters even where raw ones are refused.
        "press.yml": 'mentions:\n  - outlet: "Bell\\a Times"\n    title: "Esc\\e title"\n'
        "    date: 2026-05-04\n    url: https://example.com/a\n",
    }
    plugins = ["search", "podium/articles", "podium/feeds", "podium/highlights", "podium/profile"]
    result = build_site(tmp_path, files, {"plugins": plugins})
    assert result.error is None
    assert result.html("articles/a/").select_one("h1").get_text() == "Ring the bell"
    assert "Bell Times" in result.html("press/").get_text()
    for path in result.site.rglob("*"):
        if path.suffix in {".html", ".json", ".xml"}:
            text = path.read_text(encoding="utf-8")
            for char in ("\x00", "\x07", "\x1b", "\x7f"):
                assert char not in text, path
                assert f"\\u{ord(char):04x}" not in text.lower(), path
