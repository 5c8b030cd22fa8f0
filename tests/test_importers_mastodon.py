"""Mastodon archive import: real outbox.json shapes (Create/Announce, audiences, CWs, media)."""

from __future__ import annotations

import json
import tarfile

import pytest
from bs4 import BeautifulSoup
from importer_archives import (
    ACTOR,
    by_syndication,
    mastodon_outbox,
    png_bytes,
    read_highlights,
    render_html,
    write_mastodon,
)
from podium.importers.errors import ArchiveError
from podium.importers.service import import_archive


@pytest.fixture
def imported(tmp_path):
    archive = write_mastodon(tmp_path / "archive")
    report = import_archive("mastodon", archive, tmp_path / "docs")
    return report, by_syndication(read_highlights(tmp_path / "docs")), tmp_path / "docs"


def test_keeps_public_posts_and_threads_only(imported):
    report, highlights, _ = imported
    assert sorted(highlights) == [
        "https://mastodon.example/@jane/1",
        "https://mastodon.example/@jane/2",
        "https://mastodon.example/@jane/7",
        "https://mastodon.example/@jane/9",
    ]
    skipped = {
        skip.native_id.removeprefix(f"{ACTOR}/statuses/"): skip.reason for skip in report.skipped
    }
    assert skipped == {
        "3/activity": "boost",
        "4": "reply to someone else",
        "5": "private or direct post",
        "6": "private or direct post",
    }


def test_post_front_matter_and_body(imported):
    _, highlights, docs = imported
    meta, body = highlights["https://mastodon.example/@jane/1"]
    assert meta["date"].isoformat() == "2024-03-02T09:30:00+00:00"
    assert meta["lang"] == "en"
    assert meta["tags"] == ["leadership"]
    assert meta["syndication"] == [
        {"platform": "mastodon", "url": "https://mastodon.example/@jane/1"}
    ]
    assert meta["import_id"] == f"mastodon:{ACTOR}/statuses/1"
    assert meta["image_alt"] == "Bar chart: trust survey results by team"
    assert (docs / meta["image"]).read_bytes() == png_bytes(1)
    html = BeautifulSoup(render_html(body), "html.parser")
    text = html.get_text()
    assert "Trust is built in small moments & kept in big ones." in text
    assert "#leadership" in text and "🤝" in text
    links = {a.get_text(): a["href"] for a in html.find_all("a")}
    assert links["@bob"] == "https://other.example/@bob"
    # The shortened link shows the full URL, not Mastodon's hidden/ellipsis spans.
    full = "https://example.com/articles/trust-is-a-practice/"
    assert links[full] == full
    assert "…" not in text
    assert html.find("br") is not None  # <br> kept as a line break


def test_content_warning_kept(imported):
    _, highlights, _ = imported
    meta, body = highlights["https://mastodon.example/@jane/2"]
    assert meta["content_warning"] == "meeting rant"
    assert body.startswith("Hot take on remote meetings")


def test_self_thread_is_one_highlight(imported):
    _, highlights, _ = imported
    meta, body = highlights["https://mastodon.example/@jane/7"]
    assert meta["date"].isoformat() == "2024-03-08T09:30:00+00:00"  # the thread's first post
    paragraphs = [p.get_text() for p in BeautifulSoup(render_html(body), "html.parser")("p")]
    assert paragraphs == [
        "Three lessons from a year of board meetings. 🧵",
        "1. Send the memo a week early.",
    ]


def test_scripts_and_handlers_are_neutralised(imported):
    _, highlights, _ = imported
    _, body = highlights["https://mastodon.example/@jane/9"]
    html = render_html(body)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None and soup.find("img") is None
    assert not any(name.startswith("on") for tag in soup.find_all(True) for name in tag.attrs)
    assert "javascript:" not in html
    assert soup.get_text().strip() == "Click here safely"


def test_reads_a_tar_gz_archive(tmp_path):
    folder = write_mastodon(tmp_path / "unpacked")
    packed = tmp_path / "archive-20240401-abc.tar.gz"
    with tarfile.open(packed, "w:gz") as tar:
        for path in sorted(folder.rglob("*")):
            tar.add(path, arcname=path.relative_to(folder).as_posix(), recursive=False)
    import_archive("mastodon", packed, tmp_path / "docs")
    assert len(read_highlights(tmp_path / "docs")) == 4
    assert (tmp_path / "docs/assets/highlights/mastodon/1-1.png").read_bytes() == png_bytes(1)


