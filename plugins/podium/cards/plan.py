"""Which pages get cards, and with what text: from the hub to ``CardSpec`` records.

Every article, highlight (pull quotes included, for the share kit), author page and the home
page gets one card per preset. Front matter ``cards: {title, description, layout,
background}`` overrides the text or design of one page; ``cards: false`` opts it out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from podium.cards.brand import check_image
from podium.cards.errors import CardError
from podium.cards.spec import LAYOUTS, CardSpec
from podium.core.errors import Problem
from podium.core.hub import Hub
from podium.core.i18n import format_day
from podium.core.model import Article, Author, Highlight, content_warning
from podium.core.plaintext import article_description, markdown_to_plain, one_line, plain_line

OVERRIDES = ("title", "description", "layout", "background")
HOME_SOURCE = "index.md"


@dataclass(frozen=True)
class CardPage:
    """A page that gets cards: its site-relative URL, its docs source, what goes on it."""

    url: str
    source: str
    spec: CardSpec


def local_file(reference: str | None, docs_dir: Path, page_source: str = "") -> Path | None:
    """A picture given as a docs path (``assets/me.png``), relative to the page or the docs.

    URLs give None: cards are rendered offline and nothing is downloaded.
    """
    if not reference or "://" in reference or reference.startswith("data:"):
        return None
    clean = reference.split("#")[0].split("?")[0]
    candidates = [docs_dir / clean.lstrip("/")]
    if page_source and not clean.startswith("/"):
        candidates.insert(0, docs_dir / Path(page_source).parent / clean)
    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve()
    return None


def _initials(author: Author | None) -> str:
    """Initials for an author whose picture is only online (cards never download)."""
    if author is None or "://" not in author.avatar:
        return ""
    words = [word for word in author.name.split() if word[:1].isalpha()]
    return "".join(word[0].upper() for word in words[:1] + words[1:][-1:])


def _plain(markdown: str) -> str:
    """What the card shows of a Markdown text: the visible words on one line, without
    bare links (and a "Read more:" that introduced them)."""
    return one_line(markdown_to_plain(markdown, drop_links=True))


class Planner:
    """Turns hub entries into card pages, collecting problems instead of raising."""

    def __init__(self, hub: Hub, docs_dir: Path) -> None:
        self.hub = hub
        self.docs_dir = docs_dir
        self.problems: list[Problem] = []
        self._avatars: dict[str, Path | None] = {}

    def pages(self, *, home: bool = True) -> list[CardPage]:
        pages: list[CardPage] = []
        for article in self.hub.articles:
            page = self.article(article)
            if page:
                pages.append(page)
        for highlight in self.hub.highlights:
            page = self.highlight(highlight)
            if page:
                pages.append(page)
        for ident in sorted(self.hub.authors):
            if self.hub.articles_by(ident):  # author pages exist for people who wrote
                pages.append(self.profile(self.hub.authors[ident], self.hub.urls.author(ident)))
        owner = self.hub.owner()
        if home and owner is not None:
            page = self.profile(owner, "", source=HOME_SOURCE, slug="home")
            pages.append(page)
        return pages

    # -- per kind ------------------------------------------------------------------------

    def article(self, article: Article) -> CardPage | None:
        overrides = self._overrides(article.source, article.cards, article.lines)
        if overrides is None:
            return None
        author = self.hub.author(article.authors[0]) if article.authors else None
        description = article_description(article.description, article.excerpt, article.title)
        spec = CardSpec(
            layout=overrides.get("layout", "article"),
            title=overrides.get("title", plain_line(article.title)),
            slug=article.url.strip("/") or article.slug,
            description=overrides.get("description", description),
            author=author.name if author else "",
            photo=self._avatar(author),
            initials=_initials(author),
            date=format_day(article.date, article.lang),
            role=author.job_title if author else "",
            organization=author.organization if author else "",
            eyebrow=(
                self.hub.site.category_label(article.categories[0], article.lang)
                if article.categories
                else ""
            ),
            background=overrides.get("background"),
            lang=article.lang,
            source=article.source,
        )
        return CardPage(article.url, article.source, spec)

    def highlight(self, highlight: Highlight) -> CardPage | None:
        overrides = self._overrides(highlight.source, highlight.cards, highlight.lines)
        if overrides is None:
            return None
        owner = self.hub.owner()
        # A quote of someone else carries their name, never the owner's photo.
        quoted = highlight.attribution
        author_name = quoted or (owner.name if owner else "")
        slug = "highlights/" + highlight.id if highlight.anchor else highlight.url.strip("/")
        spec = CardSpec(
            layout=overrides.get("layout", "highlight"),
            # Behind a content warning the card shows the warning, never the post.
            title=overrides.get(
                "title",
                content_warning(highlight) or _plain(highlight.body) or highlight.title,
            ),
            slug=slug or highlight.id,
            description=overrides.get("description", ""),
            author=author_name,
            photo=None if quoted else self._avatar(owner),
            use_brand_avatar=not quoted,
            date=format_day(highlight.date, highlight.lang),
            background=overrides.get("background"),
            lang=highlight.lang,
            source=highlight.source,
        )
        return CardPage(highlight.url, highlight.source, spec)

    def profile(self, author: Author, url: str, *, source: str = "", slug: str = "") -> CardPage:
        spec = CardSpec(
            layout="profile",
            title=author.name,
            slug=slug or url.strip("/") or f"authors/{author.id}",
            role=author.job_title or author.description,
            organization=author.organization,
            photo=self._avatar(author),
            author=author.name,
            lang=self.hub.site.language,
            source=source or f".authors.yml: {author.id}",
        )
        return CardPage(url, source or url + "index.md", spec)

    # -- helpers -------------------------------------------------------------------------

    def _avatar(self, author: Author | None) -> Path | None:
        if author is None or not author.avatar:
            return None
        if author.id in self._avatars:
            return self._avatars[author.id]
        found = local_file(author.avatar, self.docs_dir)
        field = f"authors.{author.id}.avatar"
        if found is None and "://" in author.avatar:
            self.problems.append(
                Problem(
                    ".authors.yml",
                    None,
                    field,
                    "a remote picture: pages link to it, cards show initials (nothing is "
                    "downloaded; put the picture under docs/ to show it on cards)",
                    "note",
                )
            )
        elif found is None:
            self._problem(".authors.yml", None, field, f"{author.avatar} not found under docs/")
        elif found is not None:
            try:
                check_image(found, field)
            except CardError as error:
                self._problem(".authors.yml", None, field, error.message)
                found = None
        self._avatars[author.id] = found  # one warning per author, not one per page
        return found

    def _overrides(
        self, source: str, raw: Mapping[str, Any] | None, lines: Mapping[str, int]
    ) -> dict[str, Any] | None:
        """Validated front-matter overrides; None when the page opted out."""
        raw = dict(raw or {})
        line = lines.get("cards")
        if raw.get("enabled", True) is False:
            return None
        raw.pop("enabled", None)
        result: dict[str, Any] = {}
        for key, value in sorted(raw.items()):
            field = f"cards.{key}"
            if key not in OVERRIDES:
                self._problem(source, line, field, f"unknown key (use {', '.join(OVERRIDES)})")
            elif not isinstance(value, str) or not value.strip():
                self._problem(source, line, field, f"expected text, got {value!r}")
            elif key == "layout" and value not in LAYOUTS:
                self._problem(source, line, field, f"expected one of {', '.join(LAYOUTS)}")
            elif key == "background":
                found = local_file(value, self.docs_dir, source)
                if found is None:
                    self._problem(source, line, field, f"image not found: {value}")
                    continue
                try:
                    result[key] = check_image(found, field)
                except CardError as error:
                    self._problem(source, line, field, error.message)
            else:
                result[key] = value
        return result

    def _problem(self, source: str, line: int | None, field: str, message: str) -> None:
        self.problems.append(Problem(source, line, field, message, "warning"))


@dataclass(frozen=True)
class CardInfo:
    """A published card, for meta tags and the share kit."""

    preset: str
    url: str  # absolute, from site_url
    path: str  # site-relative file path
    width: int
    height: int
    mime: str
    alt: str
    meta: bool  # announced in og:image / twitter:image
