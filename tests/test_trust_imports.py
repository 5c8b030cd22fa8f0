"""Importers do not follow links out of an unpacked archive folder, and imported text
carries no control characters; bidi overrides are reported."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from importer_archives import _create, _note, mastodon_outbox, png_bytes, write_mastodon
from podium.core.safety import CONTROL
from podium.importers.service import import_archive

MEDIA = "media_attachments/files/111/000/001/original/chart.png"
SECRET = b"root:x:0:0:root:/root:/bin/bash\n"


def docs_bytes(docs: Path) -> list[bytes]:
    return [p.read_bytes() for p in docs.rglob("*") if p.is_file()]


def secret_file(tmp_path: Path) -> Path:
    secret = tmp_path / "outside" / "passwd.png"
    secret.parent.mkdir()
    secret.write_bytes(SECRET)
    return secret


@pytest.mark.parametrize("kind", ["symlink", "hardlink", "linked-folder", "fifo"])
def test_links_and_devices_in_an_unpacked_folder_are_refused(tmp_path, kind):
    archive = write_mastodon(tmp_path / "archive")
    media = archive / MEDIA
    secret = secret_file(tmp_path)
    media.unlink()
    if kind == "symlink":
        media.symlink_to(secret)
        refused, why = MEDIA, "a symbolic link"
    elif kind == "hardlink":
        os.link(secret, media)
        refused, why = MEDIA, "a hard link"
    elif kind == "linked-folder":
        shutil.rmtree(archive / "media_attachments")
        (archive / "media_attachments").symlink_to(secret.parent, target_is_directory=True)
        refused, why = "media_attachments", "a symbolic link"
    else:
        os.mkfifo(media)  # reading it would block the import forever
        refused, why = MEDIA, "not a regular file"
    docs = tmp_path / "docs"
    report = import_archive("mastodon", archive, docs)
    assert any(note.startswith(f"{archive}/{refused}: refused: {why}") for note in report.notes)
    assert all(SECRET not in data for data in docs_bytes(docs))
    assert not list(docs.rglob("*.png"))
    assert len(list(docs.rglob("*.md"))) >= 3  # the posts themselves are still imported


def test_a_plain_folder_still_imports_its_media(tmp_path):
    report = import_archive("mastodon", write_mastodon(tmp_path / "archive"), tmp_path / "docs")
    assert not any("refused" in note for note in report.notes)
    [png] = list((tmp_path / "docs").rglob("*.png"))
    assert png.read_bytes() == png_bytes(1)


def test_control_characters_are_stripped_and_bidi_overrides_reported(tmp_path):
    outbox = mastodon_outbox()
    content = "<p>Bell\x07 escape\x1b[31m del\x7f nul\x00 done. Price: \u202e01$\u202c today</p>"
    hostile_tag = {"type": "Hashtag", "href": "https://x.example/tags/x", "name": "#a<b>"}
    outbox["orderedItems"].append(
        _create(_note(20, content, summary="warn\x07ing", tag=[hostile_tag]))
    )
    docs = tmp_path / "docs"
    report = import_archive("mastodon", write_mastodon(tmp_path / "archive", outbox), docs)
    texts = [p.read_text(encoding="utf-8") for p in docs.rglob("*.md")]
    [post] = [text for text in texts if "Bell" in text]
    assert "Bell escape\\[31m del nul done." in post  # Markdown-escaped bracket
    assert not CONTROL.search(post.replace("\n", ""))
    assert "content_warning: warning" in post
    assert "a<b>" not in post
    bidi = [n for n in report.notes if "bidi override" in n]
    assert len(bidi) == 1 and bidi[0].startswith("mastodon:")
