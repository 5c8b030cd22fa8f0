"""LinkedIn data export (`Shares.csv`) → posts.

Columns: Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl, Visibility. Quirks handled:
a UTF-8 BOM, commentary spanning many lines inside quotes (with doubled `""`), hashtags written
as `{hashtag|\\#|Name}` in some exports, empty commentary for plain reshares (left out), and
connections-only posts (left out). `MediaUrl` points at LinkedIn's CDN: it is not fetched
(nothing is downloaded), so those images are noted for the author to add by hand. LinkedIn
states no language: pass `--assume-lang` to set one.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime
from urllib.parse import unquote

from podium.importers.archive import Archive
from podium.importers.detect import wrong_platform_hint
from podium.importers.errors import ArchiveError
from podium.importers.markup import (
    Link,
    hashtags_in,
    linkify,
    normalise_tags,
    plain_text,
    segments_to_markdown,
)
from podium.importers.post import Post, ReadResult, Skip

PLATFORM = "linkedin"
REQUIRED = ("Date", "ShareLink", "ShareCommentary")
_HASHTAG_MARKUP = re.compile(r"\{hashtag\|\\?#\|([^}]+)\}")
_URN = re.compile(r"urn:li:(?:share|ugcPost|activity):(\d+)")
_PRIVATE = frozenset({"CONNECTIONS", "CONNECTIONS_ONLY", "LOGGED_IN_MEMBERS_ONLY"})


def read(archive: Archive) -> ReadResult:
    name = archive.find("Shares.csv")
    if name is None and archive.is_single_file:
        name = archive.names()[0]
    if name is None:
        raise ArchiveError(
            str(archive.path),
            "not a LinkedIn export: no Shares.csv" + wrong_platform_hint(archive, PLATFORM),
        )
    label = archive.label(name)
    text = archive.read_text(name)
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        raise ArchiveError(label, f"malformed CSV: {error}", line=1) from None
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise ArchiveError(
            label,
            "not a LinkedIn Shares.csv: missing column(s) "
            + ", ".join(missing)
            + wrong_platform_hint(archive, PLATFORM),
            line=1,
        )
    result = ReadResult()
    try:
        for row in reader:
            line = reader.line_num
            if None in row or any(value is None for value in row.values()):
                raise ArchiveError(label, "wrong number of columns (truncated?)", line=line)
            result_post = _post(row, label, line, result)
            if result_post is not None:
                result.posts.append(result_post)
    except csv.Error as error:
        raise ArchiveError(label, f"malformed CSV: {error}", line=reader.line_num) from None
    if text and not text.endswith(("\n", "\r")) and text.count('"') % 2:
        raise ArchiveError(label, "ends inside a quoted field (truncated?)", line=reader.line_num)
    return result


def _post(row: dict[str, str], label: str, line: int, result: ReadResult) -> Post | None:
    link = row["ShareLink"].strip()
    urn = _URN.search(unquote(link))
    native_id = urn.group(1) if urn else link
    if not native_id:
        raise ArchiveError(label, "missing", field="ShareLink", line=line)
    visibility = (row.get("Visibility") or "").strip().upper()
    if visibility in _PRIVATE:
        result.skipped.append(Skip(PLATFORM, native_id, "connections-only post"))
        return None
    commentary = _HASHTAG_MARKUP.sub(r"#\1", row["ShareCommentary"]).strip()
    if commentary.startswith('"') and commentary.endswith('"') and len(commentary) > 1:
        commentary = commentary[1:-1].replace('""', '"').strip()  # double-quoted export quirk
    shared = (row.get("SharedUrl") or "").strip()
    if not commentary:
        result.skipped.append(Skip(PLATFORM, native_id, "reshare without commentary"))
        return None
    segments = linkify(commentary)
    if shared and shared not in commentary:
        segments += ["\n\n", Link(shared, shared)]
    if (row.get("MediaUrl") or "").strip():
        result.notes.append(
            f"linkedin:{native_id}: image on LinkedIn's servers not downloaded; add it by hand"
        )
    return Post(
        platform=PLATFORM,
        native_id=native_id,
        url=link,
        date=_date(row["Date"], label, line),
        body=segments_to_markdown(segments),
        plain_text=plain_text(segments),
        tags=normalise_tags(hashtags_in(commentary)),
    )


def _date(value: str, label: str, line: int) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ArchiveError(label, f"not a date: {value!r}", field="Date", line=line) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