def test_truncated_tar_is_a_clear_error(tmp_path):
    folder = write_mastodon(tmp_path / "unpacked")
    packed = tmp_path / "archive.tar.gz"
    with tarfile.open(packed, "w:gz") as tar:
        tar.add(folder / "outbox.json", arcname="outbox.json")
    packed.write_bytes(packed.read_bytes()[:200])
    with pytest.raises(ArchiveError, match="truncated"):
        import_archive("mastodon", packed, tmp_path / "docs")
    assert not (tmp_path / "docs").exists()


def test_truncated_outbox_names_file_and_line(tmp_path):
    archive = write_mastodon(tmp_path / "archive")
    outbox = archive / "outbox.json"
    outbox.write_text(outbox.read_text()[:900])
    with pytest.raises(ArchiveError) as error:
        import_archive("mastodon", archive, tmp_path / "docs")
    message = str(error.value)
    assert "outbox.json:" in message and "malformed or truncated JSON" in message
    assert error.value.line and error.value.line > 1


def test_wrong_platform_says_which_it_looks_like(tmp_path):
    from importer_archives import write_x

    archive = write_x(tmp_path / "x-archive")
    with pytest.raises(ArchiveError, match=r"no outbox\.json.*X/Twitter export"):
        import_archive("mastodon", archive, tmp_path / "docs")


def test_not_an_outbox(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "outbox.json").write_text(json.dumps({"type": "Person"}))
    with pytest.raises(ArchiveError, match="orderedItems"):
        import_archive("mastodon", archive, tmp_path / "docs")


def test_missing_published_names_the_field(tmp_path):
    outbox = mastodon_outbox()
    del outbox["orderedItems"][0]["object"]["published"]
    archive = write_mastodon(tmp_path / "archive", outbox)
    with pytest.raises(ArchiveError, match=r"orderedItems\[0\]\.object\.published"):
        import_archive("mastodon", archive, tmp_path / "docs")


def test_unlisted_posts_are_public(tmp_path):
    outbox = mastodon_outbox()
    note = outbox["orderedItems"][0]["object"]
    note["to"], note["cc"] = (
        [f"{ACTOR}/followers"],
        ["https://www.w3.org/ns/activitystreams#Public"],
    )
    outbox["orderedItems"][0]["to"], outbox["orderedItems"][0]["cc"] = note["to"], note["cc"]
    archive = write_mastodon(tmp_path / "archive", outbox)
    import_archive("mastodon", archive, tmp_path / "docs")
    assert "https://mastodon.example/@jane/1" in by_syndication(read_highlights(tmp_path / "docs"))


def test_attachment_given_as_full_url(tmp_path):
    outbox = mastodon_outbox()
    attachment = outbox["orderedItems"][0]["object"]["attachment"][0]
    attachment["url"] = "https://files.mastodon.example" + attachment["url"]
    import_archive("mastodon", write_mastodon(tmp_path / "archive", outbox), tmp_path / "docs")
    meta, _ = by_syndication(read_highlights(tmp_path / "docs"))["https://mastodon.example/@jane/1"]
    assert (tmp_path / "docs" / meta["image"]).read_bytes() == png_bytes(1)


def test_post_linking_to_an_own_article_gets_its_slug(tmp_path):
    docs = tmp_path / "docs"
    (docs / "articles/2024").mkdir(parents=True)
    (docs / "articles/2024/trust.md").write_text(
        "---\ntitle: Trust\nslug: trust-is-a-practice\n---\nBody.\n"
    )
    (docs / "articles/2024/other.md").write_text("---\ntitle: Other\n---\nBody.\n")
    archive = write_mastodon(tmp_path / "archive")
    import_archive("mastodon", archive, docs, site_url="https://example.com")
    highlights = by_syndication(read_highlights(docs))
    assert highlights["https://mastodon.example/@jane/1"][0]["article"] == "trust-is-a-practice"
    assert "article" not in highlights["https://mastodon.example/@jane/2"][0]
    # A link to an article that does not exist is not a relation.
    import_archive("mastodon", archive, tmp_path / "elsewhere", site_url="https://example.com")
    relinked = by_syndication(read_highlights(tmp_path / "elsewhere"))
    assert "article" not in relinked["https://mastodon.example/@jane/1"][0]
