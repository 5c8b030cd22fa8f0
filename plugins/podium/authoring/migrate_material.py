"""``podium migrate material``: turn a Material blog's ``mkdocs.yml`` into a Podium one.

Only the ``blog`` plugin entry is rewritten, in place in the YAML text: every other line
(comments included) stays byte for byte, and comments inside the old entry are kept above
the new one. The original is copied to ``mkdocs.yml.material-backup`` first (never
overwritten), and a second run finds nothing to do. The options chosen make Podium publish
the URLs Material published; what Podium cannot reproduce is listed, with redirects where a
URL changes.
"""

from __future__ import annotations

import argparse
import json
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from podium.core.text import MORE_MARKER
from podium.core.yaml_reader import config_nodes, load_config_yaml

from .errors import AuthoringError
from .mkdocs_yaml import load_site_config

BACKUP_SUFFIX = ".material-backup"
BLOG_NAMES = ("material/blog", "blog")

# Material's `post_slugify` callables → Podium's `url_slugify` styles.
_SLUGIFIERS = {
    "pymdownx.slugs.slugify": "material",
    "markdown.extensions.toc.slugify": "toc",
    "markdown.extensions.toc.slugify_unicode": "toc-unicode",
}

# Options that only change how Material's pages look: Podium has its own templates.
_PRESENTATION = {
    "blog_toc", "archive_name", "archive_toc", "categories_name", "categories_toc",
    "categories_sort_by", "categories_sort_reverse", "authors_profiles_name",
    "authors_profiles_toc", "pagination_format", "pagination_if_single_page",
    "pagination_keep_content", "post_excerpt_max_authors", "post_excerpt_max_categories",
    "archive_date_format", "post_date_format", "pagination_template",
}  # fmt: skip


@dataclass
class Plan:
    """The Podium options for one Material blog, and what could not be carried over."""

    options: dict[str, Any] = field(default_factory=dict)
    why: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def set(self, key: str, value: Any, why: str) -> None:
        self.options[key] = value
        self.why[key] = why


def plan_options(blog: dict[str, Any]) -> Plan:
    """Podium ``podium/articles`` options equivalent to Material ``blog`` options."""
    plan = Plan()
    get = blog.get
    blog_dir = str(get("blog_dir", "blog")).strip("/")
    base = "" if blog_dir in ("", ".") else blog_dir

    def under_blog(pattern: str) -> str:
        joined = posixpath.join(base, str(pattern).strip("/"))
        return (joined.strip("/") + "/") if joined.strip("/") not in ("", ".") else ""

    post_dir = str(get("post_dir", "{blog}/posts")).format(blog=blog_dir).strip("/")
    plan.set("articles_dir", post_dir, "Material's post_dir")
    authors = str(get("authors_file", "{blog}/.authors.yml")).format(blog=blog_dir)
    plan.set("authors_file", authors.strip("/"), "Material's authors_file")
    post_url = str(get("post_url_format", "{date}/{slug}"))
    plan.set("article_url", under_blog(post_url), "blog_dir + post_url_format")
    if get("post_url_max_categories", 1) != 1 and "{categories}" in post_url:
        plan.notes.append(
            "post_url_max_categories: Podium's {categories} is the first category only"
        )
    plan.set(
        "url_date_format", str(get("post_url_date_format", "yyyy/MM/dd")), "post_url_date_format"
    )
    plan.set("slug_from", "title", "Material slugs a post's title when it has no slug:")
    plan.set("url_slugify", _slug_style(get("post_slugify"), plan), "post_slugify")
    if str(get("post_slugify_separator", "-")) != "-":
        plan.notes.append("post_slugify_separator: Podium slugs always use '-'")
    if _slug_style(get("categories_slugify"), Plan()) != plan.options["url_slugify"]:
        plan.notes.append("categories_slugify: Podium slugs categories like titles")
    plan.set("index_url", under_blog(""), "blog_dir")
    paging = str(get("pagination_url_format", "page/{page}")).strip("/") + "/"
    plan.set("page_url", paging, "pagination_url_format")
    plan.set("pagination_size", int(get("pagination_per_page", 10)), "pagination_per_page")
    for view in ("archive", "categories", "authors_profiles"):
        per_page = get(f"{view}_pagination_per_page")
        if per_page not in (None, plan.options["pagination_size"]):
            plan.notes.append(f"{view}_pagination_per_page: Podium pages every listing alike")
    archive_format = str(get("archive_url_format", "archive/{date}"))
    archive_date = str(get("archive_url_date_format", "yyyy"))
    archive_url = under_blog(archive_format.replace("{date}", "{year}"))
    plan.set("archive_url", archive_url, "archive_url_format")
    if archive_date != "yyyy":
        old = _date_placeholders(archive_date)
        if old is None:
            plan.notes.append(
                f"archive_url_date_format {archive_date!r}: Podium archives by year; "
                "the old archive URLs are not redirected"
            )
        else:
            plan.set(
                "redirects",
                {under_blog(archive_format.replace("{date}", old)): archive_url},
                f"Material's archives by {archive_date!r} → Podium's yearly archives",
            )
    categories_format = str(get("categories_url_format", "category/{slug}"))
    plan.set("category_url", under_blog(categories_format), "categories_url_format")
    profile_format = str(get("authors_profiles_url_format", "author/{slug}"))
    if "{name}" in profile_format:
        plan.notes.append("authors_profiles_url_format: {name} is not supported, {slug} is used")
        profile_format = profile_format.replace("{name}", "{slug}")
    plan.set(
        "author_url",
        under_blog(profile_format.replace("{slug}", "{id}")),
        "authors_profiles_url_format",
    )
    plan.set(
        "words_per_minute",
        int(get("post_readtime_words_per_minute", 265)),
        "post_readtime_words_per_minute",
    )
    plan.set("reading_time", "material", "Material's reading time: words and images")
    if not get("draft_if_future_date", False):
        plan.set("include_future", True, "Material publishes future-dated posts")
    plan.set("drafts_on_serve", bool(get("draft_on_serve", True)), "draft_on_serve")
    if get("draft", False):
        plan.notes.append("draft: true (drafts in the build): Podium never publishes drafts")
    if get("post_readtime", True) is False:
        plan.notes.append("post_readtime: false: Podium always shows the reading time")
    if get("post_excerpt", "optional") == "required":
        plan.notes.append("post_excerpt: required: Podium uses the first paragraph instead")
    if str(get("post_excerpt_separator", "<!-- more -->")) != "<!-- more -->":
        plan.notes.append("post_excerpt_separator: Podium uses <!-- more -->")
    if get("categories_allowed"):
        plan.notes.append("categories_allowed: Podium accepts any category")
    if get("enabled", True) is False:
        plan.notes.append("enabled: false: the blog was switched off; podium/articles is on")
    ignored = sorted(key for key in blog if key in _PRESENTATION)
    if ignored:
        plan.notes.append(f"presentation only, Podium's templates decide: {', '.join(ignored)}")
    return plan


