import pytest
from podium.authoring.file_slugs import SlugError, check_slug, file_slug


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
    assert file_slug(title) == slug


@pytest.mark.parametrize("title", ["", "   ", "!!! ???", "— · —", "🎉🎉"])
def test_titles_without_letters_are_refused(title):
    with pytest.raises(SlugError, match="no letters or digits"):
        file_slug(title)


def test_scripts_without_a_table_ask_for_a_slug():
    with pytest.raises(SlugError, match="--slug"):
        file_slug("東京の会議")


def test_long_titles_are_cut_on_a_word():
    slug = file_slug("word " * 40, max_length=30)
    assert len(slug) <= 30
    assert slug.split("-") == ["word"] * len(slug.split("-"))


def test_user_slugs_are_validated():
    assert check_slug("my-post-2") == "my-post-2"
    for bad in ["My Post", "a/b", "-x", "ça"]:
        with pytest.raises(SlugError):
            check_slug(bad)
