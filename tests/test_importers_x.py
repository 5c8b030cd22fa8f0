"""X/Twitter archive import: tweets.js quirks (JS prefix, entities, t.co, threads, media)."""

from __future__ import annotations

import json
import zipfile

import pytest
from bs4 import BeautifulSoup
from importer_archives import (
    by_syndication,
    png_bytes,
    read_highlights,
    render_html,
    write_x,
    x_tweets,
)
from podium.importers.errors import ArchiveError
from podium.importers.service import import_archive

URL = "https://x.com/jane_exec/status/"


@pytest.fixture
def imported(tmp_path):
    report = import_archive("x", write_x(tmp_path / "archive"), tmp_path / "docs")
    return report, by_syndication(read_highlights(tmp_path / "docs")), tmp_path / "docs"


def test_skips_retweets_and_replies_to_others(imported):
    report, highlights, _ = imported
    assert sorted(highlights) == [
        URL + "1765000000000000001",
        URL + "1765000000000000004",
        URL + "1765000000000000006",
        URL + "1765000000000000007",
    ]
    assert {s.native_id: s.reason for s in report.skipped} == {
        "1765000000000000002": "retweet",
        "1765000000000000003": "reply to someone else",
    }


def test_entities_links_mentions_and_media(imported):
    _, highlights, docs = imported
    meta, body = highlights[URL + "1765000000000000001"]
    soup = BeautifulSoup(render_html(body), "html.parser")
    text = soup.get_text()
    assert text.startswith("Culture eats strategy & process for breakfast 🍳 #leadership")
    assert "t.co" not in body  # link expanded, media link removed
    links = {a.get_text(): a["href"] for a in soup.find_all("a")}
    assert links["https://example.com/articles/culture/"] == "https://example.com/articles/culture/"
    assert links["@ann_k"] == "https://x.com/ann_k"
    assert meta["tags"] == ["leadership"]
    assert meta["date"].isoformat() == "2024-03-05T08:15:00+00:00"
    assert meta["image_alt"] == "Whiteboard with the words culture > strategy"
    assert (docs / meta["image"]).read_bytes() == png_bytes(2)


def test_self_thread_merged_without_self_mention(imported):
    _, highlights, _ = imported
    _, body = highlights[URL + "1765000000000000004"]
    paragraphs = [p.get_text() for p in BeautifulSoup(render_html(body), "html.parser")("p")]
    assert paragraphs == ["A thread on hiring well 🧵 1/2", "2/2 Hire for slope, not intercept. <3"]


def test_languages(imported):
    _, highlights, _ = imported
    assert highlights[URL + "1765000000000000006"][0]["lang"] == "fr"
    assert "lang" not in highlights[URL + "1765000000000000007"][0]  # "und" → site default


def test_filters(tmp_path):
    from datetime import date

    from podium.importers.filters import Filters

    report = import_archive(
        "x",
        write_x(tmp_path / "archive"),
        tmp_path / "docs",
        filters=Filters(since=date(2024, 3, 6), min_length=5, langs=frozenset({"fr"})),
    )
    assert list(by_syndication(read_highlights(tmp_path / "docs"))) == [URL + "1765000000000000006"]
    reasons = {s.native_id: s.reason for s in report.skipped}
    assert reasons["1765000000000000001"] == "before 2024-03-06"
    assert reasons["1765000000000000004"] == "language en not selected"
    assert reasons["1765000000000000007"] == "shorter than 5 characters"


def test_reads_the_zip_and_older_tweet_js(tmp_path):
    folder = write_x(tmp_path / "unpacked")
    (folder / "data/tweets.js").rename(folder / "data/tweet.js")
    text = (folder / "data/tweet.js").read_text().replace("YTD.tweets.", "YTD.tweet.")
    (folder / "data/tweet.js").write_text(text)
    packed = tmp_path / "twitter-2024-04-01-abc.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    import_archive("x", packed, tmp_path / "docs")
    assert len(read_highlights(tmp_path / "docs")) == 4


def test_truncated_zip_is_a_clear_error(tmp_path):
    folder = write_x(tmp_path / "unpacked")
    packed = tmp_path / "twitter.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        archive.write(folder / "data/tweets.js", "data/tweets.js")
    packed.write_bytes(packed.read_bytes()[:150])
    with pytest.raises(ArchiveError, match="truncated"):
        import_archive("x", packed, tmp_path / "docs")


