"""Self-threads: a chain of the owner's own replies to their own posts becomes one highlight.

Shared by every platform: each reader gives (id, parent id or None, is_reply_to_others) per
kept candidate, and gets back the roots with their continuation posts in order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from podium.importers.markup import normalise_tags
from podium.importers.post import Post


@dataclass(frozen=True)
class Node:
    id: str
    parent: str | None  # id of the own post this replies to (None: not a reply)
    sort_key: tuple  # chronological order among siblings


def group_threads(nodes: Iterable[Node]) -> dict[str, list[str]]:
    """Map root id → [root, continuation...] following the first (oldest) reply at each step.

    A node whose parent is not among `nodes` is a root only if it has no parent; otherwise its
    thread started somewhere we skipped (a reply to others) and the node is dropped.
    """
    by_id = {node.id: node for node in nodes}
    children: dict[str, list[Node]] = {}
    for node in by_id.values():
        if node.parent is not None and node.parent in by_id:
            children.setdefault(node.parent, []).append(node)
    threads: dict[str, list[str]] = {}
    for node in sorted(by_id.values(), key=lambda n: n.sort_key):
        if node.parent is not None:
            continue
        chain = [node.id]
        current = node.id
        while children.get(current):
            following = min(children[current], key=lambda n: n.sort_key)
            chain.append(following.id)
            current = following.id
        threads[node.id] = chain
    return threads


def orphans(nodes: Iterable[Node], threads: dict[str, list[str]]) -> list[str]:
    """Ids that ended up in no thread (continuations of skipped posts, side branches)."""
    used = {post_id for chain in threads.values() for post_id in chain}
    return sorted(node.id for node in nodes if node.id not in used)


def merge_thread(parts: list[Post]) -> Post:
    """One Post from a self-thread: the root's identity, every part's text, tags and media."""
    root = parts[0]
    if len(parts) == 1:
        return root
    return replace(
        root,
        # Each post is its own paragraph(s): a single newline would run the first post's
        # last paragraph into the second's first (and the title into both).
        body="\n\n".join(part.body.strip("\n") for part in parts),
        plain_text="\n\n".join(part.plain_text for part in parts),
        tags=normalise_tags([tag for part in parts for tag in part.tags]),
        media=tuple(media for part in parts for media in part.media),
    )
