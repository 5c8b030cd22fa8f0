"""Seeded generator of a realistic Podium hub, written in Material's blog layout.

The benchmark builds the *same* content with plain MkDocs, the Material blog stack and
Podium, so the corpus must be valid for all three: Material's front matter (`date`, possibly
`{created, updated}`, `authors`, `categories`, `tags`, `draft`, `slug`), its `.authors.yml`,
and the `<!-- more -->` excerpt marker. Highlights are plain Markdown pages for MkDocs and
Material; Podium reads them as highlights.

Everything comes from `random.Random(seed)`: the same seed gives byte-identical files, so a
benchmark run can be reproduced exactly. Vocabulary is embedded (no download) and each
language uses its real letters (é, ü, ß, æ, ø, å ...), which exercises text shaping in cards.

Usage: python bench/corpus.py --articles 100 --seed 1 --out bench/work/corpus
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import re
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from PIL import Image, ImageDraw

LANGUAGES = ("en", "fr", "de", "nb")
LANGUAGE_WEIGHTS = (55, 15, 15, 15)


def _vocab(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# A modest business/leadership vocabulary per language: content words, then function words
# mixed in so paragraphs have a plausible rhythm (and plausible line-breaking in cards).
WORDS: dict[str, tuple[str, ...]] = {
    "en": _vocab(
        """
        leadership strategy growth team culture market customer value trust decision board
        investor product platform data risk capital talent hiring innovation execution focus
        vision mission quarter revenue margin pricing partner network scale operations supply
        chain resilience digital transformation future work remote hybrid meeting feedback
        mentor career learning change management sustainable energy climate policy regulation
        compliance governance ethics purpose brand story audience community signal noise
        clarity courage patience discipline habit journey lesson mistake failure success
        outcome metric goal plan roadmap budget cost efficiency automation software
        engineering design research insight experiment pilot launch release question answer
        leader manager founder employee shareholder crisis recovery momentum alignment
        incentive accountability transparency candour empathy judgment priority tradeoff
        build lead listen learn ship measure decide hire invest simplify explain write
        clear bold quiet honest practical simple difficult hidden long short early late real
        better stronger open small large global local slow fast careful curious
        """
    ),
    "fr": _vocab(
        """
        stratégie équipe réussite décision marché clientèle qualité sécurité société économie
        énergie idée échec leçon créativité confiance développement croissance données avenir
        travail réunion retour apprentissage changement gestion durable climat politique
        réglementation conformité éthique objectif mission vision marque histoire communauté
        clarté courage patience discipline habitude parcours erreur résultat mesure budget
        coût efficacité automatisation logiciel ingénierie conception recherche expérience
        lancement produit plateforme investisseur conseil capital talent recrutement
        innovation exécution priorité trimestre chiffre marge prix partenaire réseau échelle
        chaîne résilience numérique transformation cœur œuvre façon élève forêt fenêtre
        château être pouvoir devoir créer décider écouter apprendre mesurer réussir
        très déjà là où à naïf français général pérenne sûr complète première dernière
        le la les des une un et de du pour avec dans sur par est sont nous vous qui que
        """
    ),
    "de": _vocab(
        """
        Führung Strategie Wachstum Mannschaft Kultur Markt Kunde Wert Vertrauen Entscheidung
        Aufsichtsrat Investor Produkt Plattform Daten Risiko Kapital Talent Einstellung
        Innovation Umsetzung Fokus Vision Quartal Umsatz Marge Preisgestaltung Partner
        Netzwerk Größe Betrieb Lieferkette Widerstandskraft Veränderung Zukunft Arbeit
        Besprechung Rückmeldung Laufbahn Wandel Energie Klima Politik Regulierung Ethik
        Zweck Marke Geschichte Publikum Gemeinschaft Klarheit Mut Geduld Disziplin Gewohnheit
        Reise Fehler Erfolg Ergebnis Ziel Straße Maßnahme Schlüssel Übergang Qualität Märkte
        Gespräch Öffentlichkeit Überblick Äußerung Bürger Gefühl Prüfung Führungskraft
        nachhaltig digital schließlich über für müssen können führen hören lernen ändern
        wachsen prüfen entwickeln gemeinsam heiß weiß groß schön ehrlich mutig früh spät
        der die das und mit von auf ist sind wir nicht ein eine zu im den dem auch noch
        """
    ),
    "nb": _vocab(
        """
        ledelse strategi vekst lag kultur marked kunde verdi tillit beslutning styre investor
        produkt plattform data risiko kapital talent ansettelse innovasjon gjennomføring fokus
        visjon kvartal inntekt margin pris partner nettverk skala drift forsyningskjede
        motstandskraft endring framtid arbeid møte tilbakemelding karriere læring bærekraft
        energi klima politikk regulering etikk formål merkevare historie publikum fellesskap
        klarhet mot tålmodighet disiplin vane reise feil suksess resultat mål plan budsjett
        kostnad effektivitet automatisering programvare forskning innsikt forsøk lansering
        økonomi språk båt år blåbær æra størrelse målsetting førsteklasses nærhet ærlighet
        være gjøre lære måle øke høre søke kjøpe bygge lede forstå endre velge
        første større ærlig tøff særlig små nå også må får går åpen rolig tidlig sen
        og i på for med til er det som en et av vi ikke har de men så
        """
    ),
}

# Title fragments give titles a "thought leadership" shape (colons, questions).
TITLE_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("Why", "How", "What", "When", "The case for", "Lessons from", "Notes on"),
    "fr": ("Pourquoi", "Comment", "Ce que", "Quand", "Plaidoyer pour", "Leçons de"),
    "de": ("Warum", "Wie", "Was", "Wann", "Plädoyer für", "Lehren aus", "Über"),
    "nb": ("Hvorfor", "Hvordan", "Hva", "Når", "Et forsvar for", "Lærdom fra", "Om"),
}

CATEGORIES = (
    "Leadership",
    "Strategy",
    "Technology",
    "Culture",
    "Finance",
    "Sustainability",
    "Talent",
    "Governance",
)

TAGS = (
    "ai",
    "board",
    "ceo",
    "climate",
    "culture",
    "data",
    "diversity",
    "energy",
    "europe",
    "execution",
    "feedback",
    "funding",
    "growth",
    "hiring",
    "hybrid-work",
    "innovation",
    "investors",
    "ipo",
    "management",
    "mentoring",
    "mergers",
    "nordics",
    "pricing",
    "product",
    "regulation",
    "remote",
    "resilience",
    "security",
    "strategy",
    "writing",
)

# Material's `.authors.yml` format (name, description, avatar, url): Material's blog plugin
# warns on unknown keys, so the benchmark keeps to the shared subset.
AUTHORS = (
    ("amelia", "Amelia Chen", "Chief Executive Officer", "en"),
    ("helene", "Hélène Dubois", "Directrice de la stratégie", "fr"),
    ("juergen", "Jürgen Weiß", "Vorstand Technologie", "de"),
    ("ingrid", "Ingrid Sæther", "Økonomidirektør", "nb"),
)

IMAGES = (
    ("chart-growth.png", (640, 360)),
    ("team-offsite.jpg", (640, 360)),
    ("board-room.jpg", (640, 427)),
    ("roadmap.png", (800, 450)),
    ("city-dawn.jpg", (800, 450)),
    ("whiteboard.png", (480, 320)),
)

ASCII_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe"})

# Latest article date: fixed so the corpus never depends on the day it is generated.
NEWEST = dt.date(2026, 6, 30)


@dataclass(frozen=True)
class ArticleInfo:
    """What the benchmark needs to know about one generated article."""

    path: str  # docs-relative posix path
    slug: str
    title: str
    date: dt.date
    lang: str
    draft: bool
    words: int


@dataclass
class CorpusInfo:
    """Summary of a generated corpus (returned to run.py and the tests)."""

    root: Path
    layout: str
    articles: list[ArticleInfo] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)

    @property
    def articles_dir(self) -> str:
        return articles_dir_for(self.layout)

    @property
    def published(self) -> list[ArticleInfo]:
        return [a for a in self.articles if not a.draft]


def articles_dir_for(layout: str) -> str:
    """Docs-relative folder of the articles for a layout."""
    return "blog/posts" if layout == "material" else "articles"


def slugify(text: str) -> str:
    """ASCII slug; folds æ/ø/ß by hand because NFKD does not decompose them."""
    folded = unicodedata.normalize("NFKD", text.translate(ASCII_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode().lower()
    parts = "".join(c if c.isalnum() else " " for c in ascii_text).split()
    return "-".join(parts[:8]) or "post"


class Writer:
    """Text generator bound to one random stream (the determinism lives here)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def words(self, lang: str, count: int) -> list[str]:
        return [self.rng.choice(WORDS[lang]) for _ in range(count)]

    def sentence(self, lang: str, lo: int = 8, hi: int = 20) -> str:
        words = self.words(lang, self.rng.randint(lo, hi))
        if self.rng.random() < 0.25:
            i = self.rng.randrange(len(words))
            words[i] = f"**{words[i]}**" if self.rng.random() < 0.5 else f"*{words[i]}*"
        if len(words) > 10 and self.rng.random() < 0.3:
            words[self.rng.randrange(3, len(words) - 3)] += ","
        text = " ".join(words)
        end = self.rng.choices((".", "?", "!"), weights=(90, 7, 3))[0]
        return text[0].upper() + text[1:] + end

    def paragraph(self, lang: str, sentences: int) -> str:
        return " ".join(self.sentence(lang) for _ in range(sentences))

    def title(self, lang: str, lo: int, hi: int) -> str:
        """A title whose length is between lo and hi characters (inclusive)."""
        target = self.rng.randint(lo, hi)
        parts: list[str] = []
        if self.rng.random() < 0.4:
            parts.append(self.rng.choice(TITLE_OPENERS[lang]))
        text = ""
        while True:
            word = self.rng.choice(WORDS[lang])
            if self.rng.random() < 0.12 and len(parts) > 2 and ":" not in text:
                word += ":"
            candidate = " ".join([*parts, word])
            if len(candidate) > target and len(" ".join(parts)) >= lo:
                break
            parts.append(word)
            text = " ".join(parts)
            if len(text) >= target:
                break
        text = text.rstrip(":")[:hi].rstrip(" :")
        while len(text) < lo:  # truncation made it too short: pad with short words
            text += " " + min(WORDS[lang], key=len)
        if len(text) + 1 <= hi and self.rng.random() < 0.15:
            text += "?"
        return text[0].upper() + text[1:]


