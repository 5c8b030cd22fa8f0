"""MkDocs hook for the Material stack: let mkdocs-rss-plugin read both of Material's date forms.

mkdocs-rss-plugin reads a post's dates from one front-matter key path (`date.created`), so a
blog that mixes `date: 2026-03-17` and `date: {created, updated}` (both valid for Material's
blog plugin) gets the build date on every plain-dated post. This is the few lines of glue a
Material user writes; the benchmark adds it so the Material stack's feeds are correct.
"""

from __future__ import annotations


def on_page_markdown(markdown, page, config, files):
    date = page.meta.get("date")
    if date is not None and not isinstance(date, dict):
        page.meta["date"] = {"created": date, "updated": date}
    elif isinstance(date, dict) and "updated" not in date and "created" in date:
        page.meta["date"] = {**date, "updated": date["created"]}
    return markdown
