"""Two engines: the demo built by ``mkdocs build`` and by ``properdocs build`` is the same site.

Both commands run as a user types them (README "Engines"), in a copy of the demo, one after
the other with one card cache: MkDocs renders the cards, ProperDocs reuses them, so the
comparison also covers the cache. The only allowed difference is the generator's name in
Material's ``<meta name="generator">`` tag.
"""

from __future__ import annotations

import difflib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from cli_support import podium_env
from helpers import ROOT, build_site

GENERATOR = re.compile(rb'<meta name="generator" content="([^"]*)">')


def require_properdocs() -> None:
    """Skip without ProperDocs, except under CI=true (the test extra installs it)."""
    if importlib.util.find_spec("properdocs") is not None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail('ProperDocs is missing (pip install -e ".[test]" installs it)')
    pytest.skip("ProperDocs is not installed")


def copy_demo(target: Path) -> Path:
    for name in ("docs", "overrides"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def build(engine: str, project: Path) -> Path:
    """``<engine> build --strict`` in ``project``; the built ``site/`` moved aside."""
    done = subprocess.run(
        [sys.executable, "-m", engine, "build", "--strict"],
        cwd=project,
        env=podium_env(PODIUM_NOW=os.environ["PODIUM_NOW"], NO_MKDOCS_2_WARNING="1"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"{engine} build --strict failed:\n{done.stderr[-3000:]}"
    return (project / "site").rename(project / f"site-{engine}")


def tree(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def generators(files: dict[str, bytes]) -> set[bytes]:
    return {match for data in files.values() for match in GENERATOR.findall(data)}


def normalised(data: bytes) -> bytes:
    return GENERATOR.sub(b'<meta name="generator" content="ENGINE">', data)


def first_difference(name: str, left: bytes, right: bytes) -> str:
    try:
        lines = difflib.unified_diff(
            left.decode().splitlines(),
            right.decode().splitlines(),
            "mkdocs",
            "properdocs",
            n=0,
            lineterm="",
        )
        return f"{name}:\n" + "\n".join(list(lines)[2:8])
    except UnicodeDecodeError:
        return f"{name}: binary files differ ({len(left)} and {len(right)} bytes)"


def test_demo_is_the_same_site_with_mkdocs_and_properdocs(tmp_path):
    require_properdocs()
    project = copy_demo(tmp_path / "demo")
    by_mkdocs = tree(build("mkdocs", project))
    by_properdocs = tree(build("properdocs", project))

    # Each engine really built its own tree: the generator tags name it.
    assert generators(by_mkdocs) and all(
        tag.startswith(b"mkdocs-1.") for tag in generators(by_mkdocs)
    )
    assert generators(by_properdocs) and all(
        b"ProperDocs" in tag for tag in generators(by_properdocs)
    )

    assert sorted(by_mkdocs) == sorted(by_properdocs), (
        f"only by mkdocs: {sorted(set(by_mkdocs) - set(by_properdocs))}; "
        f"only by properdocs: {sorted(set(by_properdocs) - set(by_mkdocs))}"
    )
    differences = [
        first_difference(name, by_mkdocs[name], by_properdocs[name])
        for name in sorted(by_mkdocs)
        if normalised(by_mkdocs[name]) != normalised(by_properdocs[name])
    ]
    assert not differences, "\n".join(differences)
    assert len(by_mkdocs) > 100  # the whole demo, cards and feeds included


HOME = """\
---
template: podium/home.html
---
Ada writes about the grid.
"""
MISSING = "Podium's plugins did not run"


PAGE_TEMPLATES = sorted(
    path.relative_to(ROOT / "overrides").as_posix()
    for path in (ROOT / "overrides" / "podium").rglob("*.html")
    if '{% extends "main.html" %}' in path.read_text(encoding="utf-8")
)


def test_podium_templates_explain_when_the_plugins_did_not_run(tmp_path):
    # Podium's overrides/ as custom_dir, but no podium/* plugin: what an engine that runs no
    # MkDocs plugins would do with a Podium mkdocs.yml. Every page template is tried.
    assert "podium/home.html" in PAGE_TEMPLATES and len(PAGE_TEMPLATES) >= 5
    files = {"index.md": HOME, "plain.md": "# Plain\n\nA page with Material's own layout.\n"}
    for number, template in enumerate(PAGE_TEMPLATES):
        files[f"page{number}.md"] = f"---\ntemplate: {template}\n---\nBody of {template}.\n"
    result = build_site(tmp_path, files, {"plugins": ["search"]}, strict=True, authors=None)
    assert result.error is None, result.error
    pages = {"": "Ada writes about the grid."}
    pages |= {f"page{n}/": f"Body of {template}." for n, template in enumerate(PAGE_TEMPLATES)}
    for url, text in pages.items():
        article = result.html(url).select_one("article.md-content__inner")
        note = article.select_one(".podium-plugins-missing")
        assert note is not None and MISSING in note.get_text(), url
        assert "properdocs build" in note.get_text() and "mkdocs.yml" in note.get_text()
        assert text in article.get_text()  # the author's words still show
    plain = result.html("plain/")
    assert plain.select_one(".podium-plugins-missing") is None
    assert "Material's own layout" in plain.select_one("article").get_text()


def test_podium_templates_render_normally_with_the_plugins(tmp_path):
    result = build_site(tmp_path, {"index.md": HOME}, strict=True)
    assert result.error is None, result.warnings()
    home = result.html("")
    assert home.select_one(".podium-plugins-missing") is None
    assert home.select_one(".podium-hero .p-name").get_text(strip=True) == "Ada Example"


def readme_engines_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Engines\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, re.S)
    return [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]


def test_readme_engines_commands_are_the_ones_tested_here():
    assert readme_engines_commands() == [
        'pip install -e ".[properdocs]"',
        "properdocs build --strict",  # test_demo_is_the_same_site_with_mkdocs_and_properdocs
        "NO_MKDOCS_2_WARNING=1 mkdocs build --strict",  # the test below
    ]
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    properdocs = extras["optional-dependencies"]["properdocs"]
    assert properdocs and set(properdocs) <= set(extras["optional-dependencies"]["test"])


def test_no_mkdocs_2_warning_silences_materials_notice(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: X\ntheme: material\n", encoding="utf-8")

    def notice(**env: str) -> bool:
        clean = {k: v for k, v in podium_env(**env).items() if k != "NO_MKDOCS_2_WARNING"}
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict"],
            cwd=tmp_path,
            env=clean | env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return "end of life" in done.stderr

    assert notice()  # Material prints it on a plain `mkdocs build`...
    assert not notice(NO_MKDOCS_2_WARNING="1")  # ...and not with the variable set
