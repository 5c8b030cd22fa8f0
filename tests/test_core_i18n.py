"""One owner of languages: the lookup, the fallbacks, dates and language names."""

from datetime import date, datetime

from podium.core.i18n import (
    format_day,
    language_name,
    locale_chain,
    strings_for,
    t,
    table_language,
)
from podium.feeds.feed_words import FEED_STRINGS
from podium.highlights.highlight_words import HIGHLIGHT_STRINGS
from podium.profile.profile_words import PROFILE_STRINGS
from podium.share.share_bar_words import SHARE_STRINGS

TABLES = [FEED_STRINGS, PROFILE_STRINGS, HIGHLIGHT_STRINGS, SHARE_STRINGS]


def test_locale_chain_goes_region_then_base_then_norwegian_forms_then_english():
    assert locale_chain("nn-NO") == ("nn-no", "nn", "nb", "no", "en")
    assert locale_chain("pt_BR") == ("pt-br", "pt", "en")
    assert locale_chain("EN") == ("en",)
    assert locale_chain("") == ("en",)


def test_a_nynorsk_reader_gets_bokmal_words_in_every_part():
    assert t("read_more", "nn") == t("read_more", "nb") == "Les mer"
    for table in TABLES:
        assert strings_for("nn-NO", table) == strings_for("nb", table)
    assert table_language(FEED_STRINGS, "nn") == "nb"
    assert table_language(FEED_STRINGS, "ja") is None
    assert table_language(FEED_STRINGS, "en-GB") == "en"


def test_a_part_table_falls_back_to_the_core_table_then_to_the_key():
    assert t("highlights", "fr", HIGHLIGHT_STRINGS) == HIGHLIGHT_STRINGS["fr"]["highlights"]
    assert t("newer", "de", HIGHLIGHT_STRINGS) == t("newer", "de") == "Neuere"
    assert t("min_read", "fr-CA", n=4) == "4 min de lecture"
    assert t("no.such.key", "fr", PROFILE_STRINGS) == "no.such.key"


def test_every_table_has_english_and_every_key_in_english():
    for table in TABLES:
        for lang, words in table.items():
            assert set(words) <= set(table["en"]), lang


def test_format_day_takes_dates_and_datetimes():
    assert format_day(date(2026, 3, 14), "fr") == "14 mars 2026"
    assert format_day(datetime(2026, 3, 14, 9), "nb") == "14. mars 2026"
    assert format_day(date(2026, 3, 14), "de", "full") == "Samstag, 14. März 2026"


def test_language_name_is_the_tag_for_an_unknown_language():
    assert language_name("fr") == "Français"
    assert language_name("de", "en") == "German"
    assert language_name("xx-unknown") == "xx-unknown"
