"""Bluesky posts (`app.bsky.feed.post` records) → posts.

Accepted shapes, all of the user's own repository:
- the JSON of `com.atproto.repo.listRecords` (`{"records": [{"uri", "cid", "value"}]}`), or a
  list of such pages, or a plain list of `{"uri", "value"}` records;
- a folder/zip of one JSON file per record, `<did>/app.bsky.feed.post/<rkey>.json`;
- the repository CAR file from "Export my data", when the optional `atproto` package is
  installed (`pip install podium[bluesky]`), see `bluesky_car.py`.
Image blobs are looked up by CID anywhere in the archive (`blobs/<cid>`, `_blob/<cid>.jpg`...).

Quirk handled: facet ranges count UTF-8 *bytes*, not characters (emoji shift them).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Any

from podium.core.platforms import profile_url
from podium.importers.archive import Archive
from podium.importers.dates import parse_iso
from podium.importers.detect import wrong_platform_hint
from podium.importers.errors import ArchiveError
from podium.importers.jsonload import load_json
from podium.importers.markup import Link, Segment, normalise_tags, plain_text, segments_to_markdown
from podium.importers.media import image_extension
from podium.importers.post import Media, Post, ReadResult, Skip
from podium.importers.threads import Node, group_threads, merge_thread, orphans

PLATFORM = "bluesky"
POST_TYPE = "app.bsky.feed.post"
_AT_URI = re.compile(r"^at://([^/]+)/([^/]+)/([^/]+)$")
_RECORD_FILE = re.compile(r"(?:^|/)(did:[^/]+)/app\.bsky\.feed\.post/([^/]+)\.json$")


def read(archive: Archive) -> ReadResult:
    records = _records(archive)
    return posts_from_records(records, archive)


def posts_from_records(records: dict[str, dict[str, Any]], archive: Archive) -> ReadResult:
    """`records` maps at:// URI → record value; shared with the CAR reader."""
    result = ReadResult()
    posts = {
        uri: value for uri, value in records.items() if value.get("$type", POST_TYPE) == POST_TYPE
    }
    if not posts:
        raise ArchiveError(str(archive.path), f"no {POST_TYPE} records found")
    blobs = _blob_index(archive)
    nodes = []
    for uri, value in sorted(posts.items()):
        reply = value.get("reply")
        parent = None
        if isinstance(reply, dict):
            parent = (reply.get("parent") or {}).get("uri")
            root = (reply.get("root") or {}).get("uri")
            if parent not in posts or root not in posts:
                result.skipped.append(Skip(PLATFORM, uri, "reply to someone else"))
                continue
        date = parse_iso(value.get("createdAt"), uri, "createdAt")
        nodes.append(Node(uri, parent, (date, uri)))
    threads = group_threads(nodes)
    for lost in orphans(nodes, threads):
        result.skipped.append(Skip(PLATFORM, lost, "part of a thread that is not imported"))
    for chain in threads.values():
        parts = [_post(uri, posts[uri], blobs, result) for uri in chain]
        result.posts.append(merge_thread(parts))
    return result


def web_url(at_uri: str) -> str:
    match = _AT_URI.match(at_uri)
    if not match:
        return at_uri
    return f"{profile_url('bluesky', match.group(1))}/post/{match.group(3)}"


def _records(archive: Archive) -> dict[str, dict[str, Any]]:
    records: dict[str, dict[str, Any]] = {}
    for name in archive.names():
        match = _RECORD_FILE.search(name)
        if match:
            value = load_json(archive.read_text(name), archive.label(name))
            if isinstance(value, dict):
                records[f"at://{match.group(1)}/{POST_TYPE}/{match.group(2)}"] = value
    if records:
        return records
    json_names = [n for n in archive.names() if n.endswith(".json")] or (
        archive.names() if archive.is_single_file else []
    )
    if archive.is_single_file and archive.path.suffix.lower() == ".car":
        from podium.importers.bluesky_car import read_car_records

        return read_car_records(archive)
    for name in json_names:
        label = archive.label(name)
        data = load_json(archive.read_text(name), label)
        pages = data if isinstance(data, list) and data and "records" in data[0] else [data]
        for page in pages:
            items = page.get("records") if isinstance(page, dict) else page
            if not isinstance(items, list):
                continue
            for index, item in enumerate(items):
                if not isinstance(item, dict) or not isinstance(item.get("uri"), str):
                    raise ArchiveError(label, "expected {uri, value}", field=f"records[{index}]")
                if not isinstance(item.get("value"), dict):
                    raise ArchiveError(label, "missing record value", field=f"records[{index}]")
                if f"/{POST_TYPE}/" in item["uri"]:
                    records[item["uri"]] = item["value"]
    if not records:
        raise ArchiveError(
            str(archive.path),
            f"not a Bluesky export: no {POST_TYPE} records"
            + wrong_platform_hint(archive, PLATFORM),
        )
    return records


