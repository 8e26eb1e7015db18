"""The playbook command: help, check, new, and its errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from playbook_builder.commands import main

from conftest import FIXTURE, write_project


@pytest.fixture
def run():
    def invoke(*args: str):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return invoke


def test_help_names_every_command(run) -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("build", "check", "new", "serve"):
        assert command in result.output
    for command in ("build", "check", "new", "serve"):
        assert run(command, "--help").exit_code == 0


def test_check_passes_on_the_fixture(run) -> None:
    result = run("check", "--checklists", str(FIXTURE))
    assert result.exit_code == 0, result.output
    assert "OK: Test Playbook 0.3.0: 2 checklists, 3 mistakes, 3 questions, 2 sources, 1 case studies." in result.output


def test_check_reads_the_content_folder_from_mkdocs_yml(run, tmp_path: Path, monkeypatch) -> None:
    write_project(tmp_path, FIXTURE)
    monkeypatch.chdir(tmp_path)
    result = run("check")
    assert result.exit_code == 0, result.output


def test_check_reports_every_problem_and_fails(run, content: Path) -> None:
    alpha = content / "alpha.yml"
    alpha.write_text(alpha.read_text().replace("owner: manager", "owner: boss").replace("order: 1", "order: x"))
    (content / "beta.yml").write_text("id: beta\nid: again\n")
    result = run("check", "--checklists", str(content))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "alpha.yml:4:8: wrong-type:" in result.output
    assert "beta.yml:2:1: duplicate-key:" in result.output
    assert "problems found in the playbook content." in result.output


def test_check_without_config_says_what_to_do(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("check")
    assert result.exit_code == 1
    assert "no MkDocs configuration at mkdocs.yml" in result.output


def test_missing_content_folder(run, tmp_path: Path) -> None:
    result = run("check", "--checklists", str(tmp_path / "nope"))
    assert result.exit_code == 1
    assert "missing-file: the content folder does not exist" in result.output


def test_new_scaffolds_a_checklist_that_check_guides_you_through(run, content: Path) -> None:
    result = run("new", "gamma", "--code", "GAM", "--title", "Gamma: phase", "--checklists", str(content))
    assert result.exit_code == 0, result.output
    created = content / "gamma.yml"
    assert created.is_file()
    header = created.read_text().splitlines()[0]
    assert header.startswith("# yaml-language-server: $schema=") and header.endswith("/schema/checklist.schema.json")
    assert (content / header.split("=", 1)[1]).resolve().is_file()  # the schema the editor is pointed at exists
    result = run("check", "--checklists", str(content))
    assert result.exit_code == 1
    assert "gamma.yml:8:10: placeholder-text:" in result.output  # the summary TODO


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Bad_Id", "--code", "GAM", "--title", "x"], "is not a valid id"),
        (["gamma", "--code", "gam", "--title", "x"], "is not a valid code"),
        (["alpha", "--code", "ALP", "--title", "x"], "already exists"),
    ],
)
def test_new_refuses_bad_arguments(run, content: Path, args: list[str], message: str) -> None:
    result = run("new", *args, "--checklists", str(content))
    assert result.exit_code == 1
    assert message in result.output
