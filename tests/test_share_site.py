"""``podium/share`` on real builds: the share bar, the kit pages, exports and problems."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from helpers import article, build_site
from podium.share.counting import grapheme_length, x_length

SITE = "https://hub.example.com/"
NASTY_TITLE = 'Boards & "AI": 100% #hype? <script>window.__pwned = 1</script> שלום 🚀'
NASTY_DESCRIPTION = "Line one.\nLine two & <b>bold</b>."
ALL_PLATFORMS = ["x", "linkedin", "facebook", "bluesky", "mastodon", "threads", "reddit",
                 "hackernews", "whatsapp", "telegram", "email"]  # fmt: skip
# Every platform in the menu and the kit link on, so each link can be checked here.
SHARE_PLUGIN = {
    "podium/share": {
        "team": ["Jane Doe", {"id": "ops", "name": "Ops"}],
        "menu_platforms": ALL_PLATFORMS,
        "kit_link": True,
    }
}


def plugins(*extra):
    return {"plugins": ["podium/articles", *extra]}


def files(**front):
    return {
        "articles/nasty.md": article(
            NASTY_TITLE, "2026-03-01", description=NASTY_DESCRIPTION, slug="nasty", **front
        ),
        "highlights/culture.md": (
            "---\ndate: 2026-03-02\n---\nCulture eats strategy & <i>process</i> for breakfast.\n"
        ),
    }


def params(url: str) -> dict[str, str]:
    """Decode a query strictly: %20 for spaces, '+' never stands for a space."""
    query = urlsplit(url).query
    assert "+" not in query
    return {k: unquote(v) for k, v in (pair.split("=", 1) for pair in query.split("&"))}


def utm(url: str) -> dict[str, str]:
    return {k: v for k, v in parse_qsl(urlsplit(url).query) if k.startswith("utm_")}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    result = build_site(
        tmp_path_factory.mktemp("share"),
        files(share={"hashtags": ["AI", "Boards"]}),
        plugins("search", SHARE_PLUGIN),
    )
    assert result.error is None, result.messages
    return result


def test_share_bar_links_decode_to_the_article_text(built):
    page = built.html("articles/nasty/")
    links = {a["data-platform"]: a["href"] for a in page.select(".podium-share a[data-platform]")}
    assert list(links) == ALL_PLATFORMS
    canonical = SITE + "articles/nasty/"
    post = f"{NASTY_TITLE}\n\nLine one. Line two & <b>bold</b>.\n\n#AI #Boards"
    x = params(links["x"])
    assert x["text"] == post
    assert x["url"].startswith(canonical + "?")
    assert utm(x["url"]) == {
        "utm_source": "x", "utm_medium": "social", "utm_campaign": "nasty"
    }  # fmt: skip
    assert x_length(x["text"]) + 1 + 23 <= 280
    bluesky = params(links["bluesky"])["text"]
    assert bluesky.startswith(post) and grapheme_length(bluesky) <= 300
    assert utm(bluesky.rsplit("\n\n", 1)[1])["utm_source"] == "bluesky"
    assert params(links["reddit"])["title"] == NASTY_TITLE
    assert utm(params(links["linkedin"])["url"])["utm_source"] == "linkedin"
    assert utm(params(links["facebook"])["u"])["utm_source"] == "facebook"
    # Mastodon's no-JavaScript link goes to the owner's instance (from the author profile).
    assert links["mastodon"].startswith("https://example.social/share?text=")
    mail = links["email"]
    assert mail.startswith("mailto:?")
    assert params(mail)["subject"] == NASTY_TITLE
    assert utm(params(mail)["body"].rsplit("\r\n\r\n", 1)[1])["utm_medium"] == "email"


def test_bar_escapes_everything_and_canonical_urls_stay_clean(built):
    page = built.html("articles/nasty/")
    bar = page.select_one(".podium-share")
    assert not bar.select("script") and not bar.select("b")
    assert NASTY_TITLE in bar.select_one("[data-podium-native]")["data-title"]
    copy = bar.select_one("[data-podium-copy]")
    assert copy["data-copy"] == SITE + "articles/nasty/"
    assert page.select_one("[data-podium-native]")["data-title"] == NASTY_TITLE
    canonical = page.select_one("link[rel=canonical]")
    assert canonical is not None and "utm_" not in canonical["href"]
    for tag in page.select("meta[property='og:url']"):
        assert "utm_" not in tag["content"]
    kit_link = bar.select_one(".podium-share__kit a")
    assert kit_link["href"] == "../../share-kit/articles/nasty/"


def test_highlights_get_a_share_bar_with_their_own_words(built):
    page = built.html("highlights/culture/")
    x = page.select_one(".podium-share a[data-platform=x]")
    assert params(x["href"])["text"] == "Culture eats strategy & process for breakfast."
    assert utm(params(x["href"])["url"])["utm_campaign"] == "culture"


def test_kit_item_page_shows_texts_and_links_without_javascript(built):
    kit = built.html("share-kit/articles/nasty/")
    assert kit.select_one("meta[name=robots]")["content"] == "noindex, nofollow"
    assert kit.select_one("h1").get_text() == f"Share kit: {NASTY_TITLE}"
    assert kit.select_one("header.md-header") is None  # no theme chrome
    sections = kit.select("section.podium-kit__platform")
    assert len(sections) == 11
    for section in sections:
        count = section.select_one(".podium-kit__count")
        length, limit = int(count["data-length"]), count["data-limit"]
        assert not limit or length <= int(limit)
        text = section.select_one("textarea").get_text()
        assert text  # the post text, shown literally
        link = section.select_one(".podium-kit__link").get_text()
        assert utm(link)["utm_source"] == section["data-platform"]
        assert "utm_content" not in link  # the default member: the public link
        assert section.select_one("[data-member]") is None  # members' links: in the kit tool
        # Copy buttons cannot work without JavaScript: share.js adds them (browser tests).
        assert section.select_one("[data-podium-copy]") is None
    x = kit.select_one("#kit-x textarea").get_text()
    assert x.startswith(NASTY_TITLE) and x.endswith(
        "?utm_source=x&utm_medium=social&utm_campaign=nasty"
    )
    composer = kit.select_one("#kit-x a[data-podium-composer]")["href"]
    assert params(composer)["text"].startswith(NASTY_TITLE)
    raw = (built.site / "share-kit/articles/nasty/index.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in raw  # not in <title>, the header or the kit
    assert kit.select_one("title").get_text().startswith(f"Share kit: {NASTY_TITLE}")
    assert "No card images" in kit.select_one(".podium-kit__cards").get_text()  # no podium/cards
    sitemap = (built.site / "sitemap.xml").read_text(encoding="utf-8")
    assert SITE + "articles/nasty/" in sitemap and "share-kit" not in sitemap
    assert "share-kit" not in (built.site / "search/search_index.json").read_text()


def test_kit_tool_page_and_its_compact_data(built):
    index = built.html("share-kit/")
    assert index.select_one("meta[name=robots]")["content"] == "noindex, nofollow"
    rows = index.select("tr[data-kind]")
    assert [(r["data-kind"], r["data-id"]) for r in rows] == [
        ("highlight", "culture"),
        ("article", "nasty"),
    ]  # fmt: skip  (newest first)
    assert rows[1].select_one("a")["href"] == "articles/nasty/"
    tool = index.select_one("[data-podium-kit]")
    assert tool["data-kit-data"] == "kit.json"
    assert {b["data-podium-export"] for b in index.select("[data-podium-export]")} == {
        "csv", "buffer", "hootsuite", "json"
    }  # fmt: skip
    for control in index.select(
        "[data-podium-kit-controls] select, [data-podium-kit-controls] input"
    ):
        assert index.select_one(f"label[for={control['id']}]") is not None
    assert not (built.site / "share-kit/kit.csv").exists()  # made in the page, on demand
    for written in ("share-kit/kit.json", "share-kit/articles/nasty/index.html"):
        assert (built.site / written).stat().st_mode & 0o044 == 0o044  # a server can read it
    raw = (built.site / "share-kit/kit.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["version"] == 2 and data["site"] == SITE
    assert [m["id"] for m in data["members"]] == ["", "jane-doe", "ops"]
    assert set(data["platforms"]) >= {"x", "bluesky", "mastodon"}
    [culture, nasty] = data["items"]
    assert (nasty["t"], nasty["u"], nasty["d"], nasty["l"]) == (
        NASTY_TITLE, SITE + "articles/nasty/", "2026-03-01", "en"
    )  # fmt: skip
    assert len(nasty["p"]) == 11
    # Written once: no member's link, no composer URL, one link template per platform.
    assert "jane-doe" not in raw.replace('"id":"jane-doe"', "")
    assert "x.com/intent" not in raw and raw.count("utm_source=x&") == 2  # q and q0
    assert culture["k"] == "highlight" and culture["kit"] == "share-kit/highlights/culture/"
    for row in nasty["p"]:
        assert len(row[3]) == 3  # the length for the public link and each member


def test_output_is_deterministic(tmp_path):
    outputs = []
    for run in ("a", "b"):
        result = build_site(tmp_path / run, files(), plugins(SHARE_PLUGIN))
        assert result.error is None
        outputs.append(
            [
                (result.site / path).read_bytes()
                for path in (
                    "share-kit/kit.json",
                    "share-kit/index.html",
                    "share-kit/articles/nasty/index.html",
                    "articles/nasty/index.html",
                )
            ]
        )
    assert outputs[0] == outputs[1]


def test_hand_written_text_over_the_limit_fails_strict(tmp_path):
    front = {"share": {"x": "word " * 60, "bluesky": "fits"}}
    result = build_site(tmp_path, files(**front), plugins("podium/share"), strict=True)
    assert result.error is not None
    errors = [r.getMessage() for r in result.records if r.levelname == "ERROR"]
    assert any(
        "articles/nasty.md:" in m and "share.x: hand-written X text" in m and "280" in m
        for m in errors
    ), errors
    assert not any("share.bluesky" in m for m in errors)


def test_generated_text_shortened_is_one_summary_line_unless_asked(tmp_path):
    long = "A deliberately long description. " * 40
    extra = {
        "articles/long.md": article("Long", "2026-03-03", description=long, slug="long"),
    }
    # Default: shortening a generated text is normal; one info line, and --strict passes.
    quiet = build_site(tmp_path / "a", {**files(), **extra}, plugins("podium/share"), strict=True)
    assert quiet.error is None, quiet.warnings()
    summary = [m for m in quiet.messages if "generated texts shortened to fit" in m]
    assert len(summary) == 1 and "`podium check --verbose` lists them" in summary[0]
    text = params(quiet.html("articles/long/").select_one("a[data-platform=x]")["href"])["text"]
    # cut after a whole sentence (which needs no ellipsis) or a word (with one)
    assert text.endswith(("…", "description.")) and x_length(text) + 24 <= 280
    loud = build_site(
        tmp_path / "b",
        {**files(), **extra},
        plugins({"podium/share": {"shortened": "warning"}}),
    )
    warnings = loud.warnings()
    assert any(w.endswith("share.x: generated text shortened to fit the X limit of 280 "
                          "(weighted characters (links 23, CJK and emoji 2))")
               and "docs/articles/long.md" in w for w in warnings), warnings  # fmt: skip


def test_platform_choice_and_per_page_switch(tmp_path):
    config = plugins({"podium/share": {"platforms": ["mastodon", "x"], "kit_link": False}})
    result = build_site(tmp_path, files(share={"x": False}), config)
    bar = result.html("articles/nasty/").select_one(".podium-share")
    assert [a["data-platform"] for a in bar.select("a[data-platform]")] == ["mastodon"]
    assert bar.select_one(".podium-share__kit") is None
    other = result.html("highlights/culture/").select(".podium-share a[data-platform]")
    assert [a["data-platform"] for a in other] == ["mastodon", "x"]


def test_mastodon_without_a_known_instance_needs_javascript(tmp_path):
    authors = "authors:\n  ada:\n    name: Ada Example\n"
    result = build_site(tmp_path, files(), plugins("podium/share"), authors=authors)
    item = result.html("articles/nasty/").select_one("a[data-platform=mastodon]").parent
    assert item.has_attr("hidden") and item.has_attr("data-podium-js")


def test_utm_is_configurable(tmp_path):
    config = plugins(
        {
            "podium/share": {
                "utm": {
                    "medium": "social-network",
                    "sources": {"x": "twitter"},
                    "share_bar_content": "share-bar",
                }
            }
        }
    )
    result = build_site(tmp_path, files(), config)
    href = result.html("articles/nasty/").select_one("a[data-platform=x]")["href"]
    assert utm(params(href)["url"]) == {
        "utm_source": "twitter",
        "utm_medium": "social-network",
        "utm_campaign": "nasty",
        "utm_content": "share-bar",
    }


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"site_url": None}, "podium/share: site_url: share links must be absolute"),
        ({"plugins": [{"podium/share": {"mastodon_instance": "not a host"}}, "podium/articles"]},
         "mastodon_instance"),
        ({"plugins": ["podium/articles", {"podium/share": {"team": ["A", "a"]}}]},
         "team[1]: 'a' is listed twice"),
        ({"plugins": ["podium/share"]}, "needs the 'podium/articles' plugin"),
    ],
)  # fmt: skip
def test_config_mistakes_are_clear(tmp_path, config, message):
    base = plugins("podium/share")
    result = build_site(tmp_path, files(), {**base, **config})
    assert result.error is not None
    assert any(message in text for text in [str(result.error), *result.messages])


def test_kit_tells_when_a_composer_takes_only_the_link(built):
    kit = built.html("share-kit/articles/nasty/")
    notes = {s["data-platform"] for s in kit.select("section") if s.select(".podium-kit__note")}
    assert notes == {"linkedin", "facebook"}


def test_kit_index_names_the_platforms_whose_text_was_shortened(tmp_path):
    long = {"articles/long.md": article("Long", "2026-03-03", description="word " * 300)}
    result = build_site(tmp_path, long, plugins({"podium/share": {"shortened": "info"}}))
    row = result.html("share-kit/").select_one("tr[data-id=long]")
    shortened = row.select_one("[data-podium-shortened]").get_text()
    assert shortened.startswith("X, ") and "Bluesky" in shortened
    assert "LinkedIn" not in shortened  # 3,000 characters is enough


def test_share_bar_speaks_the_article_language(tmp_path):
    french = {"articles/fr.md": article("Bonjour", "2026-03-03", lang="fr", slug="bonjour")}
    result = build_site(tmp_path, french, plugins("podium/share"))
    bar = result.html("articles/bonjour/").select_one(".podium-share")
    assert bar.select_one("summary").get_text(strip=True) == "Partager"
    assert bar.select_one("a[data-platform=x]")["title"] == "Partager sur X"
    assert bar["data-label-copied"] == "Copié"
    assert bar.select_one("[data-podium-copy]").get_text(strip=True) == "Copier le lien"


def test_the_share_menu_is_compact_and_the_kit_is_linked_from_its_index(tmp_path):
    result = build_site(tmp_path, files(), plugins("podium/share"), strict=True)
    assert result.error is None, result.messages
    bar = result.html("articles/nasty/").select_one(".podium-share")
    menu = bar.select_one("details.podium-share__menu")
    assert not menu.has_attr("open")  # one "Share" button until a reader asks for more
    assert menu.select_one("summary[data-podium-native]")["data-url"] == SITE + "articles/nasty/"
    platforms = [a["data-platform"] for a in menu.select("a[data-platform]")]
    assert platforms == ["x", "linkedin", "bluesky", "mastodon", "email"]  # platforms' order
    assert bar.select_one(".podium-share__kit") is None  # no team link on the public page
    index = result.html("share-kit/")
    assert index.select_one("meta[name=robots]")["content"] == "noindex, nofollow"
    kits = {a["href"] for a in index.select("tr[data-id] a")}
    assert "articles/nasty/" in kits
    kit = result.html("share-kit/articles/nasty/")
    assert kit.select_one("meta[name=robots]")["content"] == "noindex, nofollow"


def test_a_page_can_opt_out_of_sharing(tmp_path):
    result = build_site(tmp_path, files(share={"enabled": False}), plugins("podium/share"))
    assert result.error is None and result.warnings() == []
    assert result.html("articles/nasty/").select_one(".podium-share") is None
    assert not result.exists("share-kit/articles/nasty/")
    assert [r["data-id"] for r in result.html("share-kit/").select("tr[data-id]")] == ["culture"]


def test_kit_links_work_without_directory_urls(tmp_path):
    config = {
        **plugins({"podium/share": {"kit_link": True}}),
        "use_directory_urls": False,
    }
    result = build_site(tmp_path, files(), config)
    assert result.error is None, result.messages
    page = result.html("articles/nasty.html")
    assert page.select_one(".podium-share__kit a")["href"] == "../share-kit/articles/nasty.html"
    assert result.exists("share-kit/articles/nasty.html")
    kit = result.html("share-kit/articles/nasty.html")
    assert (
        kit.select_one(".podium-kit__meta a[data-podium-entry]")["href"]
        == "../../articles/nasty.html"
    )


def test_the_script_loads_on_every_page_for_material_instant_navigation(built):
    for url in ["articles/", "articles/nasty/", "share-kit/"]:
        scripts = [tag["src"] for tag in built.html(url).select("script[src]")]
        assert any(src.endswith("assets/podium/share/share.js") for src in scripts), url
