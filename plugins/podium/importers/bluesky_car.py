"""Bluesky repository CAR file ("Settings → Export my data") → `app.bsky.feed.post` records.

Decoding CAR/DAG-CBOR is left to `libipld` (the Rust-backed decoder the `atproto` SDK itself
uses; installed with the optional extra `podium[bluesky]`), so we only walk the repository's
Merkle Search Tree: commit → `data` (MST root) → nodes `{l, e: [{p, k, v, t}]}`, where each
entry's key is the previous key's first `p` bytes plus `k`, and `v` links to the record.
"""

from __future__ import annotations

from typing import Any

from podium.importers.archive import Archive
from podium.importers.errors import ArchiveError

POST_PREFIX = "app.bsky.feed.post/"


def read_car_records(archive: Archive) -> dict[str, dict[str, Any]]:
    """at:// URI → post record, with blob links as `{"$link": cid}` like the JSON exports."""
    name = archive.names()[0]
    label = archive.label(name)
    try:
        import libipld
    except ImportError:
        raise ArchiveError(
            label,
            "reading a repository .car needs the optional 'libipld' package "
            "(pip install 'podium[bluesky]'), or export the posts as JSON",
        ) from None
    try:
        header, blocks = libipld.decode_car(archive.read_bytes(name))
    except ValueError as error:
        raise ArchiveError(label, f"not a readable CAR file (truncated?): {error}") from None
    roots = header.get("roots") if isinstance(header, dict) else None
    if not roots or roots[0] not in blocks:
        raise ArchiveError(label, "the CAR file has no root commit block (truncated?)")
    commit = blocks[roots[0]]
    if not isinstance(commit, dict) or not isinstance(commit.get("did"), str):
        raise ArchiveError(label, "the root block is not a repository commit", field="did")
    did = commit["did"]
    records: dict[str, dict[str, Any]] = {}
    for key, value_cid in _walk(blocks, commit.get("data"), label):
        if key.startswith(POST_PREFIX) and isinstance(blocks.get(value_cid), dict):
            records[f"at://{did}/{key}"] = _links_as_json(blocks[value_cid], libipld.encode_cid)
    return records


def _walk(blocks: dict[bytes, Any], root: Any, label: str) -> list[tuple[str, bytes]]:
    """Every (key, value CID) of the MST in key order; iterative, with a visited set."""
    found: list[tuple[str, bytes]] = []
    stack: list[tuple[str, Any]] = [("node", root)]
    seen: set[bytes] = set()
    while stack:
        kind, item = stack.pop()
        if kind == "entry":
            found.append(item)
            continue
        if item is None:
            continue
        if item in seen or item not in blocks:
            raise ArchiveError(label, "the repository tree is incomplete (truncated?)")
        seen.add(item)
        node = blocks[item]
        if not isinstance(node, dict) or not isinstance(node.get("e"), list):
            raise ArchiveError(label, "a repository tree node is malformed")
        pending: list[tuple[str, Any]] = [("node", node.get("l"))]
        previous = b""
        for entry in node["e"]:
            key = previous[: entry.get("p", 0)] + entry.get("k", b"")
            previous = key
            pending.append(("entry", (key.decode("utf-8", "replace"), entry.get("v"))))
            pending.append(("node", entry.get("t")))
        stack.extend(reversed(pending))
    return found


def _links_as_json(value: Any, encode_cid: Any) -> Any:
    """Blob `ref`s decode as raw CID bytes; the JSON form is `{"$link": "bafk..."}`."""
    if isinstance(value, dict):
        return {
            key: {"$link": encode_cid(item)}
            if key == "ref" and isinstance(item, bytes)
            else _links_as_json(item, encode_cid)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_links_as_json(item, encode_cid) for item in value]
    return value
