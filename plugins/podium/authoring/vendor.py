"""Pack the running Podium into a wheel inside a new hub, so its workflow installs exactly
the Podium that made it (``pip install -r requirements.txt`` on a fresh runner).

Podium is not on the package index under the name ``podium``, and the way it was installed
varies (an editable checkout, a wheel, a VCS URL), so the hub carries its own copy. Written
with ``zipfile`` rather than ``pip wheel``/``build``: those need the source tree and a build
backend, while this repacks the installed package and its metadata as they are, offline.
The archive is deterministic (fixed timestamps, sorted entries): the same Podium gives the
same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import zipfile
from importlib import metadata
from pathlib import Path

import podium

_EPOCH = (1980, 1, 1, 0, 0, 0)
_SKIPPED_PARTS = {"__pycache__"}
_SKIPPED_SUFFIXES = {".pyc", ".pyo"}


def wheel_name() -> str:
    """``podium-<version>-py3-none-any.whl`` for the running Podium."""
    return f"podium-{_version()}-py3-none-any.whl"


def _version() -> str:
    project = _source_project()
    if project is not None:
        return str(project["version"])
    try:
        return metadata.version("podium")
    except metadata.PackageNotFoundError:  # run from a checkout without installing
        return "0.0.0"


def _source_project() -> dict | None:
    """``[project]`` of the checkout Podium runs from (editable install or PYTHONPATH),
    which is newer than the installed metadata when the checkout has changed since."""
    import tomllib

    pyproject = Path(podium.__file__).resolve().parents[2] / "pyproject.toml"
    if not pyproject.is_file():
        return None
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        return None
    return project if project.get("name") == "podium" else None


def _metadata_from(project: dict) -> tuple[str, str]:
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {project['name']}",
        f"Version: {project['version']}",
        f"Summary: {project.get('description', '')}",
        f"Requires-Python: {project.get('requires-python', '>=3.11')}",
    ]
    lines += [f"Requires-Dist: {requirement}" for requirement in project.get("dependencies", [])]
    for extra, requirements in sorted(project.get("optional-dependencies", {}).items()):
        lines.append(f"Provides-Extra: {extra}")
        lines += [f'Requires-Dist: {item}; extra == "{extra}"' for item in requirements]
    points = []
    for command, target in sorted(project.get("scripts", {}).items()):
        points.append(("console_scripts", command, target))
    for group, entries in sorted(project.get("entry-points", {}).items()):
        points += [(group, name, target) for name, target in sorted(entries.items())]
    text = ""
    for group in dict.fromkeys(group for group, _, _ in points):
        text += f"[{group}]\n"
        text += "".join(f"{name} = {target}\n" for g, name, target in points if g == group)
        text += "\n"
    return "\n".join(lines) + "\n", text


def _metadata_text() -> tuple[str, str]:
    """METADATA and entry_points.txt: from the checkout's pyproject.toml when Podium runs
    from one, else those of the installed distribution."""
    project = _source_project()
    if project is not None:
        return _metadata_from(project)
    try:
        dist = metadata.distribution("podium")
    except metadata.PackageNotFoundError:
        dist = None
    meta = (dist.read_text("METADATA") if dist else None) or (
        f"Metadata-Version: 2.1\nName: podium\nVersion: {_version()}\n"
    )
    points = (dist.read_text("entry_points.txt") if dist else None) or ""
    return meta, points


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def package_files() -> list[tuple[str, bytes]]:
    """Every file of the ``podium`` package (symlinked folders followed), sorted."""
    root = Path(podium.__file__).resolve().parent
    found = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if set(relative.parts) & _SKIPPED_PARTS or path.suffix in _SKIPPED_SUFFIXES:
            continue
        if path.is_file():
            found.append(((Path("podium") / relative).as_posix(), path.read_bytes()))
    # rglob does not enter symlinked folders (templates -> overrides): walk those too.
    for link in sorted(p for p in root.rglob("*") if p.is_symlink() and p.is_dir()):
        target = link.resolve()
        for path in sorted(target.rglob("*")):
            if path.is_file() and path.suffix not in _SKIPPED_SUFFIXES:
                inside = link.relative_to(root) / path.relative_to(target)
                found.append(((Path("podium") / inside).as_posix(), path.read_bytes()))
    return sorted(dict(found).items())


def write_wheel(folder: Path) -> Path:
    """Write the running Podium as a wheel into ``folder``; returns its path."""
    version = _version()
    info = f"podium-{version}.dist-info"
    meta, points = _metadata_text()
    entries = package_files()
    entries.append((f"{info}/METADATA", meta.encode("utf-8")))
    if points:
        entries.append((f"{info}/entry_points.txt", points.encode("utf-8")))
    wheel = "Wheel-Version: 1.0\nGenerator: podium init\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    entries.append((f"{info}/WHEEL", wheel.encode("utf-8")))
    record = [_record_line(name, data) for name, data in entries] + [f"{info}/RECORD,,"]
    entries.append((f"{info}/RECORD", ("\n".join(record) + "\n").encode("utf-8")))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / wheel_name()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            item = zipfile.ZipInfo(name, date_time=_EPOCH)
            item.compress_type = zipfile.ZIP_DEFLATED
            item.external_attr = 0o644 << 16
            archive.writestr(item, data)
    return target
