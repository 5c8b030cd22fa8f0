"""X/Twitter archive (`data/tweets.js`, `data/account.js`, `data/tweets_media/`) → posts.

Quirks handled: the JS assignment prefix (`window.YTD.tweets.part0 = [...]`), split files
(`tweets-part1.js`), the older `tweet.js` name and un-wrapped items, HTML entities in
`full_text` (`&amp;`, `&lt;`), `t.co` links expanded from `entities.urls`, media `t.co` links
removed from the text, leading `@self` mentions of thread continuations, long posts cut off
in `tweets.js` whose whole text is in `data/note-tweet.js`. Retweets and replies
to others are left out; a self-thread becomes one post.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

from podium.importers.archive import Archive
from podium.importers.dates import parse_twitter
from podium.importers.detect import wrong_platform_hint
from podium.importers.errors import ArchiveError
from podium.importers.jsonload import load_json
from podium.importers.markup import (
    Link,
    Segment,
    linkify,
    normalise_tags,
    plain_text,
    segments_to_markdown,
)
from podium.importers.media import image_extension
from podium.importers.post import Media, Post, ReadResult, Skip
from podium.importers.threads import Node, group_threads, merge_thread, orphans

PLATFORM = "x"
_PREFIX = re.compile(r"^\s*window\.YTD\.[A-Za-z_]+\.part\d+\s*=\s*")
_TWEET_FILES = re.compile(r"(^|/)(data/)?tweets?(-part\d+)?\.js$")
_NO_LANGUAGE = frozenset({"und", "zxx", "qme", "qht", "qam", "qct", "qst", "qlm"})
_LEADING_MENTIONS = re.compile(r"^(?:@\w{1,15}\s+)+")


def read(archive: Archive) -> ReadResult:
    names = [name for name in archive.names() if _TWEET_FILES.search(name)]
    if archive.is_single_file and not names:
        names = archive.names()
    if not names:
        raise ArchiveError(
            str(archive.path),
            "not an X archive: no data/tweets.js" + wrong_platform_hint(archive, PLATFORM),
        )
    tweets: dict[str, tuple[dict[str, Any], str]] = {}
    for name in names:
        label = archive.label(name)
        for index, item in enumerate(_load_ytd(archive, name)):
            tweet = item.get("tweet", item) if isinstance(item, dict) else None
            if not isinstance(tweet, dict) or not isinstance(tweet.get("id_str"), str):
                raise ArchiveError(label, "not a tweet object with an id_str", field=f"[{index}]")
            tweets[tweet["id_str"]] = (tweet, f"{label}:[{index}]")
    username, account_id = _account(archive)
    notes = _note_tweets(archive)
    result = ReadResult()
    kept: dict[str, tuple[dict[str, Any], str]] = {}
    for tweet_id, (tweet, where) in tweets.items():
        if str(tweet.get("full_text", tweet.get("text", ""))).startswith("RT @"):
            result.skipped.append(Skip(PLATFORM, tweet_id, "retweet"))
            continue
        parent = tweet.get("in_reply_to_status_id_str")
        if parent and parent not in tweets:
            to_self = account_id and tweet.get("in_reply_to_user_id_str") == account_id
            reason = "reply to a post missing from the archive" if to_self else None
            result.skipped.append(Skip(PLATFORM, tweet_id, reason or "reply to someone else"))
            continue
        kept[tweet_id] = (tweet, where)
    nodes = []
    for tweet_id, (tweet, where) in kept.items():
        date = parse_twitter(tweet.get("created_at"), where, "created_at")
        parent = tweet.get("in_reply_to_status_id_str") or None
        nodes.append(Node(tweet_id, parent, (date, int(tweet_id) if tweet_id.isdigit() else 0)))
    threads = group_threads(n for n in nodes if n.parent is None or n.parent in kept)
    for lost in orphans(nodes, threads):
        result.skipped.append(Skip(PLATFORM, lost, "part of a thread that is not imported"))
    for chain in threads.values():
        parts = [_post(archive, *kept[tweet_id], username, notes, result) for tweet_id in chain]
        result.posts.append(merge_thread(parts))
    return result


def _load_ytd(archive: Archive, name: str) -> list[Any]:
    label = archive.label(name)
    text = archive.read_text(name)
    match = _PREFIX.match(text)
    if not match:
        raise ArchiveError(
            label,
            "expected `window.YTD.tweets.part0 = [...]`" + wrong_platform_hint(archive, PLATFORM),
        )
    data = load_json(text[match.end() :].strip().rstrip(";"), label)
    if not isinstance(data, list):
        raise ArchiveError(label, "expected a list of tweets")
    return data


def _account(archive: Archive) -> tuple[str | None, str | None]:
    name = archive.find("data/account.js", "account.js")
    if name is None:
        return None, None
    text = archive.read_text(name)
    match = _PREFIX.match(text)
    if not match:
        return None, None
    data = load_json(text[match.end() :].strip().rstrip(";"), archive.label(name))
    try:
        account = data[0]["account"]
        return account.get("username"), account.get("accountId")
    except (IndexError, KeyError, TypeError, AttributeError):
        return None, None


def _note_tweets(archive: Archive) -> dict[datetime, str]:
    """Long posts ("note tweets"): `tweets.js` holds a cut-off text, `note-tweet.js` the
    whole one. The file does not name the tweet, so they are keyed by creation time."""
    name = archive.find("data/note-tweet.js", "note-tweet.js")
    if name is None:
        return {}
    text = archive.read_text(name)
    match = _PREFIX.match(text)
    data = load_json(text[match.end() :].strip().rstrip(";"), archive.label(name)) if match else []
    notes: dict[datetime, str] = {}
    for item in data if isinstance(data, list) else []:
        note = item.get("noteTweet") if isinstance(item, dict) else None
        core = note.get("core") if isinstance(note, dict) else None
        if not isinstance(core, dict) or not isinstance(core.get("text"), str):
            continue
        try:
            created = datetime.fromisoformat(str(note.get("createdAt")).replace("Z", "+00:00"))
        except ValueError:
            continue
        notes[created.replace(microsecond=0)] = core["text"]
    return notes


def _full_text(text: str, created: datetime, notes: dict[datetime, str]) -> str:
    """The note's whole text when this tweet is its cut-off version (same second, same start)."""
    note = notes.get(created)
    if note is None:
        return text
    start = re.sub(r"https://t\.co/\w+|…", "", text).strip()[:40]
    return html.unescape(note) if html.unescape(note).startswith(start) else text


