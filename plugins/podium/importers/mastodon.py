"""Mastodon account archive (`outbox.json` + `media_attachments/`) → posts.

The outbox is an ActivityPub OrderedCollection: `Create` activities wrap the author's `Note`s,
`Announce` activities are boosts. Kept: public and unlisted Notes that are not replies to
someone else (self-replies form threads). Left out: boosts, replies to others, followers-only
and direct posts (no `as:Public` in to/cc), polls.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from podium.importers.archive import Archive
from podium.importers.dates import parse_iso
from podium.importers.detect import wrong_platform_hint
from podium.importers.errors import ArchiveError
from podium.importers.jsonload import load_json
from podium.importers.markup import normalise_tags
from podium.importers.mastodon_html import html_to_markdown
from podium.importers.media import image_extension
from podium.importers.post import Media, Post, ReadResult, Skip
from podium.importers.threads import Node, group_threads, merge_thread, orphans

PLATFORM = "mastodon"
PUBLIC = frozenset({"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})


def read(archive: Archive) -> ReadResult:
    name = archive.find("outbox.json")
    if name is None:
        raise ArchiveError(
            str(archive.path),
            "not a Mastodon archive: no outbox.json" + wrong_platform_hint(archive, PLATFORM),
        )
    label = archive.label(name)
    data = load_json(archive.read_text(name), label)
    if not isinstance(data, dict) or not isinstance(data.get("orderedItems"), list):
        raise ArchiveError(
            label,
            "expected an ActivityPub OrderedCollection with a list of activities"
            + wrong_platform_hint(archive, PLATFORM),
            field="orderedItems",
        )
    result = ReadResult()
    candidates: dict[str, tuple[dict[str, Any], str]] = {}
    reply_to: dict[str, str] = {}
    for index, activity in enumerate(data["orderedItems"]):
        where = f"orderedItems[{index}]"
        if not isinstance(activity, dict):
            raise ArchiveError(label, "not an object", field=where)
        kind = activity.get("type")
        note = activity.get("object")
        if kind == "Announce":
            result.skipped.append(Skip(PLATFORM, str(activity.get("id", index)), "boost"))
            continue
        if kind != "Create" or not isinstance(note, dict):
            result.skipped.append(
                Skip(PLATFORM, str(activity.get("id", index)), f"{kind} activity")
            )
            continue
        note_id = note.get("id")
        if not isinstance(note_id, str) or not note_id:
            raise ArchiveError(label, "missing", field=f"{where}.object.id")
        if note.get("type") != "Note":
            result.skipped.append(Skip(PLATFORM, note_id, f"{note.get('type')} (not a Note)"))
            continue
        audience = _strings(note.get("to")) + _strings(note.get("cc"))
        audience += _strings(activity.get("to")) + _strings(activity.get("cc"))
        if not PUBLIC.intersection(audience):
            result.skipped.append(Skip(PLATFORM, note_id, "private or direct post"))
            continue
        candidates[note_id] = (note, where)
        if isinstance(note.get("inReplyTo"), str):
            reply_to[note_id] = note["inReplyTo"]
    nodes = []
    for note_id, (note, where) in candidates.items():
        parent = reply_to.get(note_id)
        if parent is not None and parent not in candidates:
            result.skipped.append(Skip(PLATFORM, note_id, "reply to someone else"))
            continue
        date = parse_iso(note.get("published"), label, f"{where}.object.published")
        nodes.append(Node(note_id, parent, (date, note_id)))
    threads = group_threads(nodes)
    for lost in orphans(nodes, threads):
        result.skipped.append(Skip(PLATFORM, lost, "part of a thread that is not imported"))
    for chain in threads.values():
        parts = [_post(archive, label, *candidates[note_id], result) for note_id in chain]
        result.posts.append(merge_thread(parts))
    return result


def _post(
    archive: Archive, label: str, note: dict[str, Any], where: str, result: ReadResult
) -> Post:
    content = note.get("content")
    content_map = note.get("contentMap")
    lang = None
    if isinstance(content_map, dict) and content_map:
        lang = sorted(content_map)[0]
        if not isinstance(content, str):
            content = content_map[lang]
    if not isinstance(content, str):
        raise ArchiveError(label, "missing or not a string", field=f"{where}.object.content")
    converted = html_to_markdown(content)
    summary = note.get("summary")
    warning = html_to_markdown(summary).plain if isinstance(summary, str) and summary else None
    tags = [
        tag.get("name", "")
        for tag in note.get("tag") or []
        if isinstance(tag, dict) and tag.get("type") == "Hashtag"
    ]
    media = []
    for position, attachment in enumerate(note.get("attachment") or []):
        if not isinstance(attachment, dict) or not isinstance(attachment.get("url"), str):
            continue
        # Archives use "/media_attachments/files/..."; some tools write the full URL.
        member = urlsplit(attachment["url"]).path.lstrip("/")
        extension = image_extension(member, attachment.get("mediaType") or "")
        if extension is None:
            result.notes.append(
                f"{note['id']}: attachment {position + 1} is not an image; left out"
            )
            continue
        if not archive.has(member):
            result.notes.append(f"{note['id']}: {member} is missing from the archive; left out")
            continue
        media.append(Media(member, str(attachment.get("name") or "").strip(), extension))
    url = note.get("url") if isinstance(note.get("url"), str) else note["id"]
    return Post(
        platform=PLATFORM,
        native_id=note["id"],
        url=url,
        date=parse_iso(note.get("published"), label, f"{where}.object.published"),
        body=converted.markdown,
        plain_text=converted.plain,
        lang=lang,
        tags=normalise_tags(tags),
        content_warning=warning,
        media=tuple(media),
    )


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []
