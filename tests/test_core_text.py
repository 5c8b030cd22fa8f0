"""Slugs, reading time, excerpts and pull-quote extraction on real strings."""

from podium.core.pullquotes import extract_pullquotes
from podium.core.slugs import safe_path, slugify
from podium.core.text import count_words, excerpt_markdown, first_sentence, reading_minutes


def test_slugify_folds_accents_and_special_letters():
    assert slugify("Façons d'adopter") == "facons-d-adopter"
    assert slugify("Smørbrød og ærlighet på Ålesund") == "smorbrod-og-aerlighet-pa-alesund"
    assert slugify("Größe & Maß: Über Führung") == "grosse-mass-uber-fuhrung"
    assert slugify("Łódź — zażółć gęślą jaźń") == "lodz-zazolc-gesla-jazn"
    assert slugify("  --  ") == ""


def test_slugify_keeps_scripts_without_ascii_form_readable():
    assert slugify("Лидерство в ИТ") == "лидерство-в-ит"


def test_one_slugify_native_for_urls_ascii_for_file_names():
    assert slugify("Лидерство в ИТ", ascii=True) == "liderstvo-v-it"
    assert slugify("東京の会議", ascii=True) == ""
    assert slugify("東京の会議") == "東京の会議"
    assert (
        slugify("Don’t panic, Åse", ascii=True) == slugify("Don’t panic, Åse") == "don-t-panic-ase"
    )
    assert slugify("one two three", max_length=8) == "one-two"
    assert slugify("Team: José Núñez") == "team-jose-nunez"


def test_safe_path_keeps_a_slug_and_removes_what_a_path_must_not_hold():
    assert safe_path("articles/My.Post") == "articles/My.Post"
    assert safe_path("../x y/..") == "x-y"
    assert safe_path("///") == "card"


def test_reading_time_counts_words_or_characters_by_language():
    body = " ".join(["word"] * 460)
    assert count_words(body, "en") == 460
    assert reading_minutes(460, "en", 230) == 2
    assert reading_minutes(1, "en", 230) == 1
    chinese = "领导力" * 400  # 1,200 characters, no spaces
    assert count_words(chinese, "zh") == 1200
    assert reading_minutes(1200, "zh", 230) == 3


def test_markup_is_not_counted_as_words():
    body = "# Title\n\n```python\nprint('not prose at all here')\n```\n\nTwo words."
    assert count_words(body, "en") == 3  # "Title", "Two", "words"


def test_excerpt_uses_more_marker_else_first_paragraph():
    assert excerpt_markdown("One.\n\nTwo.\n\n<!-- more -->\n\nThree.") == "One.\n\nTwo."
    assert excerpt_markdown("# Heading\n\nFirst para\nstill.\n\nSecond.") == "First para\nstill."


def test_first_sentence_is_cut_at_a_word():
    assert first_sentence("Short one. Then more.") == "Short one."
    long = "word " * 40
    cut = first_sentence(long, limit=30)
    assert cut.endswith("…") and len(cut) <= 31 and " wor…" not in cut


def test_pullquotes_are_extracted_with_stable_anchors():
    body = (
        "Intro.\n\n/// pullquote | Ada Example\nCulture eats strategy.\n///\n\n"
        "Middle.\n\n/// pullquote\n    id: trust\nTrust is a budget.\n///\n"
    )
    quotes = extract_pullquotes(body, first_line=5)
    assert [q.anchor for q in quotes] == ["pullquote-1", "trust"]
    assert quotes[0].attribution == "Ada Example"
    assert quotes[0].text == "Culture eats strategy."
    assert quotes[1].text == "Trust is a budget."
    assert quotes[0].line == 7
