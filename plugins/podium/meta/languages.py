"""The language switcher: where each language's link goes from the current page.

Rule: the same page in that language when a translation exists; otherwise that language's
home (or articles index) so a reader never lands on a page in a language they did not ask for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from podium.core.i18n import bcp47, language_name


@dataclass(frozen=True)
class LanguageChoice:
    lang: str  # BCP 47
    name: str  # in its own language ("Français")
    url: str  # site-relative or absolute, as given
    current: bool
    is_translation: bool  # False → falls back to that language's home


def language_choices(
    *,
    current_lang: str,
    languages: Sequence[str],
    translations: Mapping[str, str],
    homes: Mapping[str, str],
) -> tuple[LanguageChoice, ...]:
    """One choice per site language, in ``languages`` order.

    ``translations`` maps lang → URL of this page in that language (may include the current
    one); ``homes`` maps lang → that language's home or index URL.
    """
    current = bcp47(current_lang)
    by_lang = {bcp47(lang): url for lang, url in translations.items()}
    home_by_lang = {bcp47(lang): url for lang, url in homes.items()}
    choices: list[LanguageChoice] = []
    seen: set[str] = set()
    for raw in languages:
        lang = bcp47(raw)
        if lang in seen:
            continue
        seen.add(lang)
        translated = by_lang.get(lang)
        url = translated or home_by_lang.get(lang)
        if url is None:
            continue
        choices.append(
            LanguageChoice(
                lang=lang,
                name=language_name(lang),
                url=url,
                current=lang == current,
                is_translation=translated is not None,
            )
        )
    return tuple(choices)
