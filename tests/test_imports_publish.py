"""A first import publishes: four real-format archives with long posts, emoji, pictures
without alt text and control characters, imported into a fresh `podium init` hub, pass
`podium check` and `mkdocs build --strict`."""

from __future__ import annotations

import subprocess
import sys

import yaml
from cli_support import podium_env, run_podium
from importer_archives import (
    hard_bluesky_records,
    hard_linkedin_rows,
    hard_mastodon_outbox,
    linkedin_csv,
    read_highlights,
    write_bluesky,
    write_hard_x,
    write_linkedin,
    write_mastodon,
)

NOW = "2026-03-14T10:00:00+00:00"


def test_four_archives_import_into_a_new_hub_that_builds_strict(tmp_path):
    made = run_podium("init", "hub", "--site-url", "https://hub.example.com/", cwd=tmp_path,
                      PODIUM_NOW=NOW)  # fmt: skip
    assert made.returncode == 0, made.stderr
    hub = tmp_path / "hub"
    archives = {
        "mastodon": write_mastodon(tmp_path / "m", hard_mastodon_outbox()),
        "x": write_hard_x(tmp_path / "x"),
        "linkedin": write_linkedin(tmp_path / "l", linkedin_csv(hard_linkedin_rows())),
        "bluesky": write_bluesky(tmp_path / "b", hard_bluesky_records()),
    }
    said = {}
    for platform, archive in archives.items():
        imported = run_podium("import", platform, str(archive), cwd=hub, PODIUM_NOW=NOW)
        assert imported.returncode == 0, imported.stderr
        said[platform] = imported.stdout
    # The import says where languages came from and what still needs alt text.
    assert "detected with py3langid" in said["linkedin"], said["linkedin"]
    assert "image_alt: missing: describe the image" in said["mastodon"], said["mastodon"]

    highlights = read_highlights(hub / "docs")
    texts = "".join(body for _, body in highlights.values())
    assert not any(char in texts for char in "\x07\x0b\x1b")
    german = [meta for meta, body in highlights.values() if "Hamburg" in body]
    assert [meta["lang"] for meta in german] == ["de"]
    no_alt = [meta for meta in highlights.values() if meta[0].get("image") and "📸" in meta[1]]
    assert no_alt and "image_alt" not in no_alt[0][0]

    checked = run_podium("check", cwd=hub, PODIUM_NOW=NOW)
    assert checked.returncode == 0, checked.stdout
    assert "image_alt: missing: describe the image (note)" in checked.stdout
    config = yaml.safe_load((hub / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "podium/cards" in config["plugins"]
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=hub,
        env=podium_env(PODIUM_NOW=NOW, NO_MKDOCS_2_WARNING="1"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    assert "generated texts shortened to fit" in built.stderr
    pages = list((hub / "site" / "highlights").rglob("index.html"))
    assert len(pages) > len(highlights)  # every highlight, plus the wall
    german_page = next(
        path for path in pages if "Hamburg" in path.read_text(encoding="utf-8")
        and 'lang="de"' in path.read_text(encoding="utf-8")
    )  # fmt: skip
    assert german_page
