"""Bluesky import: listRecords JSON and per-record folders; byte-indexed facets; threads."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from importer_archives import (
    BLOB_CID,
    DID,
    bluesky_records,
    by_syndication,
    png_bytes,
    read_highlights,
    render_html,
    write_bluesky,
)
from podium.importers.errors import ArchiveError
from podium.importers.service import import_archive

PROFILE = f"https://bsky.app/profile/{DID}/post/"


@pytest.fixture
def imported(tmp_path):
    report = import_archive("bluesky", write_bluesky(tmp_path / "repo"), tmp_path / "docs")
    return report, by_syndication(read_highlights(tmp_path / "docs")), tmp_path / "docs"


def test_posts_threads_and_skips(imported):
    report, highlights, _ = imported
    assert sorted(highlights) == [PROFILE + "3kaaa", PROFILE + "3kccc"]
    assert [s.reason for s in report.skipped] == ["reply to someone else"]


def test_facets_use_utf8_byte_offsets(imported):
    _, highlights, docs = imported
    meta, body = highlights[PROFILE + "3kaaa"]
    soup = BeautifulSoup(render_html(body), "html.parser")
    links = {a.get_text(): a["href"] for a in soup.find_all("a")}
    # The emoji before the facets shifts byte offsets by 4: a char-index reader would misplace.
    assert links["@ann.bsky.social"] == "https://bsky.app/profile/did:plc:ann"
    assert (
        links["https://example.com/articles/shipping/"] == "https://example.com/articles/shipping/"
    )
    assert "#buildinpublic" in soup.get_text()
    assert meta["tags"] == ["buildinpublic"]
    assert meta["lang"] == "en"
    assert meta["image_alt"] == "Rocket launch photo"
    assert (docs / meta["image"]).read_bytes() == png_bytes(3)
    assert meta["image"].endswith(".png")


def test_thread_merged(imported):
    _, highlights, _ = imported
    meta, body = highlights[PROFILE + "3kccc"]
    assert meta["lang"] == "de"
    paragraphs = [p.get_text() for p in BeautifulSoup(render_html(body), "html.parser")("p")]
    assert paragraphs == ["Thread start: on focus.", "Thread end: say no more often."]


def test_per_record_folder_layout(tmp_path):
    folder = tmp_path / "repo" / DID / "app.bsky.feed.post"
    folder.mkdir(parents=True)
    for record in bluesky_records()["records"]:
        if "/app.bsky.feed.post/" in record["uri"]:
            rkey = record["uri"].rsplit("/", 1)[-1]
            (folder / f"{rkey}.json").write_text(json.dumps(record["value"]))
    (tmp_path / "repo" / "_blob").mkdir()
    (tmp_path / "repo" / "_blob" / BLOB_CID).write_bytes(png_bytes(3))
    import_archive("bluesky", tmp_path / "repo", tmp_path / "docs")
    assert sorted(by_syndication(read_highlights(tmp_path / "docs"))) == [
        PROFILE + "3kaaa",
        PROFILE + "3kccc",
    ]


def test_missing_blob_is_a_note_not_a_failure(tmp_path):
    repo = write_bluesky(tmp_path / "repo")
    (repo / "blobs" / BLOB_CID).unlink()
    report = import_archive("bluesky", repo, tmp_path / "docs")
    meta, _ = by_syndication(read_highlights(tmp_path / "docs"))[PROFILE + "3kaaa"]
    assert "image" not in meta
    assert any(BLOB_CID in note for note in report.notes)


def test_no_post_records(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "posts.json").write_text(json.dumps({"records": []}))
    with pytest.raises(ArchiveError, match=r"no app\.bsky\.feed\.post records"):
        import_archive("bluesky", repo, tmp_path / "docs")


def test_record_without_text(tmp_path):
    records = bluesky_records()
    del records["records"][0]["value"]["text"]
    with pytest.raises(ArchiveError, match=r"3kaaa: text: missing"):
        import_archive("bluesky", write_bluesky(tmp_path / "repo", records), tmp_path / "docs")


def test_mastodon_outbox_given_to_bluesky(tmp_path):
    from importer_archives import write_mastodon

    outbox = write_mastodon(tmp_path / "m") / "outbox.json"
    with pytest.raises(ArchiveError, match="Mastodon export"):
        import_archive("bluesky", outbox, tmp_path / "docs")


def test_repository_car_file(tmp_path):
    pytest.importorskip("libipld")
    from importer_archives import bluesky_car

    car = tmp_path / "repo.car"
    car.write_bytes(bluesky_car())
    report = import_archive("bluesky", car, tmp_path / "docs")
    highlights = by_syndication(read_highlights(tmp_path / "docs"))
    assert sorted(highlights) == [PROFILE + "3kaaa", PROFILE + "3kccc"]
    meta, body = highlights[PROFILE + "3kaaa"]
    assert meta["tags"] == ["buildinpublic"]
    assert "[@ann.bsky.social](https://bsky.app/profile/did:plc:ann)" in body
    # The blob link survived as a CID; the blob itself is not inside a CAR export.
    assert any(BLOB_CID in note for note in report.notes)
    assert highlights[PROFILE + "3kccc"][1].count("\n\n") == 1  # thread merged


def test_truncated_car_file(tmp_path):
    pytest.importorskip("libipld")
    from importer_archives import bluesky_car

    car = tmp_path / "repo.car"
    car.write_bytes(bluesky_car()[:-40])
    with pytest.raises(ArchiveError, match=r"repo\.car: not a readable CAR file \(truncated\?\)"):
        import_archive("bluesky", car, tmp_path / "docs")
