"""The plugins' event order comes from one table (podium.mkdocs.priorities) and keeps the
orders its reasons rely on."""

import re

from helpers import ROOT
from podium.mkdocs import priorities
from podium.mkdocs.articles.plugin import ArticlesPlugin
from podium.mkdocs.cards.plugin import CardsPlugin
from podium.mkdocs.feeds.plugin import FeedsPlugin
from podium.mkdocs.highlights.plugin import HighlightsPlugin
from podium.mkdocs.meta.plugin import MetaPlugin
from podium.mkdocs.profile.plugin import ProfilePlugin
from podium.mkdocs.share.plugin import SharePlugin


def _priority(handler) -> int:
    return getattr(handler, "mkdocs_priority", 0)


def test_every_priority_is_a_name_from_the_table():
    numbers = []
    for path in (ROOT / "plugins" / "podium").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        numbers += [f"{path.name}: {m}" for m in re.findall(r"@event_priority\((-?\d+)\)", text)]
    assert numbers == []


def test_the_hub_is_built_before_anyone_reads_it():
    first = _priority(ArticlesPlugin.on_files)
    assert first == priorities.ARTICLES_FILES
    for plugin in [
        CardsPlugin,
        FeedsPlugin,
        HighlightsPlugin,
        MetaPlugin,
        ProfilePlugin,
        SharePlugin,
    ]:
        assert _priority(plugin.on_files) < first, plugin.__name__


def test_profile_pages_exist_before_meta_and_cards_look_for_them():
    assert _priority(ProfilePlugin.on_files) > _priority(MetaPlugin.on_files)
    assert _priority(ProfilePlugin.on_files) > _priority(CardsPlugin.on_files)


def test_articles_sets_the_page_context_first_and_meta_escapes_last():
    articles = _priority(ArticlesPlugin.on_page_context)
    others = [HighlightsPlugin.on_page_context, ProfilePlugin.on_page_context]
    others += [SharePlugin.on_page_context]
    assert all(_priority(handler) < articles for handler in others)
    assert (
        min(getattr(priorities, name) for name in dir(priorities) if name.endswith("PAGE_CONTEXT"))
        > priorities.META_ESCAPE
    )
