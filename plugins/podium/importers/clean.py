"""Make imported posts inert: no control characters, no unusable tags, bidi flagged.

Archives are input from elsewhere. Control characters (NUL, BEL, ESC, DEL...) are
stripped from every text field; a hashtag that the site would refuse as a tag (markup,
invisible characters: ``core.safety.label_problem``) is dropped rather than written into
a file that would then fail the build; explicit bidi embeddings and overrides are kept in
the text (right-to-left writers use them) but reported, because they can make a post read
differently from what it stores.
"""

from __future__ import annotations

from dataclasses import replace

from podium.core.safety import has_bidi_override, label_problem, strip_controls
from podium.importers.post import Post


def clean_post(post: Post) -> tuple[Post, list[str]]:
    """The post with control characters removed, and notes for the import report."""
    notes: list[str] = []
    tags = []
    for tag in post.tags:
        tag = strip_controls(tag)
        problem = label_problem(tag)
        if problem:
            notes.append(f"{post.import_id}: hashtag left out: {problem}")
        elif tag:
            tags.append(tag)
    media = tuple(replace(item, alt=strip_controls(item.alt)) for item in post.media)
    cleaned = replace(
        post,
        body=strip_controls(post.body),
        plain_text=strip_controls(post.plain_text),
        content_warning=strip_controls(post.content_warning) if post.content_warning else None,
        tags=tuple(tags),
        media=media,
    )
    texts = [cleaned.body, cleaned.content_warning or "", *(m.alt for m in media)]
    if any(has_bidi_override(text) for text in texts):
        notes.append(
            f"{post.import_id}: contains bidi override characters (U+202A-U+202E, "
            "U+2066-U+2069) that can change how the text reads; check it before publishing"
        )
    return cleaned, notes
