"""Publishing cached cards without copying them, and the site URL of mkdocs.yml under serve."""

from __future__ import annotations

import contextlib
import os
import shutil
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.utils.yaml import yaml_load


class LinkedFile(File):
    """A generated file published as a hard link to its cache entry.

    A warm build publishes thousands of unchanged cards: linking costs one directory entry
    each instead of reading and writing every byte. File systems without hard links (or a
    cache on another device) fall back to a copy. The cache verifies an entry's bytes
    before each use (``podium.cards.cache``), so a published file edited in place through
    the shared inode is re-rendered, never republished.
    """

    def copy_file(self, dirty: bool = False) -> None:
        if self._content is not None or self.abs_src_path is None:
            super().copy_file(dirty)
            return
        if dirty and not self.is_modified():
            return
        target = self.abs_dest_path
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            if os.path.samefile(self.abs_src_path, target):
                return
        except OSError:
            pass
        with contextlib.suppress(FileNotFoundError):
            os.unlink(target)
        try:
            os.link(self.abs_src_path, target)
        except OSError:
            shutil.copyfile(self.abs_src_path, target)


def _serving(config: MkDocsConfig) -> bool:
    """Whether ``site_url`` was replaced by the dev server's address (``mkdocs serve``)."""
    host, port = config.dev_addr
    parts = urlsplit(config.site_url or "")
    try:
        return parts.hostname == host and parts.port == port
    except ValueError:
        return False


def configured_site_url(config: MkDocsConfig) -> str | None:
    """``site_url`` as written in mkdocs.yml; differs from ``config.site_url`` under serve."""
    if not _serving(config) or not config.config_file_path:
        return config.site_url
    try:
        with open(config.config_file_path, "rb") as stream:
            raw: Any = yaml_load(stream)
    except (OSError, ValueError):
        return config.site_url
    value = raw.get("site_url") if isinstance(raw, dict) else None
    return value if isinstance(value, str) and value else config.site_url
