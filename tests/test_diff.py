"""``playbook diff`` and the release rules: every kind of change between two editions, in each format, from
folders, playbook.json files and git revisions; the changelog and its "What's new" page; the version check."""

from __future__ import annotations

import copy
import json
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from playbook_builder.commands import main
from playbook_builder.compare import compare, render, version_problems
from playbook_builder.compare.changes import items
from playbook_builder.load import load_playbook
from playbook_builder.problems import ContentError, Location
from playbook_builder.render.changelog import changelog_pages
from playbook_builder.render.exports import playbook_data
from playbook_builder.render.pages import render_pages

from conftest import FIXTURE, replace_in


@cache
def _fixture_data() -> str:
    playbook, _ = load_playbook(FIXTURE)
    return json.dumps(playbook_data(playbook))


def fixture_data() -> dict[str, Any]:
    return dict(json.loads(_fixture_data()), label="old")


def changed_edition() -> dict[str, Any]:
    """The fixture with one change of every kind: added, removed, retired and changed, across the item kinds."""
    new = copy.deepcopy(fixture_data())
    new.update(label="new", version="0.4.0")
    alpha = next(c for c in new["checklists"] if c["id"] == "alpha")
    cheapest = alpha["mistakes"][0]
    cheapest["severity"] = "critical"                                   # a changed mistake field
    cheapest["mitigations"][1]["owner"] = "buyer"                        # a changed mitigation
    cheapest["mitigations"].append({"id": "ALP-01-M3", "action": "Check references.", "owner": "buyer"})
    alpha["mistakes"] = [cheapest]                                       # ALP-02 goes, retired below
    new["retired"] = [{"id": "ALP-02", "since": "0.4.0", "replaced_by": ["ALP-01"], "reason": "Merged."}]
    new["questions"] = [q for q in new["questions"] if q["id"] != "ALP-Q2"]   # removed, not retired
    new["questions"][0]["levels"][0]["label"] = "Only the price counts."
    new["sources"][0]["title"] = "A Better Book About Vendors"
    new["sources"].append({"id": "new-study", "title": "A New Study", "author": "Lab", "year": 2024,
                           "url": "https://example.org/new"})
    new["cases"][0]["year"] = 2018
    new["scope"].append({"id": "sector", "question": "Which sector?", "options": [
        {"id": "public", "label": "Public"}, {"id": "private", "label": "Private"}]})
    new["scope"][0]["options"][0]["label"] = "A small business"
    return new


def test_every_kind_of_change_is_reported_field_by_field() -> None:
    comparison = compare(fixture_data(), changed_edition())
    found = {(c.kind, c.id, c.status): c for c in comparison.changes}
    assert set(found) == {
        ("mistakes", "ALP-01", "changed"), ("mistakes", "ALP-02", "retired"),
        ("mitigations", "ALP-01-M2", "changed"), ("mitigations", "ALP-01-M3", "added"),
        ("mitigations", "ALP-02-M1", "removed"),
        ("questions", "ALP-Q1", "changed"), ("questions", "ALP-Q2", "removed"),
        ("sources", "book-one", "changed"), ("sources", "new-study", "added"),
        ("cases", "widget-co", "changed"), ("facts", "size", "changed"), ("facts", "sector", "added"),
    }
    severity = found["mistakes", "ALP-01", "changed"].fields
    assert [(f.field, f.old, f.new) for f in severity] == [("severity", "high", "critical")]
    assert found["mitigations", "ALP-01-M2", "changed"].fields[0].new == "buyer"
    assert found["questions", "ALP-Q1", "changed"].fields[0].field == "levels"
    assert found["mistakes", "ALP-02", "retired"].retired == {"since": "0.4.0", "replaced_by": ["ALP-01"],
                                                             "reason": "Merged."}
    assert found["mistakes", "ALP-02", "retired"].label == "Skipping past work samples"
    assert compare(fixture_data(), fixture_data()).changes == []


def test_the_three_formats() -> None:
    comparison = compare(fixture_data(), changed_edition())
    text = render(comparison, "text")
    assert text.splitlines()[0] == "Test Playbook: 0.3.0 (old) → 0.4.0 (new)"
    assert "  ~ ALP-01  Choosing the cheapest bid\n      severity: high → critical" in text
    assert "  x ALP-02  Skipping past work samples\n      retired since 0.4.0, replaced by ALP-01: Merged." in text
    assert "  - ALP-Q2  Do you review past work before you choose?" in text
    assert "Scoping facts (scope)\n  ~ size  How big is your organisation?\n      options: " in text
    assert text.endswith("\n  + sector  Which sector?")
    markdown = render(comparison, "markdown")
    assert markdown.startswith("## 0.4.0\n\nChanges since 0.3.0: 3 added, 2 removed, 1 retired, 6 changed.")
    assert "### Mistakes\n\n- Changed **ALP-01** Choosing the cheapest bid: severity (high → critical)" in markdown
    assert "- Added **new-study** A New Study" in markdown
    data = json.loads(render(comparison, "json"))
    assert data["old"]["version"] == "0.3.0" and data["new"]["version"] == "0.4.0"
    assert {"kind": "cases", "id": "widget-co", "status": "changed", "label": "Widget Co helpdesk",
            "fields": [{"field": "year", "old": 2019, "new": 2018}], "retired": {}} in data["changes"]


