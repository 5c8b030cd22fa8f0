"""Cards by use: the og card for every page, every preset only for promoted pages."""

from __future__ import annotations

from helpers import article, build_site
from PIL import Image
from podium.cli import main

FILES = {
    "index.md": "---\ntitle: Home\n---\nWelcome.\n",
    "articles/new.md": article("Fresh", date="2026-03-01"),
    "articles/month.md": article("A month before", date="2026-02-05"),
    "articles/old.md": article("Old news", date="2025-01-01"),
    "articles/pinned.md": article("Pinned", date="2024-01-01", pin=True),
    "articles/shared.md": article("Shared", date="2024-02-01", share={"hashtags": ["AI"]}),
    "articles/asked.md": article("Asked for", date="2024-03-01"),
    "highlights/old.md": "---\ndate: 2024-05-01\n---\nAn old highlight.\n",
}


def presets_made(result) -> dict[str, set[str]]:
    made: dict[str, set[str]] = {}
    for path in (result.site / "assets/cards").rglob("*.*"):
        rel = path.relative_to(result.site / "assets/cards").as_posix()
        slug, preset = rel.split(".")[:2]
        made.setdefault(slug, set()).add(preset)
        with Image.open(path) as image:
            assert image.size[0] >= 1080
    return made


def test_presets_follow_the_promotion_settings(tmp_path):
    (tmp_path / "podium-cards.txt").write_text("# asked\narticles/asked.md\n", encoding="utf-8")
    options = {"workers": 1, "promote": {"recent_days": 30}}
    result = build_site(
        tmp_path, FILES, {"plugins": ["podium/articles", {"podium/cards": options}]}
    )
    assert result.error is None, result.messages
    made = presets_made(result)
    every = {"og", "square", "portrait", "story"}
    assert made["articles/new"] == every  # the newest
    assert made["articles/month"] == every  # 24 days before the newest
    assert made["articles/old"] == {"og"}
    assert made["articles/pinned"] == every  # pin: true
    assert made["articles/shared"] == every  # share: set
    assert made["articles/asked"] == every  # in the requests file
    assert made["highlights/old"] == {"og"}
    assert made["home"] == every
    assert made["authors/ada"] == {"og"}


def test_narrow_promotion_and_every_page(tmp_path):
    narrow = {"recent_days": 0, "pinned": False, "shared": False, "pages": ["articles/o*.md"]}
    result = build_site(
        tmp_path / "narrow",
        FILES,
        {"plugins": ["podium/articles", {"podium/cards": {"workers": 1, "promote": narrow}}]},
    )
    assert result.error is None, result.messages
    made = presets_made(result)
    promoted = {slug for slug, presets in made.items() if len(presets) > 1}
    assert promoted == {"articles/old", "home"}
    wide = {"workers": 1, "promote": {"every_page": True}, "presets": {"x": True}}
    result = build_site(
        tmp_path / "wide", FILES, {"plugins": ["podium/articles", {"podium/cards": wide}]}
    )
    made = presets_made(result)
    assert made["highlights/old"] == {"og", "x", "square", "portrait", "story"}
    assert made["authors/ada"] == {"og"}  # author pages: og only


def test_podium_cards_command_keeps_requests(tmp_path, capsys):
    build_site(tmp_path, FILES, {"plugins": ["podium/articles"]})
    config = str(tmp_path / "mkdocs.yml")
    requests = tmp_path / "podium-cards.txt"
    docs = tmp_path / "docs"
    assert main(["cards", "--config", config, str(docs / "articles/old.md")]) == 0
    assert main(["cards", "--config", config, str(docs / "articles/asked.md")]) == 0
    lines = [ln for ln in requests.read_text().splitlines() if not ln.startswith("#")]
    assert lines == ["articles/asked.md", "articles/old.md"]
    assert main(["cards", "--remove", "--config", config, str(docs / "articles/old.md")]) == 0
    lines = [ln for ln in requests.read_text().splitlines() if not ln.startswith("#")]
    assert lines == ["articles/asked.md"]
    assert main(["cards", "--config", config, str(tmp_path / "nope.md")]) == 2
    assert "nope.md: not a file under" in capsys.readouterr().err
