"""The wall's plan and the per-value work its cards repeat (slugs, dates), without MkDocs."""

from __future__ import annotations

import datetime as dt

from podium.core.i18n import _format_day, _locale, format_day
from podium.highlights.wall import plan_wall, tag_value


def test_format_day_is_localised_and_falls_back_to_english():
    moment = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
    assert format_day(moment, "fr") == "14 mars 2026"
    assert format_day(moment, "de") == "14. März 2026"
    assert format_day(moment, "en-GB") == "14 March 2026"
    assert format_day(moment, "not a language") == format_day(moment, "en") == "March 14, 2026"
    assert format_day(moment, "en", "short") == "3/14/26"


def test_format_day_reuses_locale_and_result_for_repeated_values():
    _format_day.cache_clear()
    _locale.cache_clear()
    days = [dt.datetime(2026, 1, day, tzinfo=dt.UTC) for day in range(1, 11)]
    first = [format_day(day, lang) for day in days for lang in ("fr", "nb")]
    again = [format_day(day, lang) for _ in range(50) for day in days for lang in ("fr", "nb")]
    assert again == first * 50
    assert _locale.cache_info().currsize == 2  # one Babel locale per language
    assert _format_day.cache_info().misses == 20  # each (day, language) formatted once


def test_tag_value_folds_case_and_accents_and_is_computed_once_per_tag():
    tag_value.cache_clear()
    assert tag_value("Façons d'adopter") == "facons-d-adopter"
    assert [tag_value(tag) for tag in ["AI & Ethics"] * 100] == ["ai-ethics"] * 100
    assert tag_value.cache_info().misses == 2


def test_plan_wall_gives_each_page_only_its_slice():
    posts = [f"post-{n}" for n in range(23)]  # stand-ins: planning only slices the sequence
    pages = plan_wall(posts, 5, lambda n: "highlights/" + (f"page/{n}/" if n > 1 else ""))
    assert [len(page.items) for page in pages] == [5, 5, 5, 5, 3]
    assert [item for page in pages for item in page.items] == posts
    assert [page.first for page in pages] == [0, 5, 10, 15, 20]
    assert {page.total for page in pages} == {23}
    assert pages[1].newer_url == "highlights/" and pages[1].older_url == "highlights/page/3/"
    assert pages[0].newer_url is None and pages[-1].older_url is None
    assert pages[-1].source == "highlights/page/5/index.md"


def test_plan_wall_without_highlights_has_one_empty_page():
    pages = plan_wall([], 12, lambda n: f"h/{n}/")
    assert len(pages) == 1 and pages[0].items == () and pages[0].pages == 1