def _date_placeholders(pattern: str) -> str | None:
    """A Babel date pattern of years, months and days as URL placeholders, else None."""
    converted = pattern.replace("yyyy", "{year}").replace("MM", "{month}").replace("dd", "{day}")
    return None if re.search(r"[A-Za-z]", re.sub(r"\{\w+\}", "", converted)) else converted


def _slug_style(value: Any, plan: Plan) -> str:
    if value is None:
        return "material"
    name = re.sub(r"^!!python/(name|object/apply):", "", str(value)).strip()
    style = _SLUGIFIERS.get(name)
    if style is None:
        plan.notes.append(f"post_slugify {name!r}: unknown to Podium, Material's default is used")
        return "material"
    return style


# -- editing the YAML text -----------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    name: str
    start: int  # offset of the entry's first character (after "- ")
    end: int  # offset just after its last value
    column: int


def _find_entries(text: str) -> dict[str, _Entry]:
    """Plugin entries of the top-level ``plugins:`` list, with their text spans."""
    try:
        root = config_nodes(text)
    except yaml.YAMLError as error:
        raise AuthoringError(f"mkdocs.yml: YAML: {error}", exit_code=2) from None
    if not isinstance(root, yaml.MappingNode):
        return {}
    for key, value in root.value:
        if key.value != "plugins":
            continue
        found = {}
        items = value.value if isinstance(value, yaml.SequenceNode) else []
        for item in items:
            if isinstance(item, yaml.ScalarNode):
                found[item.value] = _Entry(
                    item.value, item.start_mark.index, item.end_mark.index, item.start_mark.column
                )
            elif isinstance(item, yaml.MappingNode) and len(item.value) == 1:
                name_node, options = item.value[0]
                last = (
                    options.value[-1][1]
                    if isinstance(options, yaml.MappingNode) and options.value
                    else options
                )
                found[name_node.value] = _Entry(
                    name_node.value,
                    item.start_mark.index,
                    last.end_mark.index,
                    item.start_mark.column,
                )
        if isinstance(value, yaml.MappingNode):
            raise AuthoringError(
                "mkdocs.yml: plugins: written as a mapping; use the list form to migrate",
                exit_code=2,
            )
        return found
    return {}


def _render_entry(options: dict[str, Any], why: dict[str, str], column: int) -> str:
    """``podium/articles:`` with one option a line, each with where it came from."""
    pad = " " * (column + 2)
    lines = ["podium/articles:"]
    for key, value in options.items():
        shown = json.dumps(value, ensure_ascii=False)
        comment = f"  # {why[key]}" if key in why else ""
        lines.append(f"{pad}{key}: {shown}{comment}")
    return "\n".join(lines)


def _comment_of(line: str) -> str | None:
    """The ``# comment`` of a YAML line, ignoring ``#`` inside quotes or words (``a#b``)."""
    quote = None
    for index, char in enumerate(line):
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return line[index:].rstrip()
    return None


