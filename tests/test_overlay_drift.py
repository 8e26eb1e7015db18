"""The drift report: an overlay pins the upstream items it changes or removes, and `playbook check` warns, field by
field, when upstream changes one of them later."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from playbook_builder.commands import main
from playbook_builder.commands.overlay import overlay as overlay_command
from playbook_builder.load import load_playbook
from playbook_builder.overlays import Overlay, pin
from playbook_builder.problems import ContentError, Problem

from conftest import line_of

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with a writable copy of the fixture playbook as upstream and the fixture overlay, pinned."""
    shutil.copytree(FIXTURES / "minimal", tmp_path / "upstream")
    shutil.copytree(FIXTURES / "overlay", tmp_path / "overlay")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Drift test\ndocs_dir: docs\ntheme:\n  name: material\n  font: false\n"
        "plugins:\n  - playbook:\n      checklists: upstream\n      overlays: [overlay]\n",
        encoding="utf-8",
    )
    return tmp_path


def load(project: Path) -> list[Problem]:
    overlay = Overlay(project / "overlay", display_root=project)
    return load_playbook(project / "upstream", mergers=[overlay], display_root=project)[1]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_pinned_overlay_on_unchanged_upstream_has_no_warnings(project: Path) -> None:
    assert load(project) == []


def test_an_unpinned_overlay_is_told_to_pin(project: Path) -> None:
    (project / "overlay" / "upstream.lock.yml").unlink()
    warnings = load(project)
    assert [(w.rule, w.warning) for w in warnings] == [("overlay-pin", True)]
    assert "9 item(s) you change or remove are not pinned (ALP-01, ALP-01-M2, BET-Q1, beta, report-two, manager, " \
           "widget-co, ALP-02, ALP-Q2)" in warnings[0].message
    assert str(warnings[0].location) == f"overlay/overlay.yml:{line_of(project / 'overlay/overlay.yml', 'ALP-01:')}:5"


def test_pin_records_the_upstream_version_and_values(project: Path) -> None:
    (project / "overlay" / "upstream.lock.yml").unlink()
    overlay = Overlay(project / "overlay", display_root=project)
    pin(project / "upstream", [overlay], display_root=project)
    lock = yaml.safe_load((project / "overlay" / "upstream.lock.yml").read_text(encoding="utf-8"))
    assert lock["upstream_version"] == "0.3.0"
    assert list(lock["items"]) == ["checklists", "mistakes", "mitigations", "questions", "sources", "roles", "cases"]
    assert lock["items"]["mistakes"]["ALP-01"]["severity"] == "high"  # upstream's value, not the overlay's
    assert "mitigations" not in lock["items"]["mistakes"]["ALP-01"]  # child items are pinned on their own
    assert lock["items"]["mistakes"]["ALP-02"]["title"] == "Skipping past work samples"  # removed items too
    assert "mistakes" not in lock["items"]["checklists"]["beta"]
    assert load(project) == []


def test_an_upstream_change_is_reported_field_by_field(project: Path) -> None:
    upstream = project / "upstream"
    edit(upstream / "playbook.yml", "version: 0.3.0", "version: 0.4.0")
    edit(upstream / "alpha.yml", "severity: high", "severity: medium")
    edit(upstream / "alpha.yml", "summary: You pick the vendor with the lowest price.",
         "summary: You pick the lowest bid without asking why it is low.")
    edit(upstream / "alpha.yml", "summary: You never see what the vendor has delivered before.",
         "summary: You never look at work the vendor delivered before.")
    warnings = load(project)
    assert [w.rule for w in warnings] == ["overlay-drift", "overlay-drift"]
    assert all(w.warning for w in warnings)
    overlay_file = project / "overlay" / "overlay.yml"
    changed, removed = warnings
    assert str(changed.location) == f"overlay/overlay.yml:{line_of(overlay_file, 'ALP-01:')}:5"
    assert changed.message.splitlines() == [
        "ALP-01, a mistake you change, has changed upstream since you pinned it (version 0.3.0, now 0.4.0):",
        '    severity (you override this field): was "high", now "medium"',
        '    summary: was "You pick the vendor with the lowest price.", now "You pick the lowest bid without asking '
        'why it is low."',
        "  Check that your change still makes sense, then run `playbook overlay pin` to accept the new upstream text.",
    ]
    assert str(removed.location) == f"overlay/overlay.yml:{line_of(overlay_file, 'mistakes: [ALP-02]')}:14"
    assert removed.message.startswith("ALP-02, a mistake you remove, has changed upstream")
    assert "Check that your removal still makes sense" in removed.message
    # Accepting the change: pin again, and the warnings are gone.
    pin(upstream, [Overlay(project / "overlay", display_root=project)], display_root=project)
    assert load(project) == []


