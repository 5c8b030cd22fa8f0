"""Link-preview limits: titles, descriptions and card image sizes."""

from __future__ import annotations

from pathlib import Path

from podium.authoring import previews


def test_titles_and_descriptions_platforms_would_cut():
    fields = lambda title, description: [  # noqa: E731
        (finding.field, finding.severity) for finding in previews.text_findings(title, description)
    ]
    assert fields("A" * 70, "d" * 200) == []
    assert fields("A" * 71, "d") == [("title", "warning")]
    assert fields("T", "d" * 201) == [("description", "warning")]
    assert fields("T", "  ") == [("description", "warning")]
    message = previews.text_findings("A" * 75, "d")[0].message
    assert message.startswith("75 characters: X cuts card titles after 70")


def write(path: Path, size: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG" + b"\0" * (size - 4))
    return path


def test_cards_over_a_platforms_byte_limit(tmp_path: Path):
    cards = tmp_path / "site" / "assets" / "cards"
    write(cards / "small.og.abc123.png", 100_000)
    big_shared = write(cards / "big.og.abc123.png", 1_000_001)
    fine_for_x = write(cards / "post.x.abc123.png", 1_500_000)
    too_big_for_x = write(cards / "post2.x.abc123.jpg", 5 * 1024 * 1024 + 1)
    instagram = write(cards / "post.story.abc123.jpg", 3_000_000)  # posted by hand: 8 MB
    whatsapp = write(cards / "mid.og.abc123.png", 400_000)
    found = {(path, finding.severity) for path, finding in previews.card_findings([cards])}
    assert found == {(big_shared, "error"), (too_big_for_x, "error"), (whatsapp, "warning")}
    assert fine_for_x not in {path for path, _ in found}
    assert instagram not in {path for path, _ in found}


def test_card_platform_comes_from_the_preset_in_the_name():
    assert previews.card_platform(Path("a.x.123.png")) == "x"
    assert previews.card_platform(Path("a.square.123.png")) == "instagram"
    assert previews.card_platform(Path("a.og.123.png")) is None
    assert previews.card_platform(Path("x.og.123.png")) is None  # a slug named "x"


def test_missing_folders_are_fine(tmp_path: Path):
    assert previews.card_findings([tmp_path / "nope"]) == []
