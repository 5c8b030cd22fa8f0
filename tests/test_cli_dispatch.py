"""The `podium` command itself: help, version, usage errors, other parts' sub-commands."""

from __future__ import annotations

import pytest
from cli_support import run_podium


def test_help_lists_the_commands(tmp_path):
    result = run_podium("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in ("new", "init", "check", "docs-reference"):
        assert command in result.stdout


def test_version(tmp_path):
    from podium import __version__

    result = run_podium("--version", cwd=tmp_path)
    assert result.stdout.strip() == f"podium {__version__}"


@pytest.mark.parametrize(
    "args",
    [(), ("new",), ("new", "poem", "x"), ("check", "--format", "xml"), ("new", "event", "x")],
)
def test_usage_errors_exit_2_without_traceback(tmp_path, args):
    result = run_podium(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "usage: podium" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_import_is_wired_when_the_importers_are_installed(tmp_path):
    result = run_podium("import", "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "mastodon" in result.stdout
