"""The feed library on its own: three formats, order, dates, ids, images, feedgen fixes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

import pytest
from feeds_checks import ATOM, check_atom, check_json_feed, check_rss
from lxml import etree
from podium.feeds import (
    FeedAuthor,
    FeedError,
    FeedImage,
    FeedItem,
    FeedSpec,
    render_feed,
)

SITE = "https://hub.example.com/"
SPEC = FeedSpec(
    title="Ada's ideas",
    home_page_url=SITE,
    rss_url=SITE + "feed.xml",
    atom_url=SITE + "atom.xml",
    json_url=SITE + "feed.json",
    description="Notes on leadership",
    language="en",
    authors=(FeedAuthor("Ada Example", "/about/"),),
)
ADA = FeedAuthor("Ada Example", SITE + "about/")


def day(n: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, 1, hour, tzinfo=UTC) + timedelta(days=n)


def article(n: int, **changes: object) -> FeedItem:
    url = f"{SITE}articles/post-{n}/"
    values: dict[str, object] = {
        "id": url,
        "url": url,
        "title": f"Post {n}",
        "published": day(n),
        "content_html": f'<p>Body {n} <a href="../post-{n - 1}/">previous</a></p>',
        "summary": f"Summary {n}",
        "authors": (ADA,),
        "categories": ("Strategy",),
        "tags": ("ai", f"t{n}"),
        "language": "en",
        "source": f"articles/post-{n}.md",
    }
    values.update(changes)
    return FeedItem(**values)  # type: ignore[arg-type]


def render_all(items: list[FeedItem], spec: FeedSpec = SPEC):
    rendered = render_feed(spec, items)
    return (
        rendered,
        check_rss(rendered.rss),
        check_atom(rendered.atom),
        check_json_feed(rendered.json),
    )


def test_three_formats_list_the_same_items_newest_first() -> None:
    items = [article(n) for n in (3, 1, 5, 2, 4)]  # any input order
    _, rss, atom, jsonfeed = render_all(items)
    expected = [f"{SITE}articles/post-{n}/" for n in (5, 4, 3, 2, 1)]
    assert [entry.id for entry in rss.entries] == expected
    assert [entry.id for entry in atom.entries] == expected
    assert [item["id"] for item in jsonfeed["items"]] == expected
    assert [entry.link for entry in atom.entries] == expected
    published = [datetime.fromisoformat(i["date_published"]) for i in jsonfeed["items"]]
    assert published == sorted(published, reverse=True)
    assert [parsedate_to_datetime(e.published) for e in rss.entries] == published


def test_limit_keeps_the_newest_items() -> None:
    spec = FeedSpec(**{**SPEC.__dict__, "limit": 2})
    _, rss, atom, jsonfeed = render_all([article(n) for n in range(1, 6)], spec)
    assert [e.title for e in rss.entries] == ["Post 5", "Post 4"]
    assert len(atom.entries) == 2 and len(jsonfeed["items"]) == 2


def test_feed_date_is_the_newest_item_update_never_now() -> None:
    # Post 1 is the oldest but was corrected last: the feed is as new as that correction.
    corrected = day(30, hour=17)
    items = [article(1, updated=corrected), article(2), article(3)]
    rendered, _, _, jsonfeed = render_all(items)
    channel = etree.fromstring(rendered.rss).find("channel")
    assert parsedate_to_datetime(channel.findtext("lastBuildDate")) == corrected
    feed = etree.fromstring(rendered.atom)
    assert datetime.fromisoformat(feed.findtext(f"{ATOM}updated")) == corrected
    by_id = {item["id"]: item for item in jsonfeed["items"]}
    post1 = by_id[f"{SITE}articles/post-1/"]
    assert datetime.fromisoformat(post1["date_modified"]) == corrected
    assert datetime.fromisoformat(post1["date_published"]) == day(1)
    # An entry without `updated` is dated by its publication, not by the clock.
    entry3 = next(e for e in feed.iter(f"{ATOM}entry") if "post-3" in e.findtext(f"{ATOM}id"))
    assert datetime.fromisoformat(entry3.findtext(f"{ATOM}updated")) == day(3)


def test_same_input_gives_byte_identical_feeds() -> None:
    items = [article(n, image=FeedImage(f"/cards/{n}.png", width=1200, height=630)) for n in (1, 2)]
    first = render_feed(SPEC, items)
    second = render_feed(SPEC, list(reversed(items)))
    assert (first.rss, first.atom, first.json) == (second.rss, second.atom, second.json)


def test_ids_are_canonical_urls_without_tracking_parameters() -> None:
    tracked = f"{SITE}articles/post-1/?utm_source=linkedin&ref=keep&fbclid=abc&UTM_Medium=x#top"
    _, rss, atom, jsonfeed = render_all([article(1, id=tracked)])
    clean = f"{SITE}articles/post-1/?ref=keep"
    assert rss.entries[0].id == atom.entries[0].id == jsonfeed["items"][0]["id"] == clean


def test_rss_guid_is_a_permalink_only_for_urls() -> None:
    items = [article(1), article(2, id="tag:hub.example.com,2026:post-2")]
    rendered, *_ = render_all(items)
    guids = {
        guid.text: guid.get("isPermaLink") for guid in etree.fromstring(rendered.rss).iter("guid")
    }
    assert guids == {f"{SITE}articles/post-1/": "true", "tag:hub.example.com,2026:post-2": "false"}


def test_atom_entry_links_keep_rel_type_hreflang_and_length() -> None:
    # feedgen 1.0.0 drops every attribute but href on entry links (its issue #135).
    image = FeedImage("/cards/post-1.png", width=1200, height=630, length=48213)
    item = article(1, image=image, external_url="https://medium.com/@ada/post-1")
    rendered, _, atom, _ = render_all([item])
    entry = etree.fromstring(rendered.atom).find(f"{ATOM}entry")
    links = {link.get("rel"): dict(link.attrib) for link in entry.findall(f"{ATOM}link")}
    assert links["alternate"] == {
        "href": f"{SITE}articles/post-1/",
        "rel": "alternate",
        "type": "text/html",
        "hreflang": "en",
    }
    assert links["enclosure"] == {
        "href": f"{SITE}cards/post-1.png",
        "rel": "enclosure",
        "type": "image/png",
        "length": "48213",
    }
    assert links["related"]["href"] == "https://medium.com/@ada/post-1"
    assert atom.entries[0].link == f"{SITE}articles/post-1/"


def test_card_image_is_media_content_thumbnail_enclosure_and_json_image() -> None:
    image = FeedImage("../../cards/post-1.png", width=1200, height=630, length=48213)
    _, rss, atom, jsonfeed = render_all([article(1, image=image)])
    card = f"{SITE}cards/post-1.png"
    for parsed in (rss, atom):
        entry = parsed.entries[0]
        assert entry.media_content[0]["url"] == card
        assert entry.media_content[0]["medium"] == "image"
        assert entry.media_content[0]["width"] == "1200"
        assert entry.media_thumbnail[0]["url"] == card
        assert [e.href for e in entry.enclosures] == [card]
    assert rss.entries[0].enclosures[0]["length"] == "48213"
    assert jsonfeed["items"][0]["image"] == card


def test_unknown_image_size_writes_length_zero() -> None:
    rendered, *_ = render_all([article(1, image=FeedImage("/cover.jpg"))])
    enclosure = etree.fromstring(rendered.rss).find("channel/item/enclosure")
    assert enclosure.attrib == {
        "url": f"{SITE}cover.jpg",
        "length": "0",
        "type": "image/jpeg",
    }


def test_authors_categories_and_tags_in_every_format() -> None:
    grace = FeedAuthor("Grace Hopper", "https://grace.example.org/")
    rendered, rss, atom, jsonfeed = render_all([article(1, authors=(ADA, grace))])
    item = etree.fromstring(rendered.rss).find("channel/item")
    creators = [c.text for c in item.findall("{http://purl.org/dc/elements/1.1/}creator")]
    assert creators == ["Ada Example", "Grace Hopper"]
    assert item.find("author") is None  # RSS <author> would need an e-mail address
    assert [a.name for a in atom.entries[0].authors] == ["Ada Example", "Grace Hopper"]
    assert atom.entries[0].authors[1].href == "https://grace.example.org/"
    assert [t.term for t in rss.entries[0].tags] == ["Strategy", "ai", "t1"]
    assert [t.term for t in atom.entries[0].tags] == ["Strategy", "ai", "t1"]
    assert jsonfeed["items"][0]["tags"] == ["Strategy", "ai", "t1"]
    assert [a["name"] for a in jsonfeed["items"][0]["authors"]] == ["Ada Example", "Grace Hopper"]
    # Feed-level author (RFC 4287 needs one unless every entry has one), made absolute.
    assert atom.feed.author_detail.href == f"{SITE}about/"
    assert jsonfeed["authors"] == [{"name": "Ada Example", "url": f"{SITE}about/"}]


def test_rss_puts_summary_in_description_and_body_in_content_encoded() -> None:
    item = article(1, summary="Costs < benefits & more", content_html="<p>Full <b>body</b></p>")
    rendered, rss, atom, jsonfeed = render_all([item])
    xml_item = etree.fromstring(rendered.rss).find("channel/item")
    # <description> carries HTML, so plain text is escaped once more for it.
    assert xml_item.findtext("description") == "Costs &lt; benefits &amp; more"
    assert rss.entries[0].content[0].value == "<p>Full <b>body</b></p>"
    assert atom.entries[0].summary == "Costs < benefits & more"
    assert atom.entries[0].content[0].type == "text/html"
    assert jsonfeed["items"][0]["summary"] == "Costs < benefits & more"


def test_untitled_highlight_gets_a_derived_atom_title_only() -> None:
    words = "Leadership is a conversation, not a broadcast, and the best leaders listen first."
    highlight = FeedItem(
        id=f"{SITE}highlights/h1/",
        url=f"{SITE}highlights/h1/",
        title="",
        published=day(2),
        content_html=f"<p>{words}</p>",
    )
    rendered, rss, atom, jsonfeed = render_all([highlight])
    assert etree.fromstring(rendered.rss).find("channel/item/title") is None
    assert rss.entries[0].description == f"<p>{words}</p>"
    assert atom.entries[0].title.startswith("Leadership is a conversation")
    assert atom.entries[0].title.endswith("…") and len(atom.entries[0].title) <= 80
    assert "title" not in jsonfeed["items"][0]
    assert jsonfeed["items"][0]["content_html"] == f"<p>{words}</p>"


def test_items_that_cannot_be_used_are_left_out_and_named() -> None:
    naive = article(2, published=datetime(2026, 3, 3, 9))
    relative = article(3, url="/articles/post-3/")
    rendered, rss, _, _ = render_all([article(1), naive, relative])
    assert [e.title for e in rss.entries] == ["Post 1"]
    errors = sorted(str(w) for w in rendered.warnings if w.severity == "error")
    assert errors == [
        "articles/post-2.md: published: datetime has no timezone; left out of the feed",
        "articles/post-3.md: url: needs an absolute http(s) URL, got '/articles/post-3/';"
        " left out of the feed",
    ]


def test_duplicate_ids_keep_the_newest_and_warn() -> None:
    rendered, rss, _, _ = render_all([article(1), article(2, id=f"{SITE}articles/post-1/")])
    assert [e.title for e in rss.entries] == ["Post 2"]
    assert [w.field for w in rendered.warnings] == ["id"]


def test_spec_without_absolute_urls_is_a_clear_error() -> None:
    spec = FeedSpec(**{**SPEC.__dict__, "rss_url": "/feed.xml"})
    with pytest.raises(FeedError, match=r"rss_url: needs an absolute http\(s\) URL"):
        render_feed(spec, [article(1)])


def test_feed_without_items_is_still_valid_and_dated_by_the_spec() -> None:
    fixed = datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=1)))
    spec = FeedSpec(**{**SPEC.__dict__, "updated": fixed})
    rendered, rss, atom, jsonfeed = render_all([], spec)
    assert rss.entries == [] and atom.entries == [] and jsonfeed["items"] == []
    # No item, no content date: RSS omits lastBuildDate rather than inventing "now".
    assert etree.fromstring(rendered.rss).find("channel/lastBuildDate") is None
    feed = etree.fromstring(rendered.atom)
    assert datetime.fromisoformat(feed.findtext(f"{ATOM}updated")) == fixed
    assert render_feed(SPEC, []).atom == render_feed(SPEC, []).atom


def test_websub_hubs_are_advertised_in_all_formats() -> None:
    hub = "https://pubsubhubbub.appspot.com/"
    spec = FeedSpec(**{**SPEC.__dict__, "hubs": (hub,)})
    rendered, _, _, jsonfeed = render_all([article(1)], spec)
    channel = etree.fromstring(rendered.rss).find("channel")
    rels = {link.get("rel"): link.get("href") for link in channel.findall(f"{ATOM}link")}
    assert rels == {"self": SPEC.rss_url, "hub": hub}
    feed = etree.fromstring(rendered.atom)
    atom_rels = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert atom_rels == {"self": SPEC.atom_url, "hub": hub, "alternate": SITE}
    assert jsonfeed["hubs"] == [{"type": "WebSub", "url": hub}]
    assert channel.findtext("link") == SITE  # not the last link feedgen was given


def test_json_feed_is_utf8_without_ascii_escapes_and_keeps_spec_key_order() -> None:
    rendered = render_feed(SPEC, [article(1, title="Café 🚀 שלום")])
    text = rendered.json.decode("utf-8")
    assert "Café 🚀 שלום" in text and "\\u" not in text
    keys = list(json.loads(text))
    assert keys[:4] == ["version", "title", "home_page_url", "feed_url"]
    assert keys[-1] == "items"


def test_items_published_at_the_same_moment_are_ordered_by_id() -> None:
    same = day(1)
    items = [
        article(n, published=same, id=f"{SITE}articles/{name}/")
        for n, name in ((1, "b-post"), (2, "c-post"), (3, "a-post"))
    ]
    forward, backward = render_feed(SPEC, items), render_feed(SPEC, items[::-1])
    assert forward.json == backward.json
    ids = [item["id"] for item in check_json_feed(forward.json)["items"]]
    assert ids == [f"{SITE}articles/{name}/" for name in ("a-post", "b-post", "c-post")]


def test_limit_zero_gives_a_valid_empty_feed() -> None:
    spec = FeedSpec(**{**SPEC.__dict__, "limit": 0})
    _, rss, atom, jsonfeed = render_all([article(1), article(2)], spec)
    assert rss.entries == atom.entries == jsonfeed["items"] == []
