"""The GitHub Pages workflow: valid YAML, the right steps, one source of truth."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from cli_support import REPO
from podium.authoring.scaffold import template_text

WORKFLOW = REPO / ".github" / "workflows" / "publish.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_repository_copy_is_the_shipped_template():
    assert WORKFLOW.read_text(encoding="utf-8") == template_text("publish.yml")


def test_triggers_include_push_schedule_and_manual(workflow):
    # PyYAML reads the key `on` as True (YAML 1.1); GitHub reads it as "on".
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["push"]["branches"] == ["main"]
    assert triggers["schedule"][0]["cron"].split()[2:] == ["*", "*", "*"]  # daily
    assert "workflow_dispatch" in triggers


def test_permissions_allow_pages_deployment(workflow):
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def steps(job: dict) -> list[dict]:
    return job["steps"]


def index_of(job_steps: list[dict], predicate) -> int:
    matches = [number for number, step in enumerate(job_steps) if predicate(step)]
    assert matches, "step not found"
    return matches[0]


def test_build_job_checks_builds_and_uploads_in_order(workflow):
    build = steps(workflow["jobs"]["build"])
    uses = lambda name: lambda step: step.get("uses", "").startswith(name)  # noqa: E731
    runs = lambda text: lambda step: text in step.get("run", "")  # noqa: E731

    checkout = build[index_of(build, uses("actions/checkout@"))]
    assert checkout["with"]["fetch-depth"] == 0  # full history: git dates
    cache = build[index_of(build, uses("actions/cache@"))]
    assert cache["with"]["path"] == ".cache/podium"
    assert cache["with"]["restore-keys"].strip()
    upload = build[index_of(build, uses("actions/upload-pages-artifact@"))]
    assert upload["with"]["path"] == "site"

    order = [
        index_of(build, uses("actions/checkout@")),
        index_of(build, uses("actions/setup-python@")),
        index_of(build, runs("pip install")),
        index_of(build, uses("actions/cache@")),
        index_of(build, runs("podium check")),
        index_of(build, runs("mkdocs build --strict")),
        index_of(build, uses("actions/upload-pages-artifact@")),
    ]
    assert order == sorted(order)


def test_build_job_silences_materials_end_of_life_notice(workflow):
    # Material prints the notice unless this variable is set (README, "Engines").
    assert workflow["jobs"]["build"]["env"]["NO_MKDOCS_2_WARNING"] == "1"


def test_deploy_job_uses_the_official_action_and_environment(workflow):
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    step = deploy["steps"][0]
    assert step["uses"].startswith("actions/deploy-pages@")
    expected = "${{ steps." + step["id"] + ".outputs.page_url }}"
    assert deploy["environment"]["url"] == expected


def test_init_writes_the_same_workflow(tmp_path: Path):
    from datetime import date

    from podium.authoring.scaffold import write_hub

    write_hub(tmp_path / "hub", site_name="X", site_url="https://x.org/", author="X Y",
              day=date(2026, 1, 1))  # fmt: skip
    written = (tmp_path / "hub" / ".github" / "workflows" / "publish.yml").read_text("utf-8")
    assert written == WORKFLOW.read_text(encoding="utf-8")
