"""podium/cards end to end: real MkDocs builds, meta tags parsed, card files opened."""

import io
import re
from pathlib import Path

import pytest
from helpers import article, build_site
from PIL import Image

FEW = {"x": True, "square": False, "portrait": False, "story": False}

AUTHORS = """\
authors:
  ada:
    name: Ada Example
    description: Chief Executive
    avatar: assets/ada.png
    job_title: Chief Executive Officer
    organization: Example Corp
"""


def png(color="teal", size=(200, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def site_files(extra=None):
    files = {
        "index.md": "---\ntitle: Home\n---\nWelcome.\n",
        "assets/ada.png": png(),
        "articles/first.md": article("Leading through the energy transition", date="2026-03-01"),
        "articles/second.md": article(
            "Second thoughts", date="2026-03-02", cards={"title": "A card-only title"}
        ),
        "articles/quiet.md": article("No card for me", date="2026-03-03", cards=False),
        "highlights/short.md": "---\ndate: 2026-03-04\n---\nCulture eats strategy.\n",
    }
    files.update(extra or {})
    return files


def config(**cards):
    options = {"presets": FEW, "workers": 1, **cards}
    return {"plugins": ["podium/articles", {"podium/cards": options}]}


def meta(result, url: str) -> dict[str, str]:
    soup = result.html(url)
    tags = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name")
        if key and (key.startswith("og:image") or key.startswith("twitter:")):
            tags[key] = tag["content"]
    return tags


def local(result, url: str) -> Path:
    assert url.startswith("https://hub.example.com/")
    return result.site / url.removeprefix("https://hub.example.com/")


def rendered_count(result) -> int:
    counts = [
        int(m.group(1))
        for m in (re.search(r"(\d+) cards rendered", msg) for msg in result.messages)
        if m
    ]
    assert len(counts) == 1, result.messages
    return counts[0]


@pytest.fixture
def built(tmp_path):
    result = build_site(tmp_path, site_files(), config(), authors=AUTHORS, strict=True)
    assert result.error is None, result.messages
    return result


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One build for the tests that only read its output."""
    folder = tmp_path_factory.mktemp("cards-site")
    result = build_site(folder, site_files(), config(), authors=AUTHORS, strict=True)
    assert result.error is None, result.messages
    return result


@pytest.mark.parametrize(
    "url", ["articles/first/", "articles/second/", "highlights/short/", "", "authors/ada/"]
)
def test_pages_announce_their_cards_with_absolute_urls(shared, url):
    built = shared
    tags = meta(built, url)
    assert tags["twitter:card"] == "summary_large_image"
    og = local(built, tags["og:image"])
    with Image.open(og) as img:
        assert img.size == (int(tags["og:image:width"]), int(tags["og:image:height"]))
        assert img.size == (1200, 630) and img.mode in ("P", "RGB")
        assert img.format == "PNG" and tags["og:image:type"] == "image/png"
    assert og.stat().st_size <= 300_000
    with Image.open(local(built, tags["twitter:image"])) as img:
        # x is a promoted pages' preset (all articles here are recent); others show the og.
        assert img.size == ((1200, 630) if url == "authors/ada/" else (1200, 600))
    assert tags["og:image:alt"] and tags["og:image:alt"] == tags["twitter:image:alt"]


def test_alt_text_and_overrides_come_from_the_page(shared):
    built = shared
    assert meta(built, "articles/first/")["og:image:alt"].startswith(
        "Leading through the energy transition"
    )
    assert meta(built, "articles/second/")["og:image:alt"].startswith("A card-only title")
    profile = meta(built, "authors/ada/")["og:image:alt"]
    assert "Ada Example" in profile and "Chief Executive Officer" in profile


def test_opted_out_page_has_no_card(shared):
    built = shared
    assert built.exists("articles/quiet/")
    assert meta(built, "articles/quiet/") == {}
    assert not list((built.site / "assets/cards/articles").glob("quiet.*"))


def test_second_build_renders_nothing_and_keeps_every_card(tmp_path, built):
    first = {p.relative_to(built.site) for p in (built.site / "assets/cards").rglob("*.png")}
    again = build_site(tmp_path, {}, config(), authors=AUTHORS, strict=True)
    assert again.error is None
    assert rendered_count(built) == len(first) > 0
    assert rendered_count(again) == 0
    assert any("0 cards rendered" in message for message in again.messages)
    second = {p.relative_to(again.site) for p in (again.site / "assets/cards").rglob("*.png")}
    assert second == first


def test_editing_one_article_rerenders_only_its_cards(tmp_path, built):
    before = meta(built, "articles/second/")["og:image"]
    untouched = meta(built, "articles/first/")["og:image"]
    edited = {"articles/second.md": article("Second thoughts, revised", date="2026-03-02")}
    again = build_site(tmp_path, edited, config(), authors=AUTHORS, command="serve")
    assert again.error is None
    assert rendered_count(again) == 2  # og and x of that one article
    assert meta(again, "articles/second/")["og:image"] != before
    assert meta(again, "articles/first/")["og:image"] == untouched


def test_default_presets_are_rendered_and_story_is_not_in_meta_tags(tmp_path):
    result = build_site(
        tmp_path, site_files(), {"plugins": ["podium/articles", "podium/cards"]}, authors=AUTHORS
    )
    assert result.error is None
    sizes = {}
    for path in (result.site / "assets/cards/articles").glob("first.*"):
        with Image.open(path) as img:
            sizes[path.name.split(".")[1]] = img.size
            assert img.mode == "P"  # flat design: palette PNG
    assert sizes == {  # a recent article: every default preset (x is off by default)
        "og": (1200, 630),
        "square": (1080, 1080),
        "portrait": (1080, 1350),
        "story": (1080, 1920),
    }
    head = str(result.html("articles/first/").head)
    assert ".story." not in head and ".square." not in head and ".portrait." not in head
    cache = tmp_path / ".cache/podium/cards"
    cached = [p.relative_to(cache).as_posix() for p in cache.glob("??/*") if p.is_file()]
    entry = r"^[0-9a-f]{2}/[0-9a-f]{64}\.[0-9a-f]{32}\.png$"
    assert cached and all(re.match(entry, p) for p in cached)
    assert (cache / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f")


def test_missing_glyphs_warn_with_page_and_characters(tmp_path):
    files = site_files({"articles/cjk.md": article("Leadership 指導者", date="2026-03-05")})
    result = build_site(tmp_path, files, config(), authors=AUTHORS)
    warnings = [w for w in result.warnings() if "no glyph" in w]
    chars = " ".join(sorted("指導者"))
    assert warnings == [
        f"articles/cjk.md: cards: no glyph for {chars} in the card fonts; add a font that has "
        "them to brand.fallback_fonts"
    ]


def test_bad_front_matter_override_warns_with_the_line(tmp_path):
    files = site_files(
        {"articles/odd.md": article("Odd", date="2026-03-06", cards={"layout": "poster"})}
    )
    result = build_site(tmp_path, files, config(), authors=AUTHORS)
    assert result.error is None
    assert any(
        re.match(r"articles/odd\.md:\d+: cards\.layout: expected one of", w)
        for w in result.warnings()
    ), result.warnings()


@pytest.mark.parametrize(
    ("options", "key"),
    [
        ({"brand": {"colors": {"accent": "blurple"}}}, "brand.colors.accent"),
        ({"presets": {"og": {"width": 0}}}, "presets.og.width"),
        ({"brand": {"logo": "notes.txt"}}, "brand.logo"),
        ({"brand": {"font_bold": "missing.ttf"}}, "brand.font_bold"),
    ],
)
def test_bad_config_fails_naming_the_key(tmp_path, options, key):
    tmp_path.joinpath("notes.txt").write_text("not an image")
    result = build_site(tmp_path, site_files(), config(**options), authors=AUTHORS)
    assert result.error is not None
    assert any(m.startswith(f"podium/cards: {key}: ") for m in result.messages), result.messages
    assert not (tmp_path / "site/assets/cards").exists()


def test_missing_site_url_is_a_clear_error(tmp_path):
    result = build_site(tmp_path, site_files(), {**config(), "site_url": None}, authors=AUTHORS)
    assert result.error is not None
    assert any(m.startswith("podium/cards: site_url: ") for m in result.messages)


def test_front_matter_can_change_layout_and_background(tmp_path):
    photo = Image.effect_noise((1400, 900), 80).convert("RGB")
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=95)
    extra = {
        "assets/board.jpg": buffer.getvalue(),
        "articles/quote.md": article(
            "Quoted",
            date="2026-03-07",
            cards={"layout": "highlight", "background": "/assets/board.jpg"},
        ),
        "articles/broken.md": article(
            "Broken", date="2026-03-08", cards={"background": "../notes.md"}
        ),
        "notes.md": "Not a picture.\n",
    }
    result = build_site(tmp_path, site_files(extra), config(), authors=AUTHORS)
    assert result.error is None
    tags = meta(result, "articles/quote/")
    assert tags["og:image"].endswith(".jpg") and tags["og:image:type"] == "image/jpeg"
    file = local(result, tags["og:image"])
    with Image.open(file) as img:
        assert img.format == "JPEG" and img.size == (1200, 630) and img.mode == "RGB"
    assert file.stat().st_size <= 300_000
    assert tags["og:image:alt"].startswith("“")  # the highlight layout quotes its text
    assert any(
        re.match(r"articles/broken\.md:\d+: cards\.background: .*not a readable image", w)
        for w in result.warnings()
    ), result.warnings()
    assert meta(result, "articles/broken/")["og:image"].endswith(".png")


def test_cards_for_gives_the_share_kit_every_preset(tmp_path):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    options = {"presets": {"portrait": False, "x": True}, "workers": 1}
    first = build_site(tmp_path, site_files(), config(**options), authors=AUTHORS)
    assert first.error is None
    loaded = load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "again"))
    loaded.plugins.on_startup(command="build", dirty=False)
    try:
        build(loaded)
    finally:
        loaded.plugins.on_shutdown()
    plugin = loaded.plugins["podium/cards"]
    cards = plugin.cards_for("articles/first/")
    assert sorted(cards) == ["og", "square", "story", "x"]
    assert [name for name, card in cards.items() if card.meta] == ["og", "x"]
    for card in cards.values():
        assert card.url == "https://hub.example.com/" + card.path
        with Image.open(tmp_path / "again" / card.path) as img:
            assert img.size == (card.width, card.height)
    assert plugin.cards_for("articles/quiet/") == {}
    assert sorted(plugin.cards_for("")) == ["og", "square", "story", "x"]  # home page
    assert plugin.last.rendered == 0  # everything came from the first build's cache


def test_unreadable_avatar_warns_once_and_cards_still_render(tmp_path):
    files = site_files({"assets/ada.png": b"not a png"})
    result = build_site(tmp_path, files, config(), authors=AUTHORS)
    assert result.error is None, result.messages
    avatar = [w for w in result.warnings() if "avatar" in w]
    assert len(avatar) == 1 and avatar[0].startswith(".authors.yml: authors.ada.avatar: ")
    assert meta(result, "articles/first/")["og:image"]
