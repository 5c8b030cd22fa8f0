"""Each concern has exactly one implementation in ``plugins/podium`` (DESIGN.md, "One owner
per concern"). A second copy makes one of these fail, naming the files, so it is merged into
the owner instead of drifting from it."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

from helpers import ROOT

PACKAGE = ROOT / "plugins" / "podium"
SOURCES = {
    path.relative_to(PACKAGE).as_posix(): path.read_text(encoding="utf-8")
    for path in sorted(PACKAGE.rglob("*.py"))
}


def _defining(name: str) -> list[str]:
    """Modules with a top-level function ``name``."""
    found = []
    for module, text in SOURCES.items():
        tree = ast.parse(text)
        if any(isinstance(node, ast.FunctionDef) and node.name == name for node in tree.body):
            found.append(module)
    return found


def _matching(pattern: str) -> list[str]:
    return [module for module, text in SOURCES.items() if re.search(pattern, text)]


def test_one_function_per_shared_helper():
    owners = {
        "slugify": "core/slugs.py",
        "t": "core/i18n.py",
        "locale_chain": "core/i18n.py",
        "format_day": "core/i18n.py",
        "language_name": "core/i18n.py",
        "parse_zone": "core/settings.py",
        "content_settings": "core/settings.py",
        "load_located": "core/yaml_reader.py",
        "split_front_matter": "core/yaml_reader.py",
        "read_yaml": "core/yaml_reader.py",
        "display_name": "core/platforms.py",
        "intent_url": "share/intents.py",
        "page_info": "meta/page_kinds.py",
        "plan_wall": "highlights/wall.py",
    }
    found = {name: _defining(name) for name in owners}
    assert found == {name: [module] for name, module in owners.items()}


def test_no_second_slug_maker_or_string_lookup_under_another_name():
    # authoring.file_slugs adds the command line's policy (an error instead of no name) and
    # importers name files after a post's text without its links; both call core.slugs.
    makers = _matching(r"\ndef (slugify\w*|\w*_slug)\(")
    assert set(makers) <= {
        "core/slugs.py",
        "authoring/file_slugs.py",
        "importers/highlight_file.py",
    }
    for module in makers:
        assert module == "core/slugs.py" or "slugify(" in SOURCES[module]
    # string tables are data; only core.i18n looks words up
    assert _matching(r"def (translate\w*|strings_for|\w+_strings|\w+_text)\(.*lang") == [
        "core/i18n.py"
    ]


def test_one_yaml_loader_and_one_time_zone_check():
    assert _matching(r"yaml\.(safe_load|load|full_load|compose)\(|SafeLoader\(") == [
        "core/yaml_reader.py"
    ]
    assert _matching(r"\bZoneInfo\(") == ["core/settings.py"]
    assert _matching(r"\bContentSettings\(") == ["core/settings.py"]


def test_one_platform_table():
    # Display names, domains and intent endpoints live in the registry only.
    for literal in ['"LinkedIn"', '"Hacker News"', "x.com/intent", "bsky.app/", "threads.com"]:
        assert _matching(re.escape(literal)) == ["core/platforms.py"], literal
    assert _matching(r"threads\.net") == []


def test_one_locale_normaliser():
    # Only core.i18n knows that Nynorsk readers read Bokmål.
    assert _matching(r"[\"']nn[\"']") == ["core/i18n.py"]


def test_plugins_use_typed_access_not_shape_guessing():
    assert _matching(r"getattr\([^)]*[\"'](cards_for|config|about_page|authors_file)[\"']") == []
    adapters = [m for m in _matching(r"getattr\(") if m.startswith("mkdocs/")]
    assert adapters == []


def test_one_problem_type():
    assert _matching(r"class \w*Problem\b") == ["core/errors.py"]


def test_imports_of_the_package_never_fail_silently():
    silent = []
    for module, text in SOURCES.items():
        for match in re.finditer(
            r"try:\n(?P<body>(?:\s+.*\n){1,4}?)\s+except (ImportError|ModuleNotFoundError)", text
        ):
            if "podium" in match.group("body"):
                silent.append(module)
    assert silent == []


def test_modules_are_named_by_their_job():
    # One name per job; the adapter's per-plugin files and each package's own error type
    # are the only names that repeat.
    allowed = {"__init__.py", "plugin.py", "config.py", "errors.py"}
    names = Counter(Path(module).name for module in SOURCES)
    assert {name for name, count in names.items() if count > 1} <= allowed