MIN_WORDS, MAX_WORDS = 600, 1200
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def count_words(markdown: str) -> int:
    """Words a reader sees: letters-led tokens, without image alt texts, URLs or comments."""
    text = _IMAGE.sub(" ", markdown.replace("<!-- more -->", " "))
    return len(_WORD.findall(_LINK_TARGET.sub("] ", text)))


def _article_body(
    w: Writer, lang: str, target_words: int, image_prefix: str, others: list[str]
) -> tuple[str, int]:
    """Markdown body (no front matter) of target_words (600-1,200) words; returns (body, words)."""
    rng = w.rng
    blocks: list[str] = []
    count = 0

    def add(text: str) -> bool:
        """Append a block unless it would pass MAX_WORDS."""
        nonlocal count
        words = count_words(text)
        if count + words > MAX_WORDS:
            return False
        blocks.append(text)
        count += words
        return True

    add(w.paragraph(lang, rng.randint(2, 3)))
    add(w.paragraph(lang, rng.randint(1, 2)))
    blocks.append("<!-- more -->")
    while count < target_words:
        added = add("## " + w.title(lang, 12, 60))
        for _ in range(rng.randint(1, 3)):
            if not added or count >= target_words:
                break
            kind = rng.choices(
                ("para", "list", "olist", "quote", "image", "link"), weights=(50, 12, 6, 8, 8, 16)
            )[0]
            if kind == "para":
                added = add(w.paragraph(lang, rng.randint(3, 6)))
            elif kind in ("list", "olist"):
                items = [w.sentence(lang, 4, 12) for _ in range(rng.randint(3, 6))]
                marks = ["-"] * len(items) if kind == "list" else [f"{i}." for i in range(1, 10)]
                added = add("\n".join(f"{m} {it}" for m, it in zip(marks, items, strict=False)))
            elif kind == "quote":
                added = add("> " + w.paragraph(lang, rng.randint(1, 2)))
            elif kind == "image":
                name = rng.choice(IMAGES)[0]
                alt = " ".join(w.words(lang, rng.randint(3, 7)))
                added = add(f"![{alt}]({image_prefix}{name})")
            else:
                sentence = w.sentence(lang)
                label = " ".join(w.words(lang, rng.randint(2, 4)))
                if others and rng.random() < 0.5:
                    target = f"{rng.choice(others)}.md"
                else:
                    target = f"https://example.org/{slugify(label)}"
                added = add(f"{sentence} [{label}]({target}) {w.sentence(lang)}")
        if not added:
            # Close with a paragraph of exactly the words still missing (never past the max).
            missing = target_words - count
            if missing > 0:
                add(w.sentence(lang, missing, missing))
            break
    return "\n\n".join(blocks) + "\n", count


