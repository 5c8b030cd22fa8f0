"""Plan an import against what is on disk, then apply it all-or-nothing.

Planning decides, per post: `new` (no file has its import id), `updated` (our untouched file,
content changed), `unchanged`, or `edited` (the author changed the file: never touched).
Posts are matched by the `import_id` in any highlight's front matter, so renaming or
moving an imported file does not make a duplicate.

Applying stages every file in a temp folder next to `docs/`, then moves them into place;
if any move fails, the moves already done are undone (old files restored from the stage).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from podium.core.yaml_reader import front_matter_data
from podium.importers.archive import Archive
from podium.importers.highlight_file import (
    Layout,
    file_stem,
    highlight_source,
    is_untouched,
    render,
    short_id,
)
from podium.importers.post import Post

NEW, UPDATED, UNCHANGED, EDITED, KEPT = "new", "updated", "unchanged", "edited", "kept"


@dataclass(frozen=True)
class Outcome:
    """What the import does (or would do) with one file, docs-relative path."""

    action: str
    path: str
    import_id: str
    detail: str = ""


@dataclass
class Plan:
    outcomes: list[Outcome] = field(default_factory=list)
    writes: dict[str, bytes] = field(default_factory=dict)  # docs-relative path → content


def existing_imports(docs_dir: Path, layout: Layout) -> dict[str, str]:
    """import id → docs-relative path of every highlight that records one."""
    found: dict[str, str] = {}
    root = docs_dir / layout.highlights_dir
    if not root.is_dir():
        return found
    for path in sorted(root.rglob("*.md")):
        import_id = _import_id(path.read_text(encoding="utf-8", errors="replace"))
        if import_id and import_id not in found:
            found[import_id] = path.relative_to(docs_dir).as_posix()
    return found


def _import_id(text: str) -> str | None:
    if not text.startswith("---"):
        return None
    meta = front_matter_data(text)
    if meta:
        value = meta.get("import_id")
        return value if isinstance(value, str) else None
    for line in text.splitlines():  # front matter the author broke: still find our id
        if line.startswith("import_id: "):
            return line[len("import_id: ") :].strip().strip("'\"")
    return None


def plan(posts: Iterable[Post], archive: Archive, docs_dir: Path, layout: Layout) -> Plan:
    result = Plan()
    known = existing_imports(docs_dir, layout)
    root = docs_dir / layout.highlights_dir
    # Highlight ids come from file stems, so a stem must be unique across every folder.
    taken = {_stem_key(p.stem) for p in root.rglob("*.md")} if root.is_dir() else set()
    for post in sorted(posts, key=lambda p: (p.date, p.import_id)):
        media_paths = [
            layout.media_path(post, index + 1, media.extension)
            for index, media in enumerate(post.media)
        ]
        existing = known.get(post.import_id)
        if existing is not None:
            current = (docs_dir / existing).read_text(encoding="utf-8")
            if not is_untouched(current):
                result.outcomes.append(
                    Outcome(EDITED, existing, post.import_id, "edited by the author")
                )
                continue
            text = render(post, existing, media_paths)
            if text == current:
                result.outcomes.append(Outcome(UNCHANGED, existing, post.import_id))
                continue
            source, action = existing, UPDATED
        else:
            source = _free_path(layout, post, taken)
            taken.add(_stem_key(PurePosixPath(source).stem))
            text = render(post, source, media_paths)
            action = NEW
        result.writes[source] = text.encode("utf-8")
        result.outcomes.append(Outcome(action, source, post.import_id))
        for media, path in zip(post.media, media_paths, strict=True):
            data = archive.read_bytes(media.member) if media.member else b""
            target = docs_dir / path
            if target.exists():
                if target.read_bytes() != data:
                    result.outcomes.append(
                        Outcome(KEPT, path, post.import_id, "differs from the archive; kept")
                    )
                continue
            result.writes[path] = data
            result.outcomes.append(Outcome(NEW, path, post.import_id, "media"))
    return result


def _free_path(layout: Layout, post: Post, taken: set[str]) -> str:
    stem = file_stem(post)
    candidates = [stem, f"{stem}-{short_id(post)}"]
    candidates += [f"{stem}-{short_id(post)}-{n}" for n in range(2, 100)]
    for candidate in candidates:
        if _stem_key(candidate) not in taken:
            return highlight_source(layout, post, candidate)
    raise RuntimeError(f"no free file name for {post.import_id}")  # pragma: no cover


def _stem_key(stem: str) -> str:
    return stem.casefold()


def apply(writes: dict[str, bytes], docs_dir: Path) -> None:
    """Write every file or none (best effort rollback of moves; the stage is always removed)."""
    if not writes:
        return
    docs_dir.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".podium-import-", dir=docs_dir.parent))
    moved: list[tuple[Path, Path | None]] = []  # (target, backup or None)
    created_dirs: list[Path] = []
    try:
        for relative, data in sorted(writes.items()):
            staged = stage / "new" / relative
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(data)
        for relative in sorted(writes):
            target = docs_dir / relative
            for parent in reversed(target.relative_to(docs_dir).parents):
                folder = docs_dir / parent
                if not folder.exists():
                    folder.mkdir()
                    created_dirs.append(folder)
            backup = None
            if target.exists():
                backup = stage / "old" / relative
                backup.parent.mkdir(parents=True, exist_ok=True)
                os.replace(target, backup)
            moved.append((target, backup))
            os.replace(stage / "new" / relative, target)
    except BaseException:
        _rollback(moved, created_dirs)
        raise
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _rollback(moved: list[tuple[Path, Path | None]], created_dirs: list[Path]) -> None:
    for target, backup in reversed(moved):
        if backup is not None and backup.exists():
            os.replace(backup, target)
        elif backup is None and target.exists():
            target.unlink()
    for folder in reversed(created_dirs):
        with contextlib.suppress(OSError):
            folder.rmdir()
