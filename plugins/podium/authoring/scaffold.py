"""``podium init``: write a small hub that builds at once, from the files in templates/."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import date
from importlib import resources
from pathlib import Path
from string import Template

from .errors import AuthoringError
from .file_slugs import SlugError, file_slug
from .new_file import create_new_file

# Target path in the new hub → template file, and whether ${placeholders} are filled in
# (the workflow is copied verbatim: GitHub's ${{ }} syntax is not ours). Templates have
# visible names because packaging tools skip dot-files (.authors.yml, .gitignore).
HUB_FILES: tuple[tuple[str, str, bool], ...] = (
    ("mkdocs.yml", "hub/mkdocs.yml", True),
    ("requirements.txt", "hub/requirements.txt", False),
    (".gitignore", "hub/gitignore.txt", False),
    (".github/workflows/publish.yml", "publish.yml", False),
    ("docs/index.md", "hub/index.md", True),
    ("docs/.authors.yml", "hub/authors.yml", True),
    ("docs/articles/welcome.md", "hub/article.md", True),
    ("docs/highlights/${date}-starting-my-hub.md", "hub/highlight.md", True),
)


def template_text(name: str) -> str:
    """A template shipped in ``podium/authoring/templates`` (also the workflow's source)."""
    return resources.files("podium.authoring").joinpath("templates", name).read_text("utf-8")


def write_hub(
    folder: Path,
    *,
    site_name: str,
    site_url: str,
    author: str,
    language: str = "en",
    role: str = "Chief Executive Officer",
    day: date,
) -> list[Path]:
    """Write the hub into ``folder`` (missing or empty); returns the files written.

    The hub is written into a temp folder beside ``folder`` and renamed into place, so a
    failure (read-only parent, full disk) leaves nothing behind.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise AuthoringError(f"{folder}: not an empty folder; choose a new one")
    if not site_url.startswith(("http://", "https://")):
        raise AuthoringError(f"--site-url: expected an http(s) address, got {site_url!r}")
    try:
        author_id = file_slug(author, max_length=30)
    except SlugError as error:
        raise AuthoringError(f"--author: {error}") from None
    values = {
        "site_name": site_name,
        "site_url": site_url if site_url.endswith("/") else site_url + "/",
        "site_description": f"Articles and notes by {author}.",
        "language": language,
        "author_name": author,
        "author_role": role,
    }
    mapping = {
        **values,
        **{f"q_{key}": json.dumps(v, ensure_ascii=False) for key, v in values.items()},
    }
    mapping |= {"author_id": author_id, "date": day.isoformat()}
    files = {}
    for target, source, fill in HUB_FILES:
        text = template_text(source)
        files[Template(target).substitute(mapping)] = (
            Template(text).substitute(mapping) if fill else text
        )
    parent = folder.resolve().parent
    if not parent.is_dir():
        raise AuthoringError(f"{parent}: no such folder")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=parent))
    except OSError as error:
        raise AuthoringError(f"{parent}: cannot write here: {error.strerror}") from None
    try:
        for relative, text in files.items():
            create_new_file(staging / relative, text)
        staging.chmod(0o777 & ~_umask())
        if folder.exists():
            folder.rmdir()  # empty, checked above
        staging.rename(folder)
    except OSError as error:
        raise AuthoringError(f"{folder}: cannot write: {error.strerror}") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return [folder / relative for relative in files]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
