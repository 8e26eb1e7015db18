"""``playbook check --format``: the same problems as text, JSON and GitHub workflow commands; the pull-request
workflows that use them and the pre-commit hook."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from playbook_builder.commands import main
from playbook_builder.problems import Location, Problem
from playbook_builder.reports import as_github

from conftest import REPO, line_of, replace_in

SEVERITY = "mistakes.0.severity: input should be 'critical', 'high', 'medium' or 'low'"


def broken(content: Path) -> int:
    """Break the fixture twice: a bad value at a known line, and an empty file (a problem with no position)."""
    replace_in(content / "alpha.yml", "severity: high", "severity: huge")
    (content / "gamma.yml").write_text("", encoding="utf-8")
    return line_of(content / "alpha.yml", "severity: huge")


def check(content: Path, style: str) -> tuple[int, str, str]:
    """Run the check from the folder above the content, as in a repository, so paths start with checklists/."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(content.parent)
        result = CliRunner().invoke(main, ["check", "--checklists", "checklists", "--format", style])
    return result.exit_code, result.stdout, result.stderr


def test_text_is_unchanged(content: Path) -> None:
    line = broken(content)
    code, out, err = check(content, "text")
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"checklists/alpha.yml:{line}:15: invalid-value: {SEVERITY}",
        "checklists/gamma.yml: empty-file: the file has no content",
        "2 problems found in the playbook content.",
    ]


def test_json_lists_every_problem(content: Path) -> None:
    line = broken(content)
    code, out, _ = check(content, "json")
    assert code == 1
    assert json.loads(out) == [
        {"file": "checklists/alpha.yml", "line": line, "column": 15, "rule": "invalid-value", "severity": "error",
         "message": SEVERITY},
        {"file": "checklists/gamma.yml", "line": None, "column": None, "rule": "empty-file", "severity": "error",
         "message": "the file has no content"},
    ]
    replace_in(content / "alpha.yml", "severity: huge", "severity: high")
    (content / "gamma.yml").unlink()
    code, out, err = check(content, "json")
    assert (code, json.loads(out)) == (0, []) and err.startswith("OK: ")  # stdout holds the JSON alone


def test_github_annotates_each_line(content: Path) -> None:
    line = broken(content)
    code, out, _ = check(content, "github")
    assert code == 1
    assert out.splitlines() == [
        f"::error file=checklists/alpha.yml,line={line},col=15,title=invalid-value::{SEVERITY}",
        "::error file=checklists/gamma.yml,title=empty-file::the file has no content",
    ]


def test_github_escapes_as_documented() -> None:
    problem = Problem(Location("a,b:c%.yml", 3, 4), "yaml-syntax", "100% wrong\r\nhere: a, b", warning=True)
    assert as_github(problem) == ("::warning file=a%2Cb%3Ac%25.yml,line=3,col=4,title=yaml-syntax::"
                                  "100%25 wrong%0D%0Ahere: a, b")


def _steps(path: Path) -> list[str]:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert workflow[True] == {"pull_request": None, "workflow_dispatch": None}  # YAML 1.1 reads `on` as True
    assert workflow["permissions"] == {"contents": "read"}  # nothing is published
    (job,) = workflow["jobs"].values()
    return [step.get("run") or step.get("uses") for step in job["steps"]]


def test_pull_request_workflows_check_with_annotations_and_build_strictly() -> None:
    for path, install in [(REPO / ".github" / "workflows" / "check.yml", "pip install ."),
                          (REPO / "playbook_builder" / "templates" / "init" / "github" / "workflows" / "check.yml",
                           "pip install -r requirements.txt")]:
        steps = _steps(path)
        # the actions' versions are Renovate's to raise; what matters is which actions run, in this order
        assert [step.split("@")[0] for step in steps[:2]] == ["actions/checkout", "actions/setup-python"], path
        assert steps[2:] == [install, "playbook check --format github", "playbook build --strict"], path


def test_pre_commit_hook() -> None:
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "playbook-check" and hook["entry"] == "playbook check"
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    assert all(re.search(hook["files"], name) for name in ["checklists/alpha.yml", "overlay/overlay.yaml"])
    assert not re.search(hook["files"], "README.md")
    assert "id: playbook-check" in (REPO / "content" / "customize" / "index.md").read_text(encoding="utf-8")