def test_list_fields_and_new_fields_show_old_and_new(project: Path) -> None:
    edit(project / "upstream" / "beta.yml", "detects: [BET-01]", "detects: [BET-01, ALP-01]")
    edit(project / "upstream" / "roles.yml", "    title: Manager\n", "    title: Manager\n    description: Runs it.\n")
    messages = [w.message for w in load(project)]
    assert len(messages) == 2
    assert '    detects (you override this field): was ["BET-01"], now ["BET-01", "ALP-01"]' in messages[0]
    assert "(version 0.3.0):" in messages[0]  # same version: upstream changed without a release
    assert '    description: was (not set), now "Runs it."' in messages[1]


def test_rewrapping_text_is_not_a_change(project: Path) -> None:
    edit(project / "upstream" / "alpha.yml", "summary: You pick the vendor with the lowest price.",
         "summary: >-\n      You pick the vendor\n      with the lowest price.")
    assert load(project) == []


def test_an_item_gone_upstream_is_an_error_that_says_it_was_pinned(project: Path) -> None:
    edit(project / "upstream" / "sources.yml", "url: https://example.org/report-two",
         "url: https://example.org/report-two\n  - id: report-three\n    title: T\n    author: A\n    publisher: A\n    kind: web\n    year: 2022\n"
         "    url: https://example.org/3")
    edit(project / "upstream" / "sources.yml", "id: report-two", "id: report-2")
    with pytest.raises(ContentError) as caught:
        load(project)
    mine = [p for p in caught.value.problems if p.location.file.startswith("overlay/")]
    assert [str(p) for p in mine][0] == (
        f"overlay/overlay.yml:{line_of(project / 'overlay/overlay.yml', 'report-two:')}:5: overlay-unknown-id: the "
        f"source report-two no longer exists upstream (it did in version 0.3.0, when this overlay was pinned); take "
        f"it out of your overlay")


def test_a_damaged_lock_costs_only_the_drift_report(project: Path) -> None:
    (project / "overlay" / "upstream.lock.yml").write_text("upstream_version: 1\nitems: []\n", encoding="utf-8")
    warnings = load(project)
    assert {w.rule for w in warnings} == {"overlay-pin"}
    assert any("upstream.lock.yml cannot be used" in w.message for w in warnings)


def test_playbook_check_applies_overlays_and_prints_drift(project: Path) -> None:
    edit(project / "upstream" / "alpha.yml", "severity: high", "severity: low")
    result = CliRunner().invoke(main, ["check", "-f", str(project / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    assert "WARNING: overlay/overlay.yml:" in result.output
    assert 'severity (you override this field): was "high", now "low"' in result.output
    assert "3 checklists, 4 mistakes" in result.output  # gamma and BET-90 added, ALP-02 removed


def test_playbook_check_reports_overlay_errors_with_exit_1(project: Path) -> None:
    edit(project / "overlay" / "overlay.yml", "    ALP-01:\n", "    ALP-01x:\n")
    result = CliRunner().invoke(main, ["check", "-f", str(project / "mkdocs.yml")])
    assert result.exit_code == 1
    assert "overlay/overlay.yml:6:5: overlay-unknown-id: there is no mistake 'ALP-01x' upstream" in result.output
    assert "Traceback" not in result.output


def test_overlay_pin_command(project: Path) -> None:
    (project / "overlay" / "upstream.lock.yml").unlink()
    result = CliRunner().invoke(overlay_command, ["pin", "-f", str(project / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    assert result.output == "Pinned 9 upstream item(s) at content version 0.3.0 in overlay/upstream.lock.yml.\n"
    assert (project / "overlay" / "upstream.lock.yml").is_file()
    # It refuses while the content has errors, and says why.
    edit(project / "overlay" / "overlay.yml", "severity: critical", "severity: urgent")
    result = CliRunner().invoke(overlay_command, ["pin", "-f", str(project / "mkdocs.yml")])
    assert result.exit_code == 1
    assert "invalid-value" in result.output and "Nothing was pinned" in result.output
