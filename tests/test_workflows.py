"""The GitHub test workflow: runs on GitHub's runners, with Playwright's Chromium there."""

from __future__ import annotations

import re

import yaml
from cli_support import REPO


def test_github_tests_install_playwright_chromium_and_run_the_readme_command():
    workflow = yaml.safe_load((REPO / ".github/workflows/tests.yml").read_text(encoding="utf-8"))
    job = workflow["jobs"]["tests"]
    assert job["runs-on"].startswith("ubuntu-")
    assert job["env"]["CI"] == "true" and job["env"]["PODIUM_CHROMIUM"] == "playwright"
    assert job["env"]["NO_MKDOCS_2_WARNING"]
    runs = [step["run"] for step in job["steps"] if "run" in step]
    # The README's test command, split over two steps with the browser install between.
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    install, test = re.search(
        r"\n(pip install -e \"\.\[test\]\") && (python -m pytest)\n", readme
    ).groups()
    assert runs == [install, "python -m playwright install --with-deps chromium", test]
    # .ci/run keeps Debian's package and runs the same command.
    ci = (REPO / ".ci/run").read_text(encoding="utf-8")
    assert "apt-get install" in ci and "chromium" in ci and f"{install} && {test}" in ci
    assert "PODIUM_CHROMIUM" not in ci
