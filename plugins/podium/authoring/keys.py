"""One line per front-matter key, for the README's reference (see reference.py).

The schema in :mod:`podium.core.schema` decides which keys exist (and so which lines are
shown); a test fails when a key is added there without a line here.
"""

from __future__ import annotations

ARTICLE = {
    "title": "Title on the page, in feeds and on share cards (else the first `# Heading`).",
    "date": "Publication date (`2026-03-14` or with a time); Material's `{created, updated}` "
    "works too. A future date publishes the article on that day.",
    "updated": "Date of the last significant change.",
    "description": "One or two sentences for search results, feeds and link previews "
    "(X shows 200 characters).",
    "authors": "Author ids from `.authors.yml`.",
    "categories": "A few broad subjects; each gets a listing page.",
    "tags": "Keywords; each gets a listing page and counts for related articles.",
    "lang": "Language (BCP 47: `en`, `fr`, `pt-BR`); default: the site's.",
    "translation_key": "Same key on every translation of one article "
    "(`podium new article --translation-of SLUG` sets it).",
    "series": "Name of a series; articles in it link to the previous and next one.",
    "slug": "The URL part (`/articles/<slug>/`); default: from the file name.",
    "draft": "`true` keeps the article out of the built site.",
    "pin": "`true` keeps the article at the top of listings.",
    "canonical_url": "Where the article was first published, when elsewhere.",
    "image": "Cover image (path or URL); needs `image_alt`.",
    "image_alt": "Description of the cover image for screen readers and link previews.",
    "share": "Share texts per platform (`x`, `linkedin`, `bluesky`, `mastodon`...) and "
    "`hashtags`; checked against each platform's limit.",
    "corrections": "Public corrections: a list of `{date, text}`.",
    "syndication": "Where the piece was also posted: a list of `{platform, url}` (or URLs).",
    "links": "Related links, Material's format.",
    "cards": "Share-card settings for this page (`false` for none, or title, description, "
    "layout overrides).",
}

HIGHLIGHT = {
    "title": "Short title (default: the first sentence of the post).",
    "date": "When it was (or will be) posted; future highlights appear on their date.",
    "lang": "Language (BCP 47); default: the site's.",
    "tags": "Keywords.",
    "article": "Slug of the article this highlight comes from.",
    "syndication": "Where it was also posted: a list of `{platform, url}` (or URLs).",
    "share": "Share texts per platform, as for articles.",
    "attribution": "Who is quoted, when the post quotes someone.",
    "image": "An image shown with the post; needs `image_alt`.",
    "image_alt": "Description of the image.",
    "draft": "`true` keeps the highlight out of the built site.",
    "cards": "Share-card settings (`false` for none, or overrides).",
    "slug": "The URL part (`/highlights/<slug>/`); default: from the file name.",
    "import_id": "Set by `podium import`: the post's id on its platform (do not edit).",
    "import_hash": "Set by `podium import`: detects edits to imported posts (do not edit).",
    "content_warning": "A content warning shown before the post (Mastodon's CW).",
}

AUTHOR = {
    "name": "Full name (required).",
    "description": "Role line shown under the name.",
    "avatar": "Photo (path or URL).",
    "url": "A page about the author.",
    "slug": "URL part of the author's page (default: the id).",
    "job_title": "Job title (structured data).",
    "organization": "Organisation (structured data).",
    "bio": "A short biography for the profile page.",
    "email": "Contact address.",
    "profiles": "Social profiles: `linkedin`, `x`, `bluesky`, `mastodon`, `threads`, "
    "`github`, `website`... (URL or handle); rendered with `rel=me`.",
}
