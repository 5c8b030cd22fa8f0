"""A hub made by `podium init` deploys as it is: in a new virtual environment, the exact
install, check and build steps of its own workflow succeed, with only the hub's files.

Needs the package index (Podium's dependencies are downloaded); Podium itself comes from the
wheel that `podium init` packed into the hub.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from cli_support import run_podium

NOW = "2026-03-14T10:00:00+00:00"

pytestmark = pytest.mark.network


def workflow_steps(hub: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Step name -> its ``run`` script, and the env, from the hub's own publish workflow."""
    workflow = yaml.safe_load((hub / ".github/workflows/publish.yml").read_text("utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    return {step["name"]: step["run"] for step in steps if "run" in step}, workflow.get("env", {})


def test_a_new_hub_installs_with_its_workflow_and_builds_strict(tmp_path: Path):
    made = run_podium("init", "hub", "--site-url", "https://hub.example.com/", cwd=tmp_path,
                      PODIUM_NOW=NOW)  # fmt: skip
    assert made.returncode == 0, made.stderr
    # Only the hub's own files, somewhere else: nothing of this checkout is reachable.
    hub = tmp_path / "runner" / "hub"
    shutil.copytree(tmp_path / "hub", hub)
    venv = tmp_path / "runner" / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PODIUM_NOW"}
    }
    steps, workflow_env = workflow_steps(hub)
    assert workflow_env.get("NO_MKDOCS_2_WARNING")
    env.update({key: str(value) for key, value in workflow_env.items()})
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    env["VIRTUAL_ENV"] = str(venv)
    env["PODIUM_NOW"] = NOW
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"

    def step(name: str, timeout: int) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-eo", "pipefail", "-c", steps[name]],
            cwd=hub,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    installed = step("Install Podium", 900)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import podium; print(podium.__file__)"],
        cwd=hub, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert str(venv) in where.stdout, where.stdout + where.stderr
    checked = step("Check content", 300)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    built = step("Build", 600)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert (hub / "site" / "articles" / "welcome" / "index.html").is_file()
    assert (hub / "site" / "feed.xml").is_file() or any((hub / "site").glob("**/*.xml"))
