"""ASCII slugs for new file names: "Façons d'adopter" → ``facons-d-adopter``.

Hand-written rather than a transliteration library: a slug becomes a permanent URL, so the
mapping must never change under us when a dependency updates its tables (and Unidecode is
GPL). The scope is Latin, Greek and Cyrillic; other scripts get a clear error asking for
``--slug``.
"""

from __future__ import annotations

import re
import unicodedata

# Latin letters that Unicode does not decompose into "base + accent": NFKD alone would drop
# them ("Smørbrød" must become "smorbrod", not "smrbrd").
_LATIN = {
    "ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "œ": "oe",
    "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "ng", "ĸ": "k", "ſ": "s", "ƒ": "f",
}  # fmt: skip

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

_TABLE = str.maketrans({**_LATIN, **_GREEK, **_CYRILLIC})
_APOSTROPHES = str.maketrans({"'": " ", "’": " ", "ʼ": " "})


class SlugError(ValueError):
    """The text has nothing a URL slug can be made of."""


def slugify(text: str, max_length: int = 80) -> str:
    """Lowercase ASCII words joined by ``-``; raises SlugError when nothing is left.

    Words are cut at ``max_length`` on a word boundary so that file names stay usable.
    """
    lowered = unicodedata.normalize("NFC", text).lower().translate(_APOSTROPHES)
    # ё/й decompose under NFKD, so transliterate before and after removing accents.
    lowered = lowered.translate(_TABLE)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    ascii_text = stripped.translate(_TABLE)
    unknown = sorted({char for char in ascii_text if char.isalnum() and not char.isascii()})
    if unknown:
        raise SlugError(
            f"cannot make an ASCII file name from the letters {''.join(unknown)!r}; "
            "pass --slug my-slug"
        )
    words = re.findall(r"[a-z0-9]+", ascii_text)
    if not words:
        raise SlugError(f"{text!r} has no letters or digits to make a file name from")
    slug = words[0][:max_length]
    for word in words[1:]:
        if len(slug) + 1 + len(word) > max_length:
            break
        slug = f"{slug}-{word}"
    return slug


def check_slug(slug: str) -> str:
    """Validate a slug given by the user (``--slug``): lowercase ASCII words and ``-``."""
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug):
        raise SlugError(f"--slug must be lowercase letters, digits and '-', got {slug!r}")
    return slug