def _post(
    archive: Archive,
    tweet: dict[str, Any],
    where: str,
    username: str | None,
    notes: dict[datetime, str],
    result: ReadResult,
) -> Post:
    tweet_id = tweet["id_str"]
    raw = tweet.get("full_text", tweet.get("text"))
    if not isinstance(raw, str):
        raise ArchiveError(where, "missing or not a string", field="full_text")
    created = parse_twitter(tweet.get("created_at"), where, "created_at")
    text = _full_text(html.unescape(raw), created, notes)
    if tweet.get("in_reply_to_status_id_str"):
        text = _LEADING_MENTIONS.sub("", text)
    entities = tweet.get("entities") or {}
    extended = (tweet.get("extended_entities") or {}).get("media") or entities.get("media") or []
    for media in extended:
        if isinstance(media, dict) and isinstance(media.get("url"), str):
            text = text.replace(media["url"], "")
    links: dict[str, Segment] = {}
    for url in entities.get("urls") or []:
        if isinstance(url, dict) and url.get("url") and url.get("expanded_url"):
            links[url["url"]] = Link(url["expanded_url"], url["expanded_url"])
    for mention in entities.get("user_mentions") or []:
        name = mention.get("screen_name") if isinstance(mention, dict) else None
        if name:
            links["@" + name] = Link("@" + name, f"https://x.com/{name}")
    segments = [
        part
        for piece in _split(text.strip(), links)
        for part in (linkify(piece) if isinstance(piece, str) else [piece])
    ]
    tags = [tag.get("text", "") for tag in entities.get("hashtags") or [] if isinstance(tag, dict)]
    lang = tweet.get("lang")
    profile = username or "i/web"
    return Post(
        platform=PLATFORM,
        native_id=tweet_id,
        url=f"https://x.com/{profile}/status/{tweet_id}",
        date=created,
        body=segments_to_markdown(segments),
        plain_text=plain_text(segments),
        lang=None if not isinstance(lang, str) or lang in _NO_LANGUAGE else lang,
        tags=normalise_tags(tags),
        media=tuple(_media(archive, tweet_id, extended, result)),
    )


def _split(text: str, replacements: dict[str, Segment]) -> list[Segment]:
    if not replacements:
        return [text]
    # Longest first so `@ann` never eats the start of `@anna`. t.co paths are case-sensitive;
    # screen names are not, and end at a word boundary.
    tokens = sorted(replacements, key=len, reverse=True)
    pattern = re.compile(
        "|".join(
            f"(?i:{re.escape(t)})(?!\\w)" if t.startswith("@") else re.escape(t) for t in tokens
        )
    )
    mentions = {t.lower(): s for t, s in replacements.items() if t.startswith("@")}
    segments: list[Segment] = []
    position = 0
    for match in pattern.finditer(text):
        found = match.group()
        segments.append(text[position : match.start()])
        segments.append(mentions[found.lower()] if found.startswith("@") else replacements[found])
        position = match.end()
    segments.append(text[position:])
    return [s for s in segments if s]


def _media(archive: Archive, tweet_id: str, entries: list[Any], result: ReadResult) -> list[Media]:
    found = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        remote = str(entry.get("media_url_https") or entry.get("media_url") or "")
        base = remote.rsplit("/", 1)[-1]
        if entry.get("type", "photo") != "photo":
            result.notes.append(f"x:{tweet_id}: {entry.get('type')} attachment left out")
            continue
        member = next(
            (
                name
                for folder in ("data/tweets_media", "data/tweet_media", "tweets_media")
                if archive.has(name := f"{folder}/{tweet_id}-{base}")
            ),
            None,
        )
        extension = image_extension(base)
        if member is None or extension is None:
            result.notes.append(f"x:{tweet_id}: image {base} is missing from the archive")
            continue
        found.append(Media(member, str(entry.get("ext_alt_text") or "").strip(), extension))
    return found
