"""The one slug maker: native-script slugs for URLs, ASCII slugs for file names.

``slugify("Лидерство в ИТ")`` → ``лидерство-в-ит`` (a readable native URL beats an empty
slug); ``slugify("Лидерство в ИТ", ascii=True)`` → ``liderstvo-v-it`` (file names stay
portable across file systems and shells). Accents fold in both modes ("Façons d'adopter" →
``facons-d-adopter``).

The transliteration is hand-written rather than a library: a slug becomes a permanent URL
or file name, so the mapping must never change under us when a dependency updates its
tables (and Unidecode is GPL). ASCII mode covers Latin, Greek and Cyrillic; letters of other
scripts are dropped there (``ascii_misses`` names them, so ``podium new`` can ask for
``--slug``).
"""

from __future__ import annotations

import re
import unicodedata

# Latin letters that Unicode does not decompose into "base + accent", so NFKD alone would
# drop them ("Smørbrød" must become "smorbrod", not "smrbrd"). Apostrophes split words.
_FOLD = str.maketrans(
    {
        "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "œ": "oe", "Œ": "OE",
        "ı": "i", "’": "-", "'": "-",
    }
)  # fmt: skip

# ASCII mode only: rarer Latin letters without a decomposition (native slugs keep them).
_LATIN = {"ħ": "h", "ŧ": "t", "ŋ": "ng", "ĸ": "k", "ſ": "s", "ƒ": "f", "ʼ": "-"}

# Greek, after accents are stripped (ELOT 743 simplified: one letter → fixed Latin letters).
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o",
}  # fmt: skip

# Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian letters), passport-style.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "ђ": "dj", "е": "e",
    "є": "ye", "ж": "zh", "з": "z", "ѕ": "dz", "и": "i", "і": "i", "ї": "yi", "й": "y",
    "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "у": "u", "ў": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "џ": "dz", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "ё": "e",
}  # fmt: skip

_TRANSLITERATE = str.maketrans({**_LATIN, **_GREEK, **_CYRILLIC})


def fold_latin(text: str) -> str:
    """Replace the Latin letters NFKD cannot split into base + accent (ø, æ, ß, ł, ...)."""
    return text.translate(_FOLD)


def _letters(text: str, ascii: bool) -> str:
    lowered = fold_latin(unicodedata.normalize("NFC", text)).lower()
    if ascii:  # ё/й decompose under NFKD: transliterate before and after removing accents
        lowered = lowered.translate(_TRANSLITERATE)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.translate(_TRANSLITERATE) if ascii else stripped


def slugify(text: str, *, ascii: bool = False, max_length: int = 0, separator: str = "-") -> str:
    """Lowercase words of ``text`` joined by ``separator``; ``""`` when none is left.

    ``ascii=True`` transliterates Greek and Cyrillic and drops other non-ASCII letters.
    ``max_length`` (0: no limit) cuts at a word boundary; a longer first word is truncated.
    """
    letters = _letters(text, ascii)
    if ascii:
        words = re.findall(r"[a-z0-9]+", letters)
    else:
        words = [word.strip("_") for word in re.findall(r"\w+", letters) if word.strip("_")]
    if not max_length:
        return separator.join(words)
    slug = words[0][:max_length] if words else ""
    for word in words[1:]:
        if len(slug) + len(separator) + len(word) > max_length:
            break
        slug = f"{slug}{separator}{word}"
    return slug


def ascii_misses(text: str) -> str:
    """The letters of ``text`` that an ASCII slug cannot spell (CJK, Arabic, ...), sorted."""
    letters = _letters(text, ascii=True)
    return "".join(sorted({char for char in letters if char.isalnum() and not char.isascii()}))


def safe_path(slug: str) -> str:
    """An existing slug or URL path made safe as a relative file path (cards' file names).

    Not a slug maker: it keeps case and dots and only replaces what a path must not hold,
    so a card's file name follows its page's URL.
    """
    parts = [re.sub(r"[^\w.-]+", "-", p, flags=re.UNICODE).strip("-.") for p in slug.split("/")]
    return "/".join(p for p in parts if p) or "card"


#: how ``{slug}`` is made from a title or a category name (``url_slugify``)
SLUG_STYLES = ("podium", "material", "toc", "toc-unicode")


def slugify_as(style: str, text: str, separator: str = "-") -> str:
    """A URL slug in one of :data:`SLUG_STYLES` (``podium`` is :func:`slugify`).

    ``material`` is Material's blog default (``pymdownx.slugs.slugify(case="lower")``) and the
    ``toc`` styles are Python-Markdown's: delegated to those libraries rather than imitated,
    because a migrated blog keeps its URLs only if every quirk (``a--b`` for "a – b") matches.
    """
    if style == "material":
        from pymdownx.slugs import slugify as material_slugify

        return material_slugify(case="lower")(text, separator)
    if style in ("toc", "toc-unicode"):
        from markdown.extensions import toc

        return (toc.slugify if style == "toc" else toc.slugify_unicode)(text, separator)
    return slugify(text, separator=separator)
