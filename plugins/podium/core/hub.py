"""The hub: every published article and highlight, indexed once per build.

Feeds, cards, listing pages and meta tags all read the same immutable hub, so they can never
disagree about what is published, in which order, or under which URL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from .errors import ContentError, Problem
from .loader import LoadedContent
from .model import Article, Author, Highlight
from .plaintext import plain_line, shorten
from .pullquotes import extract_pullquotes
from .settings import ContentSettings, UrlScheme
from .slugs import slugify, slugify_as


@dataclass(frozen=True)
class SiteInfo:
    """Site-wide facts the core needs (from the host's config)."""

    site_name: str
    site_url: str | None = None
    language: str = "en"
    description: str = ""
    owner: str | None = None
    #: (category, ((lang, label), ...)): how a category is called in each language
    category_labels: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()

    def category_label(self, name: str, lang: str) -> str:
        """``name`` as readers of ``lang`` call it (``lang`` or its base language), else
        the name itself: categories are one taxonomy across languages, labels are not."""
        labels = dict(dict(self.category_labels).get(name, ()))
        return labels.get(lang) or labels.get(lang.split("-")[0].lower()) or name

    def absolute(self, url: str) -> str:
        """``url`` (site-relative) made absolute; requires ``site_url``."""
        if not self.site_url:
            raise ValueError("site_url is not set")
        return self.site_url.rstrip("/") + "/" + url.lstrip("/")


class Urls:
    """Site-relative URLs of generated pages."""

    def __init__(self, scheme: UrlScheme, author_slugs: Mapping[str, str] | None = None) -> None:
        self.scheme = scheme
        #: author id → the ``slug`` given in ``.authors.yml`` (Material's profile URLs)
        self.author_slugs = MappingProxyType(dict(author_slugs or {}))

    def index(self, page: int = 1) -> str:
        return self._paged(self.scheme.index, page)

    def slug(self, name: str) -> str:
        """A tag's or category's URL segment, in the site's slug style."""
        return slugify_as(self.scheme.slug_style, name)

    def tag(self, name: str, page: int = 1) -> str:
        return self._paged(self.scheme.tag.format(slug=self.slug(name)), page)

    def category(self, name: str, page: int = 1) -> str:
        return self._paged(self.scheme.category.format(slug=self.slug(name)), page)

    def archive(self, year: int, page: int = 1) -> str:
        return self._paged(self.scheme.archive.format(year=year), page)

    def author(self, ident: str) -> str:
        return self.scheme.author.format(id=self.author_slugs.get(ident) or slugify(ident))

    def author_page(self, ident: str, page: int = 1) -> str:
        return self._paged(self.author(ident), page)

    def language(self, lang: str, page: int = 1) -> str:
        return self._paged(self.scheme.language.format(lang=lang), page)

    def highlights(self, page: int = 1) -> str:
        return self._paged(self.scheme.highlights_index, page)

    def _paged(self, url: str, page: int) -> str:
        return url + (self.scheme.page.format(page=page) if page > 1 else "")


@dataclass(frozen=True)
class SeriesPosition:
    name: str
    index: int
    parts: tuple[Article, ...]

    @property
    def previous(self) -> Article | None:
        return self.parts[self.index - 1] if self.index > 0 else None

    @property
    def next(self) -> Article | None:
        return self.parts[self.index + 1] if self.index + 1 < len(self.parts) else None


def _newest_first(item: Article | Highlight) -> tuple:
    return (-item.date.timestamp(), getattr(item, "slug", None) or item.id)


def _group(articles: Iterable[Article], keys) -> Mapping[str, tuple[Article, ...]]:
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        for key in keys(article):
            groups[key].append(article)
    return MappingProxyType({key: tuple(groups[key]) for key in sorted(groups, key=str.casefold)})


class Hub:
    """Published content and its indexes. Build with :func:`build_hub`."""

    def __init__(
        self,
        site: SiteInfo,
        articles: tuple[Article, ...],
        highlights: tuple[Highlight, ...],
        authors: Mapping[str, Author],
        urls: Urls,
        related_count: int = 3,
        hidden: Mapping[str, str] | None = None,
    ) -> None:
        self.site = site
        self.articles = articles
        self.highlights = highlights
        self.authors = authors
        self.urls = urls
        #: sources left out of this build (draft/future/error) → why
        self.hidden = MappingProxyType(dict(hidden or {}))
        self.pinned = tuple(article for article in articles if article.pin)
        self.categories = _group(articles, lambda article: article.categories)
        self.tags = _group(articles, lambda article: article.tags)
        years = _group(articles, lambda article: [str(article.date.year)])
        self.archives = MappingProxyType(
            {int(year): years[year] for year in sorted(years, reverse=True)}
        )
        series = _group(articles, lambda article: [article.series] if article.series else [])
        self.series = MappingProxyType(
            {name: tuple(reversed(parts)) for name, parts in series.items()}
        )
        self.languages = tuple(sorted({article.lang for article in articles}))
        self._by_slug = {article.slug: article for article in articles}
        self._by_source = {article.source: article for article in articles}
        self._highlights_by_id = {highlight.id: highlight for highlight in highlights}
        self._highlights_by_source = {highlight.source: highlight for highlight in highlights}
        linked: dict[str, list[Highlight]] = defaultdict(list)
        for highlight in highlights:
            if highlight.article:
                linked[highlight.article].append(highlight)
        self._highlights_by_article = linked
        groups: dict[str, list[Article]] = defaultdict(list)
        for article in articles:
            if article.translation_key:
                groups[article.translation_key].append(article)
        self._translations = {
            key: tuple(sorted(group, key=lambda a: a.lang)) for key, group in groups.items()
        }
        self._related = {
            article.slug: self._compute_related(article, related_count) for article in articles
        }

    # -- lookups ---------------------------------------------------------------------------

    def article_by_slug(self, slug: str) -> Article | None:
        return self._by_slug.get(slug)

    def article_by_source(self, source: str) -> Article | None:
        return self._by_source.get(source)

    def highlight_by_id(self, ident: str) -> Highlight | None:
        return self._highlights_by_id.get(ident)

    def entry_by_source(self, source: str) -> Article | Highlight | None:
        return self._by_source.get(source) or self._highlights_by_source.get(source)

    def author(self, ident: str) -> Author | None:
        return self.authors.get(ident)

    def owner(self) -> Author | None:
        """The executive the hub is about: ``owner`` from config, else the first author."""
        if self.site.owner and self.site.owner in self.authors:
            return self.authors[self.site.owner]
        return next(iter(self.authors.values()), None)

    # -- relations -------------------------------------------------------------------------

    def translations(self, article: Article) -> tuple[Article, ...]:
        """The same article in other languages, sorted by language."""
        if not article.translation_key:
            return ()
        group = self._translations.get(article.translation_key, ())
        return tuple(other for other in group if other.slug != article.slug)

    def related(self, article: Article) -> tuple[Article, ...]:
        return self._related.get(article.slug, ())

    def series_position(self, article: Article) -> SeriesPosition | None:
        if not article.series:
            return None
        parts = self.series.get(article.series, ())
        for index, part in enumerate(parts):
            if part.slug == article.slug:
                return SeriesPosition(article.series, index, parts)
        return None

    def highlights_for(self, article: Article) -> tuple[Highlight, ...]:
        """Highlights that point at ``article`` (its own pull quotes first)."""
        linked = self._highlights_by_article.get(article.slug, [])
        return tuple(sorted(linked, key=lambda item: (not item.is_pullquote, _newest_first(item))))

    def articles_by(self, author_id: str) -> tuple[Article, ...]:
        return tuple(article for article in self.articles if author_id in article.authors)

    def articles_in(self, lang: str) -> tuple[Article, ...]:
        return tuple(article for article in self.articles if article.lang == lang)

    def _compute_related(self, article: Article, count: int) -> tuple[Article, ...]:
        """Top ``count`` by shared tags + categories; same language preferred, then newest.

        Translations of the article itself are excluded: they are listed separately.
        """
        tags, categories = set(article.tags), set(article.categories)
        scored = []
        for other in self.articles:
            if other.slug == article.slug or (
                article.translation_key and other.translation_key == article.translation_key
            ):
                continue
            score = len(tags & set(other.tags)) + len(categories & set(other.categories))
            if score:
                scored.append((-score, other.lang != article.lang, _newest_first(other), other))
        scored.sort(key=lambda row: row[:3])
        return tuple(row[3] for row in scored[:count])


def build_hub(
    loaded: LoadedContent, settings: ContentSettings, site: SiteInfo
) -> tuple[Hub, list[Problem]]:
    """Check cross-references, drop what is not published, and index the rest.

    Raises :class:`ContentError` when two items claim one URL: that is never a one-file
    problem, and silently picking one would lose an author's page.
    """
    problems: list[Problem] = []
    hidden: dict[str, str] = {}
    articles: list[Article] = []
    for article in sorted(loaded.articles, key=lambda item: item.source):
        unknown = [ident for ident in article.authors if ident not in loaded.authors]
        if unknown:
            problems.append(
                Problem(
                    article.source,
                    _line(article, "authors"),
                    "authors",
                    f"unknown author id {', '.join(repr(u) for u in unknown)} "
                    f"({_authors_where(settings, loaded.authors)})",
                )
            )
            hidden[article.source] = "error"
            continue
        if article.draft and not settings.include_drafts:
            hidden[article.source] = "draft"
            continue
        if article.date > settings.now and not settings.include_future:
            hidden[article.source] = "future"
            continue
        articles.append(article)

    _check_unique(articles, lambda article: article.url, "slug")
    articles = _drop_translation_clashes(articles, problems, hidden)
    articles.sort(key=_newest_first)

    highlights: list[Highlight] = []
    for highlight in loaded.highlights:
        if highlight.draft and not settings.include_drafts:
            hidden[highlight.source] = "draft"
        elif highlight.date > settings.now and not settings.include_future:
            hidden[highlight.source] = "future"
        else:
            highlights.append(highlight)
    slugs = {article.slug for article in articles}
    for highlight in highlights:
        if highlight.article and highlight.article not in slugs:
            problems.append(
                Problem(
                    highlight.source,
                    _line(highlight, "article"),
                    "article",
                    f"no published article has the slug {highlight.article!r}",
                    "warning",
                )
            )
    highlights.extend(_pullquote_highlights(articles))
    _check_unique(highlights, lambda highlight: highlight.url, "slug")
    highlights.sort(key=_newest_first)

    hub = Hub(
        site=site,
        articles=tuple(articles),
        highlights=tuple(highlights),
        authors=MappingProxyType(dict(loaded.authors)),  # file order: the first is the owner
        urls=Urls(settings.urls, {ident: a.slug for ident, a in loaded.authors.items() if a.slug}),
        related_count=settings.related_count,
        hidden=hidden,
    )
    return hub, problems


def _authors_where(settings: ContentSettings, authors: Mapping[str, Author]) -> str:
    """Where the authors were looked for, and what was found there."""
    shown = f"{settings.docs_dir.name}/{settings.authors_file.lstrip('/')}"
    if (settings.docs_dir / settings.authors_file).is_file():
        return f"known in {shown}: {', '.join(sorted(authors)) or 'none'}"
    material = f"{settings.articles_dir.split('/')[0]}/.authors.yml"
    if material != settings.authors_file and (settings.docs_dir / material).is_file():
        return (
            f"{shown} does not exist; Material keeps authors in {material}: set "
            f"'authors_file: {material}' or run 'podium migrate material'"
        )
    return f"{shown} does not exist"


def _line(item: Article | Highlight, key: str) -> int | None:
    """Line of ``key`` in the item's front matter, when it was there."""
    return item.lines.get(key)


def _check_unique(items, url_of, field: str) -> None:
    seen: dict[str, str] = {}
    clashes = []
    for item in items:
        url = url_of(item)
        if url in seen:
            clashes.append(
                Problem(
                    item.source,
                    _line(item, field),
                    field,
                    f"'{url}' is also the URL of {seen[url]}: give one of them another slug",
                )
            )
        else:
            seen[url] = item.source
    if clashes:
        raise ContentError(clashes)


def _drop_translation_clashes(
    articles: list[Article], problems: list[Problem], hidden: dict[str, str]
) -> list[Article]:
    """A translation group holds one article per language; later files are left out."""
    taken: dict[tuple[str, str], str] = {}
    kept = []
    for article in articles:
        if article.translation_key:
            key = (article.translation_key, article.lang)
            if key in taken:
                problems.append(
                    Problem(
                        article.source,
                        _line(article, "translation_key"),
                        "translation_key",
                        f"{taken[key]} is already the '{article.lang}' version of "
                        f"'{article.translation_key}'",
                    )
                )
                hidden[article.source] = "error"
                continue
            taken[key] = article.source
        kept.append(article)
    return kept


def _pullquote_highlights(articles: Iterable[Article]) -> list[Highlight]:
    """Each pull quote becomes a highlight that links back to its anchor in the article."""
    result = []
    for article in articles:
        for quote in extract_pullquotes(article.body):
            result.append(
                Highlight(
                    source=f"{article.source}#{quote.anchor}",
                    id=f"{article.slug}-{quote.anchor}",
                    url=f"{article.url}#{quote.anchor}",
                    title=shorten(plain_line(quote.text), 90),
                    date=article.date,
                    lang=article.lang,
                    tags=article.tags,
                    article=article.slug,
                    attribution=quote.attribution,
                    body=quote.text,
                    anchor=quote.anchor,
                )
            )
    return result


def replace_article(article: Article, **changes) -> Article:
    """A modified copy (records are frozen)."""
    return replace(article, **changes)
