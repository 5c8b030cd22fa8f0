"""The demo hub's highlights: enough of them, several languages, pull quotes that link back."""

from __future__ import annotations

from urllib.parse import urljoin


def test_demo_wall(demo_site):
    wall = demo_site.html("highlights/")
    cards = wall.select(".podium-wall__list > article.podium-hl")
    assert len(cards) >= 15
    assert len({card["data-lang"] for card in cards}) >= 3
    dates = [card.select_one("time.dt-published")["datetime"] for card in cards]
    assert dates == sorted(dates, reverse=True)


def test_demo_highlight_pages_exist(demo_site):
    cards = demo_site.html("highlights/").select("article.podium-hl:not(.podium-hl--quote)")
    for card in cards:
        url = urljoin("highlights/", card.select_one("a.u-url")["href"])
        page = demo_site.html(url)
        assert page.select_one("article.podium-highlight.h-entry") is not None, url


def test_demo_pull_quotes_link_to_their_anchor(demo_site):
    quotes = demo_site.html("highlights/").select("article.podium-hl--quote")
    assert len(quotes) >= 2
    for quote in quotes:
        target = urljoin("highlights/", quote.select_one("a.u-url")["href"])
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
