"""The card cache: a folder Podium owns, whose entries prove their own bytes.

An entry is ``<key[:2]>/<key>.<digest>.<ext>``: ``key`` hashes every input of the card
(format included, see ``render.card_key``), ``digest`` is the SHA-256 (first 32 hex digits)
of the file's bytes. An entry is used only when it is a regular file (not a link) in a real
sub-folder of the root, its bytes hash to its digest and start like an image of its type;
anything else is deleted and rendered again, so a truncated, replaced or symlinked entry can
never be published. The root carries a ``CACHEDIR.TAG`` (the Cache Directory Tagging
convention, which backup tools honour) naming Podium: pruning happens only under such a root
and removes only files named like entries, so a ``cache_dir`` pointed at the wrong folder
costs nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from podium.core.atomic import write_bytes_atomic

MARKER = "CACHEDIR.TAG"
MARKER_TEXT = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This folder is a cache of share cards written by Podium (podium/cards).\n"
    "# Podium deletes only card files here; see https://bford.info/cachedir/\n"
)
DIGEST_CHARS = 32
ENTRY = re.compile(r"^(?P<key>[0-9a-f]{64})\.(?P<digest>[0-9a-f]{32})\.(?P<ext>[a-z0-9]{2,5})$")
# Entries of Podium before digests were in the name (``<key>.png``), and the temp files of
# interrupted writes (``write_bytes_atomic`` names them ``.<final name>.<random>``).
LEGACY = re.compile(r"^[0-9a-f]{64}\.(png|jpg)$")
TEMP = re.compile(r"^\.[0-9a-f]{64}\.[^/]*$")
SHARD = re.compile(r"^[0-9a-f]{2}$")
TEMP_GRACE = 600.0  # seconds: a temp file younger than this may belong to a running build

# First bytes of each format the encoder may choose: a file that does not start like an
# image of its extension is not a card, whatever its name says.
MAGIC: dict[str, tuple[bytes, ...]] = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "webp": (b"RIFF",),
    "avif": (b"\x00\x00\x00",),
}


class CacheError(Exception):
    """A cache folder Podium must not use; ``str()`` is one line for the author."""


@dataclass(frozen=True)
class Entry:
    """A verified cache entry."""

    key: str
    digest: str
    ext: str
    path: Path


def entry_name(key: str, digest: str, ext: str) -> str:
    return f"{key}.{digest}.{ext}"


def is_card_file(name: str) -> bool:
    """A name Podium gives cache files (entries, old entries, temp files of entries)."""
    return bool(ENTRY.match(name) or LEGACY.match(name) or TEMP.match(name))


def _is_ours(root: Path) -> bool:
    marker = root / MARKER
    try:
        return marker.is_file() and "Podium" in marker.read_text(encoding="utf-8", errors="ignore")
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _foreign(root: Path) -> str | None:
    """The first thing in ``root`` Podium would not have written, if any."""
    for item in sorted(root.iterdir()):
        if item.name == MARKER:
            continue
        if not SHARD.match(item.name) or item.is_symlink() or not item.is_dir():
            return item.name
        for inner in sorted(item.iterdir()):
            if not is_card_file(inner.name) or inner.is_symlink() or not inner.is_file():
                return f"{item.name}/{inner.name}"
    return None


def claim(root: Path, docs_dir: Path | None = None) -> Path:
    """Make ``root`` a marked Podium cache, or refuse with one line.

    A new or empty folder, or one holding only card files (a cache of an older Podium), is
    marked; a folder inside ``docs_dir`` (its cards would be published twice, and pruning
    would reach the author's files) or holding anything else is refused.
    """
    root = Path(root).resolve()
    if docs_dir is not None and _inside(root, Path(docs_dir).resolve()):
        raise CacheError(
            f"cache_dir: {root} is inside docs_dir; use a folder outside it "
            "(the default is .cache/podium/cards)"
        )
    if root.exists() and not root.is_dir():
        raise CacheError(f"cache_dir: {root} is a file, not a folder")
    if _is_ours(root):
        return root
    if root.exists():
        foreign = _foreign(root)
        if foreign is not None:
            raise CacheError(
                f"cache_dir: {root} holds files Podium did not write (such as {foreign}); "
                "point cache_dir at a new or empty folder"
            )
    root.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(root / MARKER, MARKER_TEXT.encode())
    return root


def _looks_like(data: bytes, ext: str) -> bool:
    return any(data.startswith(magic) for magic in MAGIC.get(ext, (b"",)))


def _read_regular(path: Path) -> bytes | None:
    """The bytes of ``path`` if it is a regular file reached without following a link."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            return None
        with os.fdopen(handle, "rb", closefd=False) as stream:
            return stream.read()
    finally:
        os.close(handle)


def _remove(path: Path) -> None:
    """Unlink a bad entry; a link is removed, never what it points to."""
    try:
        if path.is_symlink() or not path.is_dir():
            path.unlink()
    except OSError:
        pass


def lookup(root: Path, keys: Iterable[str]) -> tuple[dict[str, Entry], int]:
    """The verified entries of ``keys``, and how many bad entries were deleted on the way.

    One directory scan per shard, then every candidate's bytes are hashed: a warm build
    reads each card once (as copying it used to), and never trusts a name alone.
    """
    wanted = set(keys)
    shards: dict[str, list[str]] = {}
    for key in wanted:
        shards.setdefault(key[:2], []).append(key)
    found: dict[str, Entry] = {}
    damaged = 0
    for shard in sorted(shards):
        folder = root / shard
        if folder.is_symlink():  # a linked shard could lead anywhere: drop the link
            _remove(folder)
            damaged += 1
            continue
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for name in names:
            match = ENTRY.match(name)
            legacy = LEGACY.match(name)
            key = match["key"] if match else name[:64] if legacy else None
            if key not in wanted:
                continue
            path = folder / name
            if legacy or key in found:  # an old-style or second entry for the key
                _remove(path)
                continue
            data = _read_regular(path)
            ext = match["ext"]
            if (
                data is None
                or hashlib.sha256(data).hexdigest()[:DIGEST_CHARS] != match["digest"]
                or not _looks_like(data, ext)
            ):
                _remove(path)
                damaged += 1
                continue
            found[key] = Entry(key, match["digest"], ext, path)
    return found, damaged


# Temp files this process is writing, so a worker told to stop can delete them before it
# exits (``discard_pending``): the process pool catches exceptions raised in a task, so a
# signal handler cannot rely on unwinding through a ``finally``.
_pending: set[Path] = set()


def store(root: Path, key: str, data: bytes, ext: str) -> Entry:
    """Write one entry atomically (temp file + rename) into a real shard folder."""
    folder = Path(root) / key[:2]
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        folder.unlink()
    folder.mkdir(exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()[:DIGEST_CHARS]
    path = folder / entry_name(key, digest, ext)
    temp = folder / f".{path.name}.{os.getpid()}.tmp"
    _pending.add(temp)
    try:
        with open(temp, "wb") as stream:
            stream.write(data)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        _pending.discard(temp)
    return Entry(key, digest, ext, path)


def discard_pending() -> None:
    """Delete the temp files this process has not finished (called on the way out)."""
    for temp in list(_pending):
        with contextlib.suppress(OSError):
            temp.unlink()


def prune(root: Path, keep: Iterable[str], max_age_days: float, now: float | None = None) -> int:
    """Delete card files this build did not use and that are older than ``max_age_days``.

    Only under a root carrying Podium's marker, only in shard folders, only files named as
    Podium names them: anything else someone put there stays. The age guard keeps cards that
    another configuration (or a draft switched off for a moment) used recently. Temp files of
    interrupted writes go once they are older than a few minutes. Returns how many went.
    """
    root = Path(root)
    if max_age_days <= 0 or not root.is_dir() or not _is_ours(root):
        return 0
    wanted = set(keep)
    clock = time.time() if now is None else now
    limit = clock - max_age_days * 86400
    removed = 0
    for shard in sorted(os.listdir(root)):
        folder = root / shard
        if not SHARD.match(shard) or folder.is_symlink() or not folder.is_dir():
            continue
        for name in sorted(os.listdir(folder)):
            temp = TEMP.match(name)
            if not (ENTRY.match(name) or LEGACY.match(name) or temp):
                continue
            if not temp and name[:64] in wanted:
                continue
            path = folder / name
            try:
                info = path.lstat()
                if not (stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)):
                    continue
                if info.st_mtime < (clock - TEMP_GRACE if temp else limit):
                    path.unlink()
                    removed += 1
            except FileNotFoundError:  # pruned by a concurrent build
                continue
        with contextlib.suppress(OSError):
            folder.rmdir()  # only succeeds when empty
    return removed