def test_playbook_json_and_folders_are_the_same_edition(tmp_path: Path) -> None:
    exported = tmp_path / "playbook.json"
    exported.write_text(_fixture_data(), encoding="utf-8")
    assert items(json.loads(_fixture_data())) == items(fixture_data())
    result = CliRunner().invoke(main, ["diff", str(exported), str(FIXTURE), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["changes"] == []


def test_unreadable_editions_are_one_line_errors(tmp_path: Path, content: Path) -> None:
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    replace_in(content / "alpha.yml", "severity: high", "severity: [high")
    runner = CliRunner()
    for spec, expected in [(tmp_path / "bad.json", "cannot be read as playbook.json"),
                           (tmp_path / "nothing", "neither a content folder"),
                           (content, "yaml-syntax")]:
        result = runner.invoke(main, ["diff", str(FIXTURE), str(spec)])
        assert result.exit_code == 1 and expected in result.output and "Traceback" not in result.output


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(folder), "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
                   check=True, capture_output=True)


@pytest.fixture
def repository(tmp_path: Path, content: Path) -> Path:
    """A git repository holding the fixture in checklists/, its first commit tagged v0.3.0."""
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "checklists")
    git(tmp_path, "commit", "-q", "-m", "first")
    git(tmp_path, "tag", "v0.3.0")
    return tmp_path


def test_diff_of_git_revisions(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    replace_in(repository / "checklists" / "alpha.yml", "severity: high", "severity: critical")
    git(repository, "commit", "-q", "-am", "ALP-01 is critical")
    monkeypatch.chdir(repository)
    result = CliRunner().invoke(main, ["diff", "v0.3.0", "HEAD"])
    assert result.exit_code == 0, result.output
    assert "1 changed" in result.output and "severity: high → critical" in result.output
    missing = CliRunner().invoke(main, ["diff", "v0.3.0", "HEAD", "--checklists", "content"])
    assert missing.exit_code == 1 and "has no content/ folder" in missing.output


def test_version_check_against_the_last_tag(repository: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    root = repository / "checklists"
    playbook, _ = load_playbook(root)
    where = playbook.meta.where("version")

    def check(version: str = "0.3.0") -> list[str]:
        return [str(problem) for problem in version_problems(root, version, where)]

    assert check() == []                                                # nothing changed since the tag
    (root / "alpha.yml").write_text((root / "alpha.yml").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert check() == [f"{where}: version-bump: the content has changed since the release v0.3.0, but its version is "
                       f"still 0.3.0; raise it in playbook.yml and add the release to changelog.yml (playbook diff "
                       f"v0.3.0 HEAD --format markdown drafts the notes)"]
    assert check("0.4.0") == []                                         # the version moved on
    git(repository, "commit", "-q", "-am", "edited")
    assert len(check()) == 1                                            # committed since the tag
    git(repository, "tag", "v0.3.1")
    assert check() == []
    (root / "notes.txt").write_text("new\n", encoding="utf-8")
    assert len(check()) == 1                                            # a new, untracked file
    outside = tmp_path_factory.mktemp("no-git")
    assert version_problems(outside, "0.3.0", Location("playbook.yml")) == []  # not a repository: silent
    git(repository, "tag", "-d", "v0.3.0", "v0.3.1")
    assert check() == []                                                # no tags: silent


def test_playbook_check_shows_the_version_warning(repository: Path) -> None:
    replace_in(repository / "checklists" / "beta.yml", "title: ", "title: The ")
    result = CliRunner().invoke(main, ["check", "--checklists", str(repository / "checklists"), "--format", "github"])
    assert result.exit_code == 0, result.output
    assert "::warning file=" in result.stdout and "title=version-bump::the content has changed" in result.stdout


CHANGELOG = """releases:
  - version: 0.3.0
    date: 2026-01-31
    summary: Adds <b>nothing</b> [yet].
    notes:
      - One note.
  - version: 0.2.0
    date: 2025-12-01
    notes: [First.]
"""


def test_the_changelog_is_a_registry_with_its_page(content: Path) -> None:
    (content / "changelog.yml").write_text(CHANGELOG.replace("<b>nothing</b>", "nothing"), encoding="utf-8")
    playbook, _ = load_playbook(content)
    assert [release.version for release in playbook.releases] == ["0.3.0", "0.2.0"]
    page = render_pages(playbook, changelog_pages(playbook))["whats-new.md"]
    assert "This is version 0.3.0 of the playbook" in page
    assert "## 0.3.0 { #v0-3-0 }\n\n*Released 2026-01-31.* Adds nothing \\[yet\\]." in page
    assert "Adds nothing \\[yet\\].\n\n- One note.\n" in page and "## 0.2.0" in page  # a list, not a paragraph
    assert changelog_pages(load_playbook(FIXTURE)[0]) == {}  # no changelog, no page


def test_changelog_rules(content: Path) -> None:
    wrong = CHANGELOG.replace("0.2.0", "0.4.0").replace("<b>nothing</b>", "nothing")
    (content / "changelog.yml").write_text(wrong + "  - version: 0.4.0\n    date: 2025-01-01\n    notes: [Again.]\n",
                                           encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_playbook(content, display_root=content)
    assert [str(problem) for problem in error.value.problems] == [
        "changelog.yml:7:14: changelog: 0.4.0 is listed after 0.3.0; list releases newest first",
        "changelog.yml:7:14: changelog: 0.4.0 is newer than the playbook's version 0.3.0 (playbook.yml); raise "
        "that version too",
        "changelog.yml:10:14: changelog: the version 0.4.0 is listed twice",
        "changelog.yml:10:14: changelog: 0.4.0 is newer than the playbook's version 0.3.0 (playbook.yml); raise "
        "that version too",
    ]
