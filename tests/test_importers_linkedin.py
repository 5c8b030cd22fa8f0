"""LinkedIn Shares.csv import: BOM, multi-line quoted commentary, hashtag markup, visibility."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from importer_archives import (
    LINKEDIN_ROWS,
    by_syndication,
    linkedin_csv,
    read_highlights,
    render_html,
    write_linkedin,
)
from podium.importers.errors import ArchiveError
from podium.importers.filters import Filters
from podium.importers.service import import_archive

FIRST = LINKEDIN_ROWS[0]["ShareLink"]
FOURTH = LINKEDIN_ROWS[3]["ShareLink"]


@pytest.fixture
def imported(tmp_path):
    report = import_archive(
        "linkedin",
        write_linkedin(tmp_path / "export"),
        tmp_path / "docs",
        filters=Filters(assume_lang="en"),
    )
    return report, by_syndication(read_highlights(tmp_path / "docs"))


def test_public_posts_with_commentary(imported):
    report, highlights = imported
    assert sorted(highlights) == sorted([FIRST, FOURTH])
    assert sorted(s.reason for s in report.skipped) == [
        "connections-only post",
        "reshare without commentary",
    ]
    assert any("not downloaded" in note for note in report.notes)


def test_multiline_commentary_keeps_its_shape(imported):
    _, highlights = imported
    meta, body = highlights[FIRST]
    assert meta["lang"] == "en"  # from --assume-lang
    assert meta["tags"] == ["Leadership", "management"]
    assert meta["date"].isoformat() == "2024-02-01T08:00:00+00:00"
    soup = BeautifulSoup(render_html(body), "html.parser")
    paragraphs = [p.get_text() for p in soup("p")]
    assert paragraphs[0] == "Three things I tell every new manager:"
    assert paragraphs[1] == '1. Say "I don\'t know".\n2. Write it down.\n3. Ask twice.'
    assert soup.find("ol") is None and soup.find("h1") is None  # text, not Markdown syntax
    assert "#Leadership #management" in paragraphs[2]
    assert soup.find("a")["href"] == "https://example.com/articles/new-managers/"


def test_script_in_commentary_is_text(imported):
    _, highlights = imported
    _, body = highlights[FOURTH]
    soup = BeautifulSoup(render_html(body), "html.parser")
    assert soup.find("script") is None
    assert "<script>alert(1)</script>" in soup.get_text()


def test_language_filter_uses_the_detected_language(tmp_path):
    report = import_archive(
        "linkedin",
        write_linkedin(tmp_path / "export"),
        tmp_path / "docs",
        filters=Filters(langs=frozenset({"en"})),
    )
    # Long posts get a detected language; the short one cannot be told and is left out.
    kept = read_highlights(tmp_path / "docs")
    assert [meta["lang"] for meta, _ in kept.values()] == ["en"]
    assert "language unknown (use --assume-lang)" in {s.reason for s in report.skipped}
    assert any("detected with py3langid" in note for note in report.notes), report.notes


def test_truncated_inside_a_quoted_field(tmp_path):
    text = linkedin_csv()
    cut = text.index("Write it down")
    export = write_linkedin(tmp_path / "export", text[:cut])
    with pytest.raises(ArchiveError, match=r"Shares\.csv:\d+: .*(truncated|unexpected end)"):
        import_archive("linkedin", export, tmp_path / "docs")


def test_truncated_row(tmp_path):
    text = linkedin_csv().rstrip("\r\n")
    text = text[: text.rindex(",MEMBER_NETWORK")]
    export = write_linkedin(tmp_path / "export", text)
    with pytest.raises(ArchiveError, match=r"Shares\.csv:\d+: wrong number of columns"):
        import_archive("linkedin", export, tmp_path / "docs")


def test_other_csv_is_rejected(tmp_path):
    export = write_linkedin(tmp_path / "export", "Date,Title\n2024-01-01,hello\n")
    with pytest.raises(ArchiveError, match=r"Shares\.csv:1: not a LinkedIn Shares\.csv"):
        import_archive("linkedin", export, tmp_path / "docs")


def test_bad_date(tmp_path):
    rows = [dict(LINKEDIN_ROWS[0], Date="01/02/2024")]
    export = write_linkedin(tmp_path / "export", linkedin_csv(rows))
    with pytest.raises(ArchiveError, match=r"Shares\.csv:\d+: Date: not a date"):
        import_archive("linkedin", export, tmp_path / "docs")
