"""The demo hub's highlights: enough of them, several languages, pull quotes that link back."""

from __future__ import annotations

import json
from urllib.parse import urljoin


def wall_cards(site, selector: str = "article.podium-hl"):
    """(wall page URL, card) for every card of every wall page, in order."""
    url, page, found = "highlights/", 1, []
    while site.exists(url):
        found += [(url, card) for card in site.html(url).select(f".podium-wall__list > {selector}")]
        page += 1
        url = f"highlights/page/{page}/"
    return found


def test_demo_wall(demo_site):
    cards = [card for _, card in wall_cards(demo_site)]
    assert len(cards) >= 15
    assert len(demo_site.html("highlights/").select("[data-podium-item]")) <= 12  # one page
    assert len({card["data-lang"] for card in cards}) >= 3
    dates = [card.select_one("time.dt-published")["datetime"] for card in cards]
    assert dates == sorted(dates, reverse=True)
    index = json.loads((demo_site.site / "highlights/index.json").read_text(encoding="utf-8"))
    assert index["count"] == len(cards)


def test_demo_highlight_pages_exist(demo_site):
    for wall_url, card in wall_cards(demo_site, "article.podium-hl:not(.podium-hl--quote)"):
        url = urljoin(wall_url, card.select_one("a.u-url")["href"])
        page = demo_site.html(url)
        assert page.select_one("article.podium-highlight.h-entry") is not None, url


def test_demo_pull_quotes_link_to_their_anchor(demo_site):
    quotes = wall_cards(demo_site, "article.podium-hl--quote")
    assert len(quotes) >= 2
    for wall_url, quote in quotes:
        target = urljoin(wall_url, quote.select_one("a.u-url")["href"])
        path, anchor = target.split("#")
        figure = demo_site.html(path).find(id=anchor)
        assert figure is not None and "podium-pullquote" in figure["class"], target
        assert (
            figure.blockquote.get_text(" ", strip=True).split()[:3]
            == quote.select_one(".podium-hl__quote").get_text(" ", strip=True).split()[:3]
        )


def test_demo_home_and_article_show_highlights(demo_site):
    assert len(demo_site.html("").select(".podium-hl-latest article.podium-hl")) >= 3
    article = demo_site.html("articles/why-forecasting-is-a-people-problem/")
    section = article.select_one("section.podium-hl-article")
    assert section is not None and section.select("article.podium-hl")
