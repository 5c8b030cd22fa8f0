"""CONTRIBUTING.md stays true: its commands match CI, and its "I want to change" map points
at files that exist, one step for each thing a newcomer looks for first."""

import re

from helpers import ROOT

CONTRIBUTING = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _map_rows() -> dict[str, list[str]]:
    section = CONTRIBUTING.split("## I want to change", 1)[1].split("\n#", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 2 and cells[1].startswith("`"):
            rows[cells[0]] = re.findall(r"`([^`]+)`", cells[1])
    return rows


def test_every_file_in_the_map_exists():
    rows = _map_rows()
    assert len(rows) >= 20
    missing = [
        path
        for paths in rows.values()
        for path in paths
        if "<" not in path and "/" in path and not (ROOT / path).exists()
    ]
    assert missing == []


def test_the_map_finds_the_first_things_in_one_step():
    rows = _map_rows()
    for wanted in ["tag", "X card", "LinkedIn import", "JSON Feed"]:
        matches = [paths for name, paths in rows.items() if wanted in name]
        assert matches, wanted
        assert len(matches[0]) == 1, f"{wanted}: one file, not {matches[0]}"


def test_ci_lints_and_runs_the_readme_test_command_verbatim():
    readme_command = 'pip install -e ".[test]" && python -m pytest'
    assert readme_command in README
    assert readme_command in CI
    assert "ruff check plugins tests bench" in CI
    assert "ruff format --check plugins tests bench" in CI
    assert "ruff check plugins tests bench" in CONTRIBUTING
