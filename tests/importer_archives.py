"""Small, realistic platform exports written by the importer tests (real formats + quirks)."""

from __future__ import annotations

import csv
import io
import json
import struct
import zlib
from pathlib import Path

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
ACTOR = "https://mastodon.example/users/jane"
FOLLOWERS = f"{ACTOR}/followers"


def png_bytes(seed: int = 0) -> bytes:
    """A valid 1x1 PNG; `seed` changes the pixel so files differ."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"\x00" + bytes([seed % 256, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _note(number: int, content: str, **extra) -> dict:
    note = {
        "id": f"{ACTOR}/statuses/{number}",
        "type": "Note",
        "summary": None,
        "inReplyTo": None,
        "published": f"2024-03-{number % 28 + 1:02d}T09:30:00Z",
        "url": f"https://mastodon.example/@jane/{number}",
        "attributedTo": ACTOR,
        "to": [PUBLIC],
        "cc": [FOLLOWERS],
        "sensitive": False,
        "content": content,
        "contentMap": {"en": content},
        "attachment": [],
        "tag": [],
    }
    note.update(extra)
    return note


def _create(note: dict) -> dict:
    return {
        "id": note["id"] + "/activity",
        "type": "Create",
        "actor": ACTOR,
        "published": note["published"],
        "to": note["to"],
        "cc": note["cc"],
        "object": note,
    }


def mastodon_outbox() -> dict:
    hashtag = (
        '<a href="https://mastodon.example/tags/leadership" class="mention hashtag" '
        'rel="tag">#<span>leadership</span></a>'
    )
    mention = (
        '<span class="h-card" translate="no"><a href="https://other.example/@bob" '
        'class="u-url mention">@<span>bob</span></a></span>'
    )
    long_link = (
        '<a href="https://example.com/articles/trust-is-a-practice/" target="_blank" '
        'rel="nofollow noopener noreferrer"><span class="invisible">https://</span>'
        '<span class="ellipsis">example.com/articles/trust-is-a</span>'
        '<span class="invisible">-practice/</span></a>'
    )
    items = [
        _create(
            _note(
                1,
                f"<p>Trust is built in small moments &amp; kept in big ones. {hashtag} 🤝</p>"
                f"<p>Thanks {mention} for the push.<br />Full essay: {long_link}</p>",
                tag=[
                    {
                        "type": "Hashtag",
                        "href": "https://mastodon.example/tags/leadership",
                        "name": "#leadership",
                    },
                    {
                        "type": "Mention",
                        "href": "https://other.example/@bob",
                        "name": "@bob@other.example",
                    },
                ],
                attachment=[
                    {
                        "type": "Document",
                        "mediaType": "image/png",
                        "url": "/media_attachments/files/111/000/001/original/chart.png",
                        "name": "Bar chart: trust survey results by team",
                        "blurhash": "U00000",
                    },
                ],
            )
        ),
        _create(
            _note(
                2,
                "<p>Hot take on remote meetings: fewer, shorter, written first.</p>",
                summary="meeting rant",
                sensitive=True,
                contentMap={"fr": "<p>Hot take</p>"},
            )
        ),
        # Boost of someone else's post.
        {
            "id": f"{ACTOR}/statuses/3/activity",
            "type": "Announce",
            "actor": ACTOR,
            "published": "2024-03-04T10:00:00Z",
            "to": [PUBLIC],
            "cc": [FOLLOWERS],
            "object": "https://other.example/users/bob/statuses/99",
        },
        # Reply to someone else.
        _create(
            _note(4, "<p>@bob agreed!</p>", inReplyTo="https://other.example/users/bob/statuses/98")
        ),
        # Direct message.
        _create(_note(5, "<p>secret</p>", to=["https://other.example/users/bob"], cc=[])),
        # Followers-only.
        _create(_note(6, "<p>followers only</p>", to=[FOLLOWERS], cc=[])),
        # A self-thread: 7 then 8 replying to 7.
        _create(_note(7, "<p>Three lessons from a year of board meetings. 🧵</p>")),
        _create(
            _note(
                8,
                "<p>1. Send the memo a week early.</p>",
                inReplyTo=f"{ACTOR}/statuses/7",
                published="2024-03-08T09:31:00Z",
            )
        ),
        # Hostile HTML from a remote-formatted post.
        _create(
            _note(
                9,
                '<p onclick="steal()">Click <a href="javascript:alert(1)">here</a>'
                '<script>alert("x")</script><img src=x onerror="alert(2)"> safely</p>',
            )
        ),
    ]
    return {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": len(items),
        "orderedItems": items,
    }


def write_mastodon(folder: Path, outbox: dict | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "outbox.json").write_text(json.dumps(outbox or mastodon_outbox(), indent=2))
    (folder / "actor.json").write_text(json.dumps({"id": ACTOR, "preferredUsername": "jane"}))
    media = folder / "media_attachments/files/111/000/001/original/chart.png"
    media.parent.mkdir(parents=True, exist_ok=True)
    media.write_bytes(png_bytes(1))
    return folder


def x_tweets() -> list[dict]:
    def tweet(tweet_id: str, text: str, **extra) -> dict:
        body = {
            "id_str": tweet_id,
            "id": tweet_id,
            "full_text": text,
            "created_at": "Tue Mar 05 08:15:00 +0000 2024",
            "lang": "en",
            "retweeted": False,
            "favorite_count": "3",
            "display_text_range": ["0", str(len(text))],
            "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        }
        body.update(extra)
        return {"tweet": body}

    return [
        tweet(
            "1765000000000000001",
            "Culture eats strategy &amp; process for breakfast 🍳 #leadership with @ann_k "
            "https://t.co/AbCdEf1234 https://t.co/MeDiA99999",
            entities={
                "hashtags": [{"text": "leadership", "indices": ["50", "61"]}],
                "symbols": [],
                "user_mentions": [{"screen_name": "ann_k", "name": "Ann", "id_str": "42"}],
                "urls": [
                    {
                        "url": "https://t.co/AbCdEf1234",
                        "expanded_url": "https://example.com/articles/culture/",
                        "display_url": "example.com/articles/cult…",
                    }
                ],
            },
            extended_entities={
                "media": [
                    {
                        "url": "https://t.co/MeDiA99999",
                        "type": "photo",
                        "id_str": "900",
                        "media_url_https": "https://pbs.twimg.com/media/FxAbc123.jpg",
                        "ext_alt_text": "Whiteboard with the words culture > strategy",
                    }
                ]
            },
        ),
        tweet("1765000000000000002", "RT @bob: something bob said"),
        tweet(
            "1765000000000000003",
            "@bob totally agree",
            in_reply_to_status_id_str="1700000000000000000",
            in_reply_to_user_id_str="7",
            in_reply_to_screen_name="bob",
        ),
        tweet(
            "1765000000000000004",
            "A thread on hiring well 🧵 1/2",
            created_at="Wed Mar 06 10:00:00 +0000 2024",
            lang="en",
        ),
        tweet(
            "1765000000000000005",
            "@jane_exec 2/2 Hire for slope, not intercept. &lt;3",
            created_at="Wed Mar 06 10:01:00 +0000 2024",
            in_reply_to_status_id_str="1765000000000000004",
            in_reply_to_user_id_str="1",
            in_reply_to_screen_name="jane_exec",
        ),
        tweet(
            "1765000000000000006",
            "Le leadership, c'est d'abord écouter.",
            lang="fr",
            created_at="Thu Mar 07 10:00:00 +0000 2024",
        ),
        tweet("1765000000000000007", "ok", lang="und", created_at="Fri Mar 08 10:00:00 +0000 2024"),
    ]


def write_x(folder: Path, tweets: list[dict] | None = None) -> Path:
    data = folder / "data"
    (data / "tweets_media").mkdir(parents=True, exist_ok=True)
    payload = json.dumps(tweets if tweets is not None else x_tweets(), indent=2)
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + payload)
    account = [{"account": {"accountId": "1", "username": "jane_exec", "email": "j@e.x"}}]
    (data / "account.js").write_text("window.YTD.account.part0 = " + json.dumps(account))
    (data / "tweets_media" / "1765000000000000001-FxAbc123.jpg").write_bytes(png_bytes(2))
    return folder


LINKEDIN_ROWS = [
    {
        "Date": "2024-02-01 08:00:00",
        "ShareLink": "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7158000000000000001",
        "ShareCommentary": 'Three things I tell every new manager:\n\n1. Say "I don\'t know".\n'
        "2. Write it down.\n3. Ask twice.\n\n{hashtag|\\#|Leadership} #management",
        "SharedUrl": "https://example.com/articles/new-managers/",
        "MediaUrl": "",
        "Visibility": "MEMBER_NETWORK",
    },
    {
        "Date": "2024-02-02 08:00:00",
        "ShareLink": "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7158000000000000002",
        "ShareCommentary": "",
        "SharedUrl": "https://example.com/someone-elses-post",
        "MediaUrl": "",
        "Visibility": "MEMBER_NETWORK",
    },
    {
        "Date": "2024-02-03 08:00:00",
        "ShareLink": "https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7158000000000000003",
        "ShareCommentary": "Only for my connections",
        "SharedUrl": "",
        "MediaUrl": "",
        "Visibility": "CONNECTIONS",
    },
    {
        "Date": "2024-02-04 08:00:00",
        "ShareLink": "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7158000000000000004",
        "ShareCommentary": "Proud of the team <script>alert(1)</script> — see https://example.com/launch",
        "SharedUrl": "",
        "MediaUrl": "https://media.licdn.com/dms/image/abc/feedshare.jpg",
        "Visibility": "MEMBER_NETWORK",
    },
]


def linkedin_csv(rows: list[dict] | None = None) -> str:
    buffer = io.StringIO(newline="")
    columns = ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]
    writer = csv.DictWriter(buffer, fieldnames=columns, quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    writer.writerows(rows if rows is not None else LINKEDIN_ROWS)
    return "\ufeff" + buffer.getvalue()


def write_linkedin(folder: Path, text: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Shares.csv").write_text(text if text is not None else linkedin_csv(), "utf-8")
    return folder


DID = "did:plc:abc123xyz"
BLOB_CID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"


def bluesky_records() -> dict:
    text = "Shipping beats polishing 🚀 #buildinpublic thanks @ann.bsky.social example.com/art..."
    data = text.encode()

    def span(fragment: str) -> dict:
        start = data.index(fragment.encode())
        return {"byteStart": start, "byteEnd": start + len(fragment.encode())}

    def record(rkey: str, value: dict) -> dict:
        return {
            "uri": f"at://{DID}/app.bsky.feed.post/{rkey}",
            "cid": "bafyrei" + rkey,
            "value": {"$type": "app.bsky.feed.post", **value},
        }

    return {
        "records": [
            record(
                "3kaaa",
                {
                    "text": text,
                    "createdAt": "2024-04-01T12:00:00.000Z",
                    "langs": ["en"],
                    "facets": [
                        {
                            "index": span("#buildinpublic"),
                            "features": [
                                {"$type": "app.bsky.richtext.facet#tag", "tag": "buildinpublic"}
                            ],
                        },
                        {
                            "index": span("@ann.bsky.social"),
                            "features": [
                                {"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:ann"}
                            ],
                        },
                        {
                            "index": span("example.com/art..."),
                            "features": [
                                {
                                    "$type": "app.bsky.richtext.facet#link",
                                    "uri": "https://example.com/articles/shipping/",
                                }
                            ],
                        },
                    ],
                    "embed": {
                        "$type": "app.bsky.embed.images",
                        "images": [
                            {
                                "alt": "Rocket launch photo",
                                "image": {
                                    "$type": "blob",
                                    "ref": {"$link": BLOB_CID},
                                    "mimeType": "image/png",
                                    "size": 70,
                                },
                            }
                        ],
                    },
                },
            ),
            record(
                "3kbbb",
                {
                    "text": "Replying to someone",
                    "createdAt": "2024-04-02T12:00:00Z",
                    "langs": ["en"],
                    "reply": {
                        "root": {"uri": "at://did:plc:other/app.bsky.feed.post/x", "cid": "c"},
                        "parent": {"uri": "at://did:plc:other/app.bsky.feed.post/x", "cid": "c"},
                    },
                },
            ),
            record(
                "3kccc",
                {
                    "text": "Thread start: on focus.",
                    "createdAt": "2024-04-03T12:00:00Z",
                    "langs": ["de"],
                },
            ),
            record(
                "3kddd",
                {
                    "text": "Thread end: say no more often.",
                    "createdAt": "2024-04-03T12:05:00Z",
                    "langs": ["de"],
                    "reply": {
                        "root": {"uri": f"at://{DID}/app.bsky.feed.post/3kccc", "cid": "c"},
                        "parent": {"uri": f"at://{DID}/app.bsky.feed.post/3kccc", "cid": "c"},
                    },
                },
            ),
            {
                "uri": f"at://{DID}/app.bsky.feed.repost/3krrr",
                "cid": "x",
                "value": {"$type": "app.bsky.feed.repost", "createdAt": "2024-04-04T00:00:00Z"},
            },
        ],
        "cursor": "3kddd",
    }


def write_bluesky(folder: Path, records: dict | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "posts.json").write_text(json.dumps(records or bluesky_records(), indent=2))
    (folder / "blobs").mkdir(exist_ok=True)
    (folder / "blobs" / BLOB_CID).write_bytes(png_bytes(3))
    return folder


def read_highlights(docs: Path) -> dict[str, tuple[dict, str]]:
    """docs-relative path → (front matter, body) of every highlight file written."""
    import yaml

    found = {}
    for path in sorted((docs / "highlights").rglob("*.md")):
        text = path.read_text("utf-8")
        _, front, body = text.split("---\n", 2)
        found[path.relative_to(docs).as_posix()] = (yaml.safe_load(front), body.strip())
    return found


def by_syndication(highlights: dict[str, tuple[dict, str]]) -> dict[str, tuple[dict, str]]:
    """Same highlights keyed by their syndication URL (stable across slug changes)."""
    return {meta["syndication"][0]["url"]: (meta, body) for meta, body in highlights.values()}


def render_html(markdown_text: str) -> str:
    """Render like a typical Material site would (attr_list, md_in_html enabled)."""
    import markdown

    return markdown.markdown(
        markdown_text, extensions=["attr_list", "md_in_html", "tables", "pymdownx.magiclink"]
    )


def bluesky_car(records: dict | None = None) -> bytes:
    """A repository CAR (CARv1: commit → MST with a left subtree → records), like an export."""
    import hashlib

    import libipld

    def cid(data: bytes) -> bytes:  # CIDv1, dag-cbor, sha2-256
        return bytes([0x01, 0x71, 0x12, 0x20]) + hashlib.sha256(data).digest()

    def varint(number: int) -> bytes:
        out = b""
        while True:
            byte, number = number & 0x7F, number >> 7
            if not number:
                return out + bytes([byte])
            out += bytes([byte | 0x80])

    blocks: list[tuple[bytes, bytes]] = []

    def put(value) -> bytes:
        data = libipld.encode_dag_cbor(value)
        key = cid(data)
        blocks.append((key, data))
        return key

    entries = []
    for record in (records or bluesky_records())["records"]:
        value = json.loads(json.dumps(record["value"]))
        for image in (value.get("embed") or {}).get("images", []):
            image["image"]["ref"] = libipld.decode_multibase(image["image"]["ref"]["$link"])[1]
        key = record["uri"].split("/", 3)[3].encode()  # "app.bsky.feed.post/3kaaa"
        entries.append((key, put(value)))
    entries.sort()

    def node(items: list[tuple[bytes, bytes]], left: bytes | None) -> bytes:
        encoded, previous = [], b""
        for key, value in items:
            shared = next(
                (i for i, (a, b) in enumerate(zip(previous, key, strict=False)) if a != b),
                min(len(previous), len(key)),
            )
            encoded.append({"p": shared, "k": key[shared:], "v": value, "t": None})
            previous = key
        return put({"l": left, "e": encoded})

    left = node(entries[:1], None)
    root = node(entries[1:], left)
    commit = put(
        {"did": DID, "version": 3, "data": root, "rev": "3kzzz", "prev": None, "sig": b"s"}
    )
    header = libipld.encode_dag_cbor({"roots": [commit], "version": 1})
    body = b"".join(varint(len(k) + len(d)) + k + d for k, d in blocks)
    return varint(len(header)) + header + body


# -- Harder material: what a real first import brings (long posts, emoji, attachments
# without alt text, control characters pasted from other tools, posts without a language).

LONG_EN = (
    "Five years of running engineering teams taught me that the hard part is rarely the "
    "technology. It is deciding what not to build, saying it early, and writing it down so "
    "the next person does not have to guess. "
) * 6
LONG_DE = (
    "Heute haben wir unser neues Team in Hamburg vorgestellt. Wir suchen Menschen, die "
    "Verantwortung übernehmen, gut zuhören und komplizierte Dinge einfach erklären können. "
) * 4


def hard_mastodon_outbox() -> dict:
    outbox = mastodon_outbox()
    outbox["orderedItems"] += [
        _create(_note(20, f"<p>{LONG_EN}</p><p>Ring the bell\x07 for the team 🔔🎉</p>")),
        _create(
            _note(
                21,
                "<p>A photo from the offsite 📸 — no description in the export.</p>",
                published="2024-03-22T09:30:00Z",
                attachment=[
                    {
                        "type": "Document",
                        "mediaType": "image/png",
                        "url": "/media_attachments/files/111/000/001/original/chart.png",
                        "name": None,
                    }
                ],
            )
        ),
    ]
    outbox["totalItems"] = len(outbox["orderedItems"])
    return outbox


def hard_x_tweets() -> list[dict]:
    tweets = x_tweets()
    long_text = ("Shipping is a habit, not an event. " * 8).strip() + " 🚢\x0b"
    tweets.append(
        {
            "tweet": {
                **tweets[0]["tweet"],
                "id_str": "1765000000000000010",
                "id": "1765000000000000010",
                "full_text": long_text + " https://t.co/NoAlT00000",
                "lang": "en",
                "created_at": "Sat Mar 09 10:00:00 +0000 2024",
                "display_text_range": ["0", str(len(long_text))],
                "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
                "extended_entities": {
                    "media": [
                        {
                            "url": "https://t.co/NoAlT00000",
                            "type": "photo",
                            "id_str": "901",
                            "media_url_https": "https://pbs.twimg.com/media/NoAlt999.png",
                        }
                    ]
                },
            }
        }
    )
    return tweets


def write_hard_x(folder: Path) -> Path:
    write_x(folder, hard_x_tweets())
    (folder / "data" / "tweets_media" / "1765000000000000010-NoAlt999.png").write_bytes(
        png_bytes(4)
    )
    return folder


def hard_linkedin_rows() -> list[dict]:
    rows = list(LINKEDIN_ROWS)
    rows.append(
        {
            "Date": "2024-02-05 08:00:00",
            "ShareLink": "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7158000000000000005",
            "ShareCommentary": LONG_DE + "Bewerbt euch gern! 🙌\x07",
            "SharedUrl": "",
            "MediaUrl": "",
            "Visibility": "MEMBER_NETWORK",
        }
    )
    rows.append(
        {
            "Date": "2024-02-06 08:00:00",
            "ShareLink": "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7158000000000000006",
            "ShareCommentary": LONG_EN,
            "SharedUrl": "",
            "MediaUrl": "",
            "Visibility": "MEMBER_NETWORK",
        }
    )
    return rows


def hard_bluesky_records() -> dict:
    records = bluesky_records()
    records["records"].append(
        {
            "uri": f"at://{DID}/app.bsky.feed.post/3keee",
            "cid": "bafyrei3keee",
            "value": {
                "$type": "app.bsky.feed.post",
                "text": ("Small teams, clear owners, short memos. " * 7).strip() + " ✨\x1b",
                "createdAt": "2024-04-05T12:00:00Z",
                "embed": {
                    "$type": "app.bsky.embed.images",
                    "images": [
                        {
                            "alt": "",
                            "image": {
                                "$type": "blob",
                                "ref": {"$link": BLOB_CID},
                                "mimeType": "image/png",
                                "size": 70,
                            },
                        }
                    ],
                },
            },
        }
    )
    return records
