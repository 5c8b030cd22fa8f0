"""Create an author's new file without ever replacing one or leaving half of one behind."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from .errors import AuthoringError


def create_new_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` only if ``path`` does not exist yet.

    The text goes to a temp file first, which is then hard-linked to its name: ``link``
    fails atomically when the name exists (like ``O_EXCL``), and readers never see a partly
    written file. Where hard links are unsupported we fall back to ``O_EXCL`` directly.
    """
    folder = path.parent
    created = _make_folder(folder)
    try:
        _create(path, text)
    except BaseException:
        for made in created:  # leave no empty folders behind either
            with contextlib.suppress(OSError):
                made.rmdir()
        raise


def _create(path: Path, text: str) -> None:
    folder = path.parent
    if path.exists() or path.is_symlink():
        raise AuthoringError(f"{path}: already exists; not overwriting it")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise AuthoringError(f"{folder}: cannot write here: {error.strerror}") from None
    try:
        os.fchmod(handle, _default_mode())
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        try:
            os.link(temp_name, path)
        except FileExistsError:
            raise AuthoringError(f"{path}: already exists; not overwriting it") from None
        except OSError as error:
            if error.errno not in {errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK}:
                raise
            _write_exclusive(path, text)
    except OSError as error:
        raise AuthoringError(f"{path}: cannot write: {error.strerror}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)


def _write_exclusive(path: Path, text: str) -> None:
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        raise AuthoringError(f"{path}: already exists; not overwriting it") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _make_folder(folder: Path) -> list[Path]:
    """Create ``folder`` and missing parents; returns those created, deepest first."""
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    if not current.is_dir():  # the nearest existing ancestor (or folder itself)
        raise AuthoringError(f"{current}: is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        for made in missing:
            with contextlib.suppress(OSError):
                made.rmdir()
        raise AuthoringError(f"{folder}: cannot create this folder: {error.strerror}") from None
    return missing


def _default_mode() -> int:
    """The mode ``open()`` gives new files (mkstemp's 0600 would hide it from a web server)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