def _post(uri: str, value: dict[str, Any], blobs: dict[str, str], result: ReadResult) -> Post:
    text = value.get("text")
    if not isinstance(text, str):
        raise ArchiveError(uri, "missing or not a string", field="text")
    segments, tags = _apply_facets(text, value.get("facets") or [])
    tags += [t for t in value.get("tags") or [] if isinstance(t, str)]
    embed = value.get("embed") if isinstance(value.get("embed"), dict) else {}
    images, extra = _embed(embed)
    for link in extra:
        if link.url not in text and not any(
            isinstance(s, Link) and s.url == link.url for s in segments
        ):
            segments += ["\n\n", link]
    media = []
    for image in images:
        cid = _blob_cid(image.get("image"))
        member = blobs.get(cid or "")
        mime = (
            (image.get("image") or {}).get("mimeType", "")
            if isinstance(image.get("image"), dict)
            else ""
        )
        extension = image_extension(member or "", mime)
        if member is None or extension is None:
            result.notes.append(f"{uri}: image blob {cid} is not in the export; left out")
            continue
        media.append(Media(member, str(image.get("alt") or "").strip(), extension))
    langs = value.get("langs")
    return Post(
        platform=PLATFORM,
        native_id=uri,
        url=web_url(uri),
        date=parse_iso(value.get("createdAt"), uri, "createdAt"),
        body=segments_to_markdown(segments),
        plain_text=plain_text(segments),
        lang=langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None,
        tags=normalise_tags(tags),
        media=tuple(media),
    )


def _apply_facets(text: str, facets: list[Any]) -> tuple[list[Segment], list[str]]:
    data = text.encode("utf-8")
    spans = []
    tags: list[str] = []
    for facet in facets:
        index = facet.get("index") if isinstance(facet, dict) else None
        if not isinstance(index, dict):
            continue
        start, end = index.get("byteStart"), index.get("byteEnd")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(data)):
            continue
        for feature in facet.get("features") or []:
            kind = str(feature.get("$type", ""))
            if kind.endswith("#link") and isinstance(feature.get("uri"), str):
                spans.append((start, end, feature["uri"]))
            elif kind.endswith("#mention") and isinstance(feature.get("did"), str):
                spans.append((start, end, profile_url("bluesky", feature["did"])))
            elif kind.endswith("#tag") and isinstance(feature.get("tag"), str):
                tags.append(feature["tag"])
    segments: list[Segment] = []
    position = 0
    for start, end, url in sorted(spans):
        if start < position:
            continue  # overlapping facets: keep the first
        segments.append(data[position:start].decode("utf-8", "replace"))
        label = data[start:end].decode("utf-8", "replace")
        segments.append(Link(url if _shortened(label, url) else label, url))
        position = end
    segments.append(data[position:].decode("utf-8", "replace"))
    return [s for s in segments if s], tags


def _shortened(label: str, url: str) -> bool:
    """The app shows links as `example.com/long...`: show the real URL instead."""
    bare = url.split("://", 1)[-1]
    return label.endswith("...") or (label != url and bare.startswith(label.rstrip(".…")))


def _embed(embed: dict[str, Any]) -> tuple[list[dict[str, Any]], list[Link]]:
    kind = str(embed.get("$type", ""))
    if kind == "app.bsky.embed.recordWithMedia":
        images, links = _embed(embed.get("media") or {})
        more_images, more_links = _embed(
            {**embed.get("record", {}), "$type": "app.bsky.embed.record"}
        )
        return images + more_images, links + more_links
    if kind == "app.bsky.embed.images":
        return [i for i in embed.get("images") or [] if isinstance(i, dict)], []
    if kind == "app.bsky.embed.external":
        external = embed.get("external") or {}
        uri = external.get("uri") if isinstance(external, dict) else None
        return [], [Link(uri, uri)] if isinstance(uri, str) else []
    if kind == "app.bsky.embed.record":
        record = embed.get("record") or {}
        uri = record.get("uri") if isinstance(record, dict) else None
        return [], [Link(web_url(uri), web_url(uri))] if isinstance(uri, str) else []
    return [], []


def _blob_cid(blob: Any) -> str | None:
    if not isinstance(blob, dict):
        return None
    ref = blob.get("ref")
    if isinstance(ref, dict) and isinstance(ref.get("$link"), str):
        return ref["$link"]
    if isinstance(ref, str):
        return ref
    return blob.get("cid") if isinstance(blob.get("cid"), str) else None


def _blob_index(archive: Archive) -> dict[str, str]:
    index: dict[str, str] = {}
    for name in archive.names():
        stem = PurePosixPath(name).name.split(".", 1)[0]
        if stem.startswith("baf"):
            index.setdefault(stem, name)
    return index
