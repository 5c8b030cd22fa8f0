"""Imported highlights are valid content: a strict build accepts them and renders them safely."""

from __future__ import annotations

from helpers import build_project, build_site
from importer_archives import write_bluesky, write_linkedin, write_mastodon, write_x
from podium.importers.filters import Filters
from podium.importers.service import import_archive


def test_imported_archives_build_strictly_and_safely(tmp_path):
    project = tmp_path / "project"
    config = {"plugins": ["podium/articles", "podium/highlights"]}
    first = build_site(project, {"index.md": "# Home\n"}, config, strict=True)
    assert first.error is None
    docs = project / "docs"
    import_archive("mastodon", write_mastodon(tmp_path / "m"), docs)
    import_archive("x", write_x(tmp_path / "x"), docs)
    import_archive(
        "linkedin", write_linkedin(tmp_path / "l"), docs, filters=Filters(assume_lang="en")
    )
    import_archive("bluesky", write_bluesky(tmp_path / "b"), docs)
    result = build_project(project, project / "site", strict=True)
    assert result.error is None, result.warnings()
    assert result.warnings() == []
    wall = result.html("highlights/")
    items = wall.select(".podium-wall__list > article.podium-hl")
    assert len(items) == 12  # 4 Mastodon + 4 X + 2 LinkedIn + 2 Bluesky
    html = str(wall)
    assert "javascript:" not in html and "onerror" not in html and "onclick" not in html
    assert "<script>alert" not in html
    # Content warning and image survive into the permalink page.
    page = result.html("highlights/2024-03-03-hot-take-on-remote-meetings-fewer-shorter/")
    assert page.select_one("details.podium-hl__warning summary").get_text().endswith("meeting rant")
    x_page = result.html("highlights/2024-03-05-culture-eats-strategy-process-for-breakfast/")
    image = x_page.select_one("figure.podium-highlight__figure img")
    assert (
        (
            result.site
            / "highlights/2024-03-05-culture-eats-strategy-process-for-breakfast"
            / image["src"]
        )
        .resolve()
        .is_file()
    )
    assert image["alt"] == "Whiteboard with the words culture > strategy"
    syndication = x_page.select_one('a[rel="syndication"]')
    assert syndication["href"] == "https://x.com/jane_exec/status/1765000000000000001"
