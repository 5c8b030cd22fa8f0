import pytest
from podium.authoring.slug import SlugError, check_slug, slugify


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Façons d'adopter", "facons-d-adopter"),
        ("Smørbrød på Ærø", "smorbrod-pa-aero"),
        ("Große Straße", "grosse-strasse"),
        ("Ålesund", "alesund"),
        ("Łódź łączy", "lodz-laczy"),
        ("Œuvre complète", "oeuvre-complete"),
        ("Αθήνα και Θεσσαλονίκη", "athina-kai-thessaloniki"),
        ("Привет, мир! Ёлка", "privet-mir-elka"),
        ("Україна", "ukrayina"),
        ("  AI — the 2026 edition!  ", "ai-the-2026-edition"),
        ("Don’t panic", "don-t-panic"),
    ],
)
def test_slugs_fold_accents_and_transliterate(title, slug):
    assert slugify(title) == slug


@pytest.mark.parametrize("title", ["", "   ", "!!! ???", "— · —", "🎉🎉"])
def test_titles_without_letters_are_refused(title):
    with pytest.raises(SlugError, match="no letters or digits"):
        slugify(title)


def test_scripts_without_a_table_ask_for_a_slug():
    with pytest.raises(SlugError, match="--slug"):
        slugify("東京の会議")


def test_long_titles_are_cut_on_a_word():
    slug = slugify("word " * 40, max_length=30)
    assert len(slug) <= 30
    assert slug.split("-") == ["word"] * len(slug.split("-"))


def test_user_slugs_are_validated():
    assert check_slug("my-post-2") == "my-post-2"
    for bad in ["My Post", "a/b", "-x", "ça"]:
        with pytest.raises(SlugError):
            check_slug(bad)