def _front_matter(data: dict) -> str:
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{dumped}---\n\n"


def _image_bytes(name: str, size: tuple[int, int], rng: random.Random) -> bytes:
    """A small real picture: gradient background with shapes; no time metadata."""
    width, height = size
    top = tuple(rng.randint(20, 120) for _ in range(3))
    bottom = tuple(rng.randint(120, 240) for _ in range(3))
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(1, height - 1)
        color = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=color)
    for _ in range(12):
        x0, y0 = rng.randrange(width), rng.randrange(height)
        x1, y1 = x0 + rng.randint(20, width // 3), y0 + rng.randint(20, height // 3)
        fill = tuple(rng.randint(0, 255) for _ in range(3))
        if rng.random() < 0.5:
            draw.ellipse([x0, y0, x1, y1], fill=fill)
        else:
            draw.rectangle([x0, y0, x1, y1], fill=fill)
    out = io.BytesIO()
    if name.endswith(".png"):
        image.save(out, format="PNG", optimize=True)
    else:
        image.save(out, format="JPEG", quality=82)
    return out.getvalue()


def _write(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="\n")
    else:
        path.write_bytes(data)


def generate(out: Path, articles: int, seed: int = 1, layout: str = "material") -> CorpusInfo:
    """Write `out/docs/...` for a hub of `articles` articles and 2x highlights."""
    if layout not in ("material", "podium"):
        raise ValueError(f"layout must be 'material' or 'podium', not {layout!r}")
    if articles < 1:
        raise ValueError("articles must be at least 1")
    rng = random.Random(seed)
    w = Writer(rng)
    docs = out / "docs"
    info = CorpusInfo(root=out, layout=layout)
    posts_dir = articles_dir_for(layout)
    depth = posts_dir.count("/") + 1
    image_prefix = "../" * depth + "assets/images/"

    # Images and avatars.
    for name, size in IMAGES:
        _write(docs / "assets" / "images" / name, _image_bytes(name, size, rng))
        info.images.append(f"assets/images/{name}")
    authors_yml: dict[str, dict] = {}
    for author_id, name, role, _lang in AUTHORS:
        avatar = f"assets/avatars/{author_id}.png"
        _write(docs / avatar, _image_bytes(avatar, (96, 96), rng))
        info.images.append(avatar)
        authors_yml[author_id] = {
            "name": name,
            "description": role,
            "avatar": avatar,
            "url": f"https://hub.example.com/about/#{author_id}",
        }
    _write(docs / ".authors.yml", yaml.safe_dump({"authors": authors_yml}, allow_unicode=True))

    # Article metadata first (titles, slugs, dates) so bodies can link to each other.
    day = NEWEST
    span_days = 5 * 365
    mean_gap = span_days / articles
    slugs: set[str] = set()
    plans = []
    for i in range(articles):
        lang = rng.choices(LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]
        # The first two titles pin the extremes of the 20-140 range at every size.
        lo, hi = {0: (20, 20), 1: (140, 140)}.get(i, (20, 140))
        title = w.title(lang, lo, hi)
        slug = base = slugify(title)
        n = 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.add(slug)
        plans.append((i, lang, title, slug, day))
        day -= dt.timedelta(days=round(rng.expovariate(1 / mean_gap)))
    # Drafts: about 3 %, never among the ten newest (the edit benchmark edits a recent one).
    drafts = {i for i in range(10, articles) if rng.random() < 0.03}
    published_slugs = [p[3] for p in plans if p[0] not in drafts]

    for i, lang, title, slug, date in plans:
        authors = [rng.choice(AUTHORS)[0]]
        if rng.random() < 0.15:
            authors = sorted({*authors, rng.choice(AUTHORS)[0]})
        meta: dict = {"title": title, "slug": slug}
        if rng.random() < 0.15:
            updated = min(NEWEST, date + dt.timedelta(days=rng.randint(3, 90)))
            meta["date"] = {"created": date, "updated": updated}
        else:
            meta["date"] = date
        meta["description"] = w.sentence(lang, 12, 24)[:158].rstrip(" ,")
        meta["authors"] = authors
        meta["categories"] = sorted(rng.sample(CATEGORIES, rng.choice((1, 1, 2))))
        meta["tags"] = sorted(rng.sample(TAGS, rng.randint(2, 5)))
        meta["lang"] = lang
        if i in drafts:
            meta["draft"] = True
        others = [s for s in published_slugs if s != slug]
        body, words = _article_body(
            w, lang, rng.randint(MIN_WORDS, MAX_WORDS), image_prefix, others
        )
        rel = f"{posts_dir}/{slug}.md"
        _write(docs / rel, _front_matter(meta) + body)
        info.articles.append(ArticleInfo(rel, slug, title, date, lang, i in drafts, words))

    # Highlights: two per article on average, dated around the articles.
    for h in range(2 * articles):
        lang = rng.choices(LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]
        date = NEWEST - dt.timedelta(days=rng.randrange(span_days))
        meta = {"date": date, "lang": lang, "tags": sorted(rng.sample(TAGS, rng.randint(1, 3)))}
        if published_slugs and rng.random() < 0.75:
            meta["article"] = rng.choice(published_slugs)
        body = " ".join(w.sentence(lang, 6, 18) for _ in range(rng.randint(1, 3)))
        rel = f"highlights/{date.isoformat()}-{h + 1:05d}.md"
        _write(docs / rel, _front_matter(meta) + body + "\n")
        info.highlights.append(rel)

    # Site pages around the hub.
    _write(docs / "index.md", "# Amelia Chen\n\n" + w.paragraph("en", 4) + "\n")
    _write(docs / "about.md", "# About\n\n" + w.paragraph("en", 6) + "\n")
    if layout == "material":
        _write(docs / "blog" / "index.md", "# Blog\n")
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100, help="number of articles (N)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="folder that receives docs/")
    parser.add_argument("--layout", choices=("material", "podium"), default="material")
    parser.add_argument("--force", action="store_true", help="replace an existing out/docs")
    args = parser.parse_args(argv)
    docs = args.out / "docs"
    if docs.exists():
        if not args.force:
            print(f"{docs}: exists; pass --force to replace it", file=sys.stderr)
            return 2
        shutil.rmtree(docs)
    info = generate(args.out, args.articles, args.seed, args.layout)
    print(
        f"{docs}: {len(info.articles)} articles ({len(info.published)} published), "
        f"{len(info.highlights)} highlights, {len(info.images)} images"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
