"""Atomic file writes: a reader (or a crashed build) never sees a half-written file."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

#: mkstemp creates 0600 files; published files must be readable by the web server.
NEW_FILE_MODE = 0o644


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder, then rename.

    The file keeps the mode of the one it replaces, else gets 0644 like a plain write would
    under the usual umask (mkstemp's 0600 would hide site files from a web server)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        os.fchmod(handle, mode)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write UTF-8 text atomically."""
    write_bytes_atomic(path, text.encode("utf-8"))
