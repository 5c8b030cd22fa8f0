"""Read members of a platform export, whatever it was shipped as.

Exports arrive as a folder (unpacked), a `.zip` (X, LinkedIn), a `.tar.gz` (Mastodon) or a
single bare file (`outbox.json`, `tweets.js`, `Shares.csv`, a Bluesky JSON dump). Members are
read by name only — nothing is extracted — so a hostile archive cannot write outside it.
"""

from __future__ import annotations

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
        if not self.path.exists():
            raise ArchiveError(str(path), "no such file or folder")
        try:
            if self.path.is_dir():
                for file in sorted(self.path.rglob("*")):
                    if file.is_file():
                        name = file.relative_to(self.path).as_posix()
                        self._names[name] = name
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
            return (self.path / real).read_bytes()
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as error:
            raise ArchiveError(self.label(name), f"cannot read (truncated?): {error}") from None

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


def _normalise(name: str) -> str:
    while name.startswith("./"):
        name = name[2:]
    return PurePosixPath(name).as_posix()


def _is_tar(path: Path) -> bool:
    try:
        return tarfile.is_tarfile(path)
    except OSError:
        return False
