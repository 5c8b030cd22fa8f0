"""The seam between the core and the engine: only ``podium/mkdocs/`` imports MkDocs.

A second adapter (another engine) reuses everything else, so nothing else may need MkDocs
(CONTRIBUTING.md, "A second engine").
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from cli_support import PLUGINS, podium_env

PACKAGE = PLUGINS / "podium"
ADAPTER = PACKAGE / "mkdocs"
# Outside the adapter, only these may import MkDocs, each for a stated reason.
ALLOWED = {
    # `podium docs-reference` describes each plugin option's type from its MkDocs Config class.
    "podium/authoring/reference.py",
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PLUGINS).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth (lazy imports in functions included)."""
    package = module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    return imports_in(path.read_text(encoding="utf-8"), package)


def imports_in(source: str, package: str) -> set[str]:
    """Modules ``source`` imports, relative ones resolved against ``package``."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(str(node.args[0].value))
    return found


def needs_mkdocs(module: str) -> bool:
    return module.split(".")[0] == "mkdocs" or module.startswith("podium.mkdocs")


def core_files() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if ADAPTER not in path.parents)


def test_only_the_adapter_imports_mkdocs():
    files = core_files()
    assert len(files) > 50 and not any(ADAPTER in path.parents for path in files)
    importers = {
        path.relative_to(PLUGINS).as_posix(): sorted(filter(needs_mkdocs, imported_modules(path)))
        for path in files
    }
    offenders = {name: modules for name, modules in importers.items() if modules}
    # Exactly the allowed ones: an entry that no longer imports MkDocs must go.
    assert set(offenders) == ALLOWED, offenders


def test_the_import_scan_sees_every_form_a_slip_would_take():
    slips = {
        "import mkdocs": "mkdocs",
        "def f():\n    from mkdocs.config import base": "mkdocs.config",
        "from ..mkdocs import slots": "podium.mkdocs",
        "from ..mkdocs.hub_access import require_hub": "podium.mkdocs.hub_access",
        "import importlib\nimportlib.import_module('mkdocs.utils')": "mkdocs.utils",
    }
    for source, module in slips.items():
        found = imports_in(source, "podium.share")
        assert module in found and any(map(needs_mkdocs, found)), source
    assert not any(map(needs_mkdocs, imports_in("from ..core import hub", "podium.share")))


def test_importing_every_core_module_loads_no_mkdocs():
    # Allowed files import MkDocs only inside the function that needs it: importing the
    # whole core, them included, must not load it.
    modules = [module_name(path) for path in core_files()]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'mkdocs'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=podium_env(), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", f"MkDocs loaded by the core: {done.stdout}"
    assert len(modules) > 50
