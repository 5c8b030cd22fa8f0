"""Re-running an import: no duplicates, edited files untouched, all-or-nothing writes."""

from __future__ import annotations

import os

import pytest
from importer_archives import (
    bluesky_records,
    mastodon_outbox,
    read_highlights,
    write_bluesky,
    write_mastodon,
    write_x,
)
from podium.importers import writer
from podium.importers.errors import ArchiveError
from podium.importers.service import import_archive
from podium.importers.writer import EDITED, NEW, UNCHANGED, UPDATED


def snapshot(root):
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_second_run_changes_nothing(tmp_path):
    archive, docs = write_x(tmp_path / "archive"), tmp_path / "docs"
    first = import_archive("x", archive, docs)
    before = snapshot(docs)
    second = import_archive("x", archive, docs)
    assert {o.action for o in first.outcomes} == {NEW}
    assert {o.action for o in second.outcomes} == {UNCHANGED}
    assert len([o for o in second.outcomes if o.action == UNCHANGED]) == 4  # media not re-listed
    assert snapshot(docs) == before


def test_edited_file_is_skipped_and_never_overwritten(tmp_path):
    archive, docs = write_mastodon(tmp_path / "archive"), tmp_path / "docs"
    import_archive("mastodon", archive, docs)
    files = sorted((docs / "highlights/mastodon").glob("*.md"))
    edited = files[0]
    edited.write_text(edited.read_text().replace("lang: en", "lang: en\narticle: trust"))
    edited_bytes = edited.read_bytes()
    # The author also moves a file: it must still be recognised, not imported again.
    moved = files[1].rename(docs / "highlights" / "renamed-by-author.md")
    report = import_archive("mastodon", archive, docs)
    actions = {o.path: o.action for o in report.outcomes}
    assert actions[edited.relative_to(docs).as_posix()] == EDITED
    assert actions[moved.relative_to(docs).as_posix()] == UNCHANGED
    assert edited.read_bytes() == edited_bytes
    assert len(read_highlights(docs)) == 4  # no duplicates


def test_upstream_change_updates_an_untouched_file(tmp_path):
    docs = tmp_path / "docs"
    import_archive("bluesky", write_bluesky(tmp_path / "v1"), docs)
    records = bluesky_records()
    records["records"][2]["value"]["text"] = "Thread start: on deep focus."
    report = import_archive("bluesky", write_bluesky(tmp_path / "v2", records), docs)
    updated = [o for o in report.outcomes if o.action == UPDATED]
    assert len(updated) == 1
    assert "deep focus" in (docs / updated[0].path).read_text()
    assert len(read_highlights(docs)) == 2


def test_same_slug_gets_a_distinct_file(tmp_path):
    outbox = mastodon_outbox()
    twin = outbox["orderedItems"][6]["object"]
    clone = dict(twin, id=twin["id"] + "0", url=twin["url"] + "0")
    outbox["orderedItems"].append(dict(outbox["orderedItems"][6], object=clone))
    import_archive("mastodon", write_mastodon(tmp_path / "archive", outbox), tmp_path / "docs")
    paths = sorted(read_highlights(tmp_path / "docs"))
    assert "highlights/mastodon/2024-03-08-three-lessons-from-a-year-of-board-meetings.md" in paths
    assert (
        "highlights/mastodon/2024-03-08-three-lessons-from-a-year-of-board-meetings-70.md" in paths
    )


def test_hand_written_highlight_with_the_same_name_is_kept(tmp_path):
    docs = tmp_path / "docs"
    mine = docs / "highlights/x/2024-03-07-le-leadership-c-est-d-abord-ecouter.md"
    mine.parent.mkdir(parents=True)
    mine.write_text("---\ndate: 2024-03-07\n---\n\nMy own words.\n")
    import_archive("x", write_x(tmp_path / "archive"), docs)
    assert mine.read_text() == "---\ndate: 2024-03-07\n---\n\nMy own words.\n"
    assert (
        docs / "highlights/x/2024-03-07-le-leadership-c-est-d-abord-ecouter-1765000000000000006.md"
    ).exists()


def test_dry_run_writes_nothing(tmp_path):
    docs = tmp_path / "docs"
    report = import_archive("x", write_x(tmp_path / "archive"), docs, dry_run=True)
    assert not docs.exists()
    assert [o.action for o in report.outcomes].count(NEW) == 5  # 4 posts + 1 image


def test_malformed_post_halfway_changes_nothing(tmp_path):
    docs = tmp_path / "docs"
    import_archive("mastodon", write_mastodon(tmp_path / "good"), docs)
    before = snapshot(docs)
    outbox = mastodon_outbox()
    outbox["orderedItems"][0]["object"]["content"] = "<p>changed upstream</p>"
    outbox["orderedItems"][8]["object"]["published"] = "not a date"
    with pytest.raises(ArchiveError, match="published"):
        import_archive("mastodon", write_mastodon(tmp_path / "bad", outbox), docs)
    assert snapshot(docs) == before


def test_failure_while_moving_rolls_back(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    import_archive("mastodon", write_mastodon(tmp_path / "v1"), docs)
    before = snapshot(docs)
    outbox = mastodon_outbox()
    for item in outbox["orderedItems"]:
        if isinstance(item.get("object"), dict):
            item["object"]["content"] += "<p>PS: updated.</p>"
    real_replace, calls = os.replace, []

    def flaky_replace(source, target):
        calls.append(target)
        if len(calls) == 5:  # a few files already moved into place
            raise OSError(28, "No space left on device", str(target))
        return real_replace(source, target)

    monkeypatch.setattr(writer.os, "replace", flaky_replace)
    with pytest.raises(OSError):
        import_archive("mastodon", write_mastodon(tmp_path / "v2", outbox), docs)
    monkeypatch.undo()
    assert snapshot(docs) == before
    assert not list(tmp_path.glob(".podium-import-*"))  # stage removed


def test_fresh_imports_are_byte_identical(tmp_path):
    archive = write_mastodon(tmp_path / "archive")
    import_archive("mastodon", archive, tmp_path / "one")
    import_archive("mastodon", archive, tmp_path / "two")
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")