def _block_comments(text: str) -> list[str]:
    return [comment for line in text.splitlines() if (comment := _comment_of(line))]


@dataclass
class Result:
    changes: list[str]
    notes: list[str]
    text: str | None  # the new mkdocs.yml, None when nothing changes


def migrate_text(text: str, docs_dir: Path | None = None) -> Result:
    """The migrated ``mkdocs.yml`` text, the changes made and what could not be kept."""
    entries = _find_entries(text)
    blog_name = next((name for name in BLOG_NAMES if name in entries), None)
    if blog_name is None:
        if "podium/articles" in entries:
            return Result([], ["already migrated: no Material blog plugin in mkdocs.yml"], None)
        raise AuthoringError("mkdocs.yml: plugins: no Material 'blog' plugin to migrate", 1)
    if "podium/articles" in entries:
        raise AuthoringError(
            f"mkdocs.yml: plugins: both '{blog_name}' and 'podium/articles' are listed; "
            f"remove one by hand (the backup {BACKUP_SUFFIX} holds the original)",
            1,
        )
    data = load_config_yaml(text) or {}
    blog: dict[str, Any] = {}
    for item in data.get("plugins") or []:
        if isinstance(item, dict) and blog_name in item:
            blog = dict(item[blog_name] or {})
    plan = plan_options(blog)
    if docs_dir is not None:
        _check_folders(plan, docs_dir)
    entry = entries[blog_name]
    end = entry.end
    trailing = re.match(r"[ \t]*#[^\n]*", text[end:])  # a comment ending the entry's last line
    if trailing:
        end += trailing.end()
    # Every comment of the old entry is kept: the first line's beside the new entry's name,
    # the others on their own lines above it, at the indentation of its '- '.
    block = text[entry.start : end]
    comments = _block_comments(block)
    first = _comment_of(block.split("\n", 1)[0])
    above = comments[1:] if first else comments
    rendered = _render_entry(plan.options, plan.why, entry.column)
    if first:
        head, _, rest = rendered.partition("\n")
        rendered = f"{head}  {first}\n{rest}"
    line_start = text.rfind("\n", 0, entry.start) + 1
    dash_column = len(text[line_start : entry.start]) - len(text[line_start : entry.start].lstrip())
    lead = "".join(f"{' ' * dash_column}{comment}\n" for comment in above)
    new_text = text[:line_start] + lead + text[line_start : entry.start] + rendered + text[end:]
    changes = [f"plugins: '{blog_name}' → 'podium/articles'"]
    changes += [
        f"podium/articles: {key}: {json.dumps(value)}" for key, value in plan.options.items()
    ]
    return Result(changes, plan.notes, new_text)


def _check_folders(plan: Plan, docs_dir: Path) -> None:
    for key in ("articles_dir", "authors_file"):
        if not (docs_dir / plan.options[key]).exists():
            plan.notes.append(f"{key}: {docs_dir.name}/{plan.options[key]} does not exist")
    posts = sorted((docs_dir / plan.options["articles_dir"]).rglob("*.md"))
    whole = [post for post in posts if not MORE_MARKER.search(post.read_text(encoding="utf-8"))]
    if whole:
        plan.notes.append(
            f"{len(whole)} post(s) without <!-- more --> (e.g. "
            f"{whole[0].relative_to(docs_dir).as_posix()}): Material listed them whole, "
            "Podium lists their first paragraph"
        )


# -- the command ----------------------------------------------------------------------------


def add_migrate_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "migrate",
        help="move a Material for MkDocs blog to Podium, keeping its URLs",
        description="Rewrite mkdocs.yml so that Podium publishes a Material blog at the same "
        "URLs. The original is kept as mkdocs.yml" + BACKUP_SUFFIX + "; comments stay.",
    )
    parser.add_argument("source", choices=["material"], help="what to migrate from")
    parser.add_argument(
        "--config", type=Path, default=Path("mkdocs.yml"), help="default: mkdocs.yml"
    )
    parser.add_argument("--dry-run", action="store_true", help="show the changes, write nothing")
    parser.set_defaults(handler=run_migrate)
    return parser


def run_migrate(args: argparse.Namespace) -> int:
    path: Path = args.config
    site = load_site_config(path)  # clear exit-2 errors for a missing or broken file
    text = path.read_text(encoding="utf-8-sig")
    result = migrate_text(text, site.docs_dir)
    for line in result.changes:
        print(f"  {line}")
    for note in result.notes:
        print(f"  note: {note}")
    if result.text is None:
        print(f"{path}: nothing to do")
        return 0
    if args.dry_run:
        print(f"{path}: {len(result.changes)} change(s) (dry run: nothing written)")
        return 0
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    if not backup.exists():
        backup.write_bytes(path.read_bytes())
    from podium.core.atomic import write_text_atomic

    write_text_atomic(path, result.text)
    print(f"{path}: migrated ({len(result.changes)} change(s)); original in {backup.name}")
    return 0
