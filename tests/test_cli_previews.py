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
    site = tmp_path / "site"
    write(site / "assets" / "cards" / "small.png", 100_000)
    big_shared = write(site / "assets" / "cards" / "big.png", 1_000_001)
    fine_for_x = write(site / "assets" / "cards" / "post.x.png", 1_500_000)
    too_big_for_x = write(site / "assets" / "cards" / "post2.x.png", 5 * 1024 * 1024 + 1)
    whatsapp = write(site / "assets" / "cards" / "mid.png", 400_000)
    write(site / "images" / "huge-photo.png", 9_000_000)  # not a card
    found = {(path, finding.severity) for path, finding in previews.card_findings([site])}
    assert found == {(big_shared, "error"), (too_big_for_x, "error"), (whatsapp, "warning")}
    assert fine_for_x not in {path for path, _ in found}


def test_missing_folders_are_fine(tmp_path: Path):
    assert previews.card_findings([tmp_path / "nope"]) == []
