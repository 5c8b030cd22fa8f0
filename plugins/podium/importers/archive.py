"""Read members of a platform export, whatever it was shipped as.

Exports arrive as a folder (unpacked), a `.zip` (X, LinkedIn), a `.tar.gz` (Mastodon) or a
single bare file (`outbox.json`, `tweets.js`, `Shares.csv`, a Bluesky JSON dump). Members are
read by name only — nothing is extracted — so a hostile archive cannot write outside it.
An unpacked folder is walked without following links, and only regular files with a single
link whose real path stays inside the folder are members: a symlink or hard link to a
system file, or a device, is refused (listed in ``refused``), never read or imported.
"""

from __future__ import annotations

import os
import stat
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

from podium.importers.errors import ArchiveError

_PACKED_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz")


class Archive:
    """Uniform read access to the files of an export (posix member names)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._names: dict[str, str] = {}  # normalised name -> real member name
        self._zip: zipfile.ZipFile | None = None
        self._tar: tarfile.TarFile | None = None
        self._single: str | None = None
        #: members of an unpacked folder left out, with why (links, devices)
        self.refused: list[tuple[str, str]] = []
        if not self.path.exists():
            raise ArchiveError(str(path), "no such file or folder")
        try:
            if self.path.is_dir():
                self._walk_folder()
            elif zipfile.is_zipfile(self.path):
                self._zip = zipfile.ZipFile(self.path)
                for info in self._zip.infolist():
                    if not info.is_dir():
                        self._names[_normalise(info.filename)] = info.filename
            elif _is_tar(self.path):
                self._tar = tarfile.open(self.path)  # noqa: SIM115 - closed in close()
                for member in self._tar.getmembers():
                    if member.isfile():
                        self._names[_normalise(member.name)] = member.name
            elif self.path.name.lower().endswith(_PACKED_SUFFIXES):
                raise ArchiveError(str(path), "not a readable zip/tar archive (truncated?)")
            else:
                self._single = self.path.name
                self._names[self.path.name] = self.path.name
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as error:
            raise ArchiveError(
                str(path), f"cannot read the archive (truncated?): {error}"
            ) from None

    @property
    def is_single_file(self) -> bool:
        return self._single is not None

    def names(self) -> list[str]:
        return sorted(self._names)

    def find(self, *suffixes: str) -> str | None:
        """First member (shortest path, then name) whose path ends with one of `suffixes`."""
        hits = [
            name
            for name in self._names
            if any(name == s or name.endswith("/" + s) for s in suffixes)
        ]
        return min(hits, key=lambda n: (n.count("/"), n)) if hits else None

    def has(self, name: str) -> bool:
        return name in self._names

    def read_bytes(self, name: str) -> bytes:
        real = self._names.get(name)
        if real is None:
            raise ArchiveError(self.label(name), "missing from the archive")
        try:
            if self._zip is not None:
                return self._zip.read(real)
            if self._tar is not None:
                extracted = self._tar.extractfile(real)
                if extracted is None:
                    raise ArchiveError(self.label(name), "not a regular file")
                return extracted.read()
            if self._single is not None:
                return self.path.read_bytes()
            return self._read_member(real)
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as error:
            raise ArchiveError(self.label(name), f"cannot read (truncated?): {error}") from None

    def _walk_folder(self) -> None:
        root = self.path.resolve()
        for folder, dirs, files in os.walk(root):  # never follows linked folders
            for sub in sorted(dirs):
                if os.path.islink(os.path.join(folder, sub)):
                    relative = Path(folder, sub).relative_to(root).as_posix()
                    self.refused.append((relative, "a symbolic link"))
            for file in sorted(files):
                path = Path(folder, file)
                name = path.relative_to(root).as_posix()
                why = _not_a_member(path, root)
                if why:
                    self.refused.append((name, why))
                else:
                    self._names[name] = name
        self.refused.sort()

    def _read_member(self, name: str) -> bytes:
        """A folder member's bytes, re-checked on the open file (it may have changed)."""
        root = self.path.resolve()
        path = root / name
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(handle, "rb") as stream:
            info = os.fstat(stream.fileno())
            why = _not_a_member(path, root, info)
            if why:
                raise ArchiveError(self.label(name), f"refused: {why}")
            return stream.read()

    def read_text(self, name: str) -> str:
        data = self.read_bytes(name)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ArchiveError(self.label(name), f"not UTF-8 text: {error}") from None

    def label(self, name: str) -> str:
        """How to name a member in messages: the archive path, plus the member inside it."""
        if self._single is not None:
            return str(self.path)
        return f"{self.path}/{name}" if self.path.is_dir() else f"{self.path}!{name}"

    def close(self) -> None:
        for handle in (self._zip, self._tar):
            if handle is not None:
                handle.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _not_a_member(path: Path, root: Path, info: os.stat_result | None = None) -> str | None:
    """Why the folder entry ``path`` cannot be imported, or None for a plain file."""
    if info is None:
        if path.is_symlink():
            return "a symbolic link"
        info = path.lstat()
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (a device, socket or pipe)"
    if info.st_nlink > 1:
        return "a hard link (the same file is reachable elsewhere)"
    real = path.resolve()
    if real != root and root not in real.parents:
        return "outside the archive folder"
    return None


def _normalise(name: str) -> str:
    while name.startswith("./"):
        name = name[2:]
    return PurePosixPath(name).as_posix()


def _is_tar(path: Path) -> bool:
    try:
        return tarfile.is_tarfile(path)
    except OSError:
        return False