def test_missing_prefix_and_bad_json(tmp_path):
    folder = write_x(tmp_path / "archive")
    (folder / "data/tweets.js").write_text(json.dumps(x_tweets()))
    with pytest.raises(ArchiveError, match=r"window\.YTD\.tweets\.part0"):
        import_archive("x", folder, tmp_path / "docs")
    (folder / "data/tweets.js").write_text('window.YTD.tweets.part0 = [ {"tweet": {')
    with pytest.raises(ArchiveError, match=r"tweets\.js:1: malformed or truncated JSON"):
        import_archive("x", folder, tmp_path / "docs")


def test_linkedin_file_given_to_x_importer(tmp_path):
    from importer_archives import write_linkedin

    shares = write_linkedin(tmp_path / "li") / "Shares.csv"
    with pytest.raises(ArchiveError, match="LinkedIn export"):
        import_archive("x", shares, tmp_path / "docs")


def test_bad_date_names_the_field(tmp_path):
    tweets = x_tweets()
    tweets[0]["tweet"]["created_at"] = "yesterday"
    with pytest.raises(ArchiveError, match=r"\[0\].*created_at: not an X date"):
        import_archive("x", write_x(tmp_path / "archive", tweets), tmp_path / "docs")


def test_tco_links_are_case_sensitive_and_mentions_are_not(tmp_path):
    tweets = x_tweets()[:1]
    body = tweets[0]["tweet"]
    body["full_text"] = "See https://t.co/AbC and https://t.co/abc with @ANN_K"
    body["entities"]["urls"] = [
        {"url": "https://t.co/AbC", "expanded_url": "https://example.com/upper"},
        {"url": "https://t.co/abc", "expanded_url": "https://example.com/lower"},
    ]
    body["extended_entities"] = {}
    import_archive("x", write_x(tmp_path / "archive", tweets), tmp_path / "docs")
    ((_, markdown_body),) = by_syndication(read_highlights(tmp_path / "docs")).values()
    soup = BeautifulSoup(render_html(markdown_body), "html.parser")
    assert [a["href"] for a in soup("a")] == [
        "https://example.com/upper",
        "https://example.com/lower",
        "https://x.com/ann_k",
    ]
    assert soup("a")[2].get_text() == "@ann_k"


def test_long_posts_take_their_full_text_from_note_tweet_js(tmp_path):
    long_text = "Long-form thought on leadership & trust. " * 10 + "The end."
    tweets = x_tweets()[:1]
    body = tweets[0]["tweet"]
    body["full_text"] = long_text[:270].replace("&", "&amp;") + "… https://t.co/NoTe123"
    body["entities"] = {"hashtags": [], "user_mentions": [], "urls": []}
    body["extended_entities"] = {}
    other = dict(x_tweets()[5]["tweet"])  # same second as a note whose text is different
    other["created_at"] = "Tue Mar 05 09:00:00 +0000 2024"
    archive = write_x(tmp_path / "archive", [*tweets, {"tweet": other}])
    notes = [
        {
            "noteTweet": {
                "noteTweetId": "1",
                "createdAt": "2024-03-05T08:15:00.000Z",
                "core": {"text": long_text.replace("&", "&amp;"), "urls": []},
            }
        },
        {
            "noteTweet": {
                "noteTweetId": "2",
                "createdAt": "2024-03-05T09:00:00.000Z",
                "core": {"text": "Something else entirely", "urls": []},
            }
        },
    ]
    (archive / "data/note-tweet.js").write_text(
        "window.YTD.note_tweet.part0 = " + json.dumps(notes)
    )
    import_archive("x", archive, tmp_path / "docs")
    highlights = by_syndication(read_highlights(tmp_path / "docs"))
    full = BeautifulSoup(render_html(highlights[URL + "1765000000000000001"][1]), "html.parser")
    assert full.get_text().strip() == long_text.strip()
    untouched = highlights[URL + "1765000000000000006"][1]
    assert "Le leadership" in untouched and "Something else" not in untouched


def test_thread_title_is_the_first_posts_first_sentence(imported):
    from podium.core.loader import load_content
    from podium.core.settings import ContentSettings

    _, _, docs = imported
    loaded = load_content(ContentSettings(docs_dir=docs))
    titles = {h.syndication[0].url: h.title for h in loaded.highlights if h.syndication}
    # not the first post run into the second ("... 1/2 2/2 Hire for slope ...")
    assert titles[URL + "1765000000000000004"] == "A thread on hiring well 🧵 1/2"
    assert titles[URL + "1765000000000000001"].startswith("Culture eats strategy & process")
