"""Overlay semantics: override, remove and add by id over the fixture playbook, and every mistake in an overlay
reported at the overlay's own file and line."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from playbook_builder.load import load_playbook
from playbook_builder.model import Playbook
from playbook_builder.overlays import Overlay
from playbook_builder.problems import ContentError, Problem

from conftest import line_of

FIXTURES = Path(__file__).resolve().parent / "fixtures"
UPSTREAM = FIXTURES / "minimal"
OVERLAY = FIXTURES / "overlay"


def load(tmp_path: Path, *folders: str, upstream: Path = UPSTREAM) -> tuple[Playbook, list[Problem]]:
    overlays = [Overlay(tmp_path / folder, display_root=tmp_path) for folder in folders]
    return load_playbook(upstream, mergers=overlays, display_root=tmp_path)


def write_overlay(tmp_path: Path, text: str, folder: str = "overlay") -> Path:
    (tmp_path / folder).mkdir(parents=True, exist_ok=True)
    path = tmp_path / folder / "overlay.yml"
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def errors(tmp_path: Path, text: str) -> list[str]:
    write_overlay(tmp_path, text)
    with pytest.raises(ContentError) as caught:
        load(tmp_path, "overlay")
    return [str(problem) for problem in caught.value.problems]


@pytest.fixture
def fixture_overlays(tmp_path: Path) -> Path:
    """Writable copies of the two fixture overlays, in tmp_path/overlay and tmp_path/second."""
    shutil.copytree(OVERLAY, tmp_path / "overlay")
    shutil.copytree(FIXTURES / "overlay-second", tmp_path / "second")
    return tmp_path


# --- The fixture overlay: every kind of change at once ---------------------------------------------------------


def test_fixture_overlay_applies_every_kind_of_change(fixture_overlays: Path) -> None:
    playbook, warnings = load(fixture_overlays, "overlay")
    assert warnings == []  # it is pinned against the fixture
    alp01 = playbook.mistakes["ALP-01"]
    assert alp01.severity.value == "critical"
    assert alp01.title == "Picking the cheapest bid"
    assert alp01.summary == "You pick the vendor with the lowest price."  # untouched fields stay upstream's
    assert [m.owner for m in alp01.mitigations] == ["buyer", "buyer", "auditor"]
    assert playbook.questions["BET-Q1"].weight == 3
    assert playbook.questions["BET-Q1"].detects == ["BET-01", "BET-90"]
    assert next(c for c in playbook.checklists if c.id == "beta").when == "Every week during delivery."
    assert playbook.source_by_id["report-two"].url == "https://example.org/report-two-v2"
    assert playbook.role_by_id["manager"].title == "Delivery manager"
    assert playbook.cases[0].year == 2020
    # removed
    assert "ALP-02" not in playbook.mistakes and "ALP-Q2" not in playbook.questions
    # added: items, registry entries and a whole checklist from overlay/checklists/
    assert [c.id for c in playbook.checklists] == ["alpha", "beta", "gamma"]
    assert [m.id for m in playbook.checklist_of["BET-90"].mistakes] == ["BET-01", "BET-90"]
    assert [q.id for q in playbook.checklist_of["GAM-Q90"].questions] == ["GAM-Q1", "GAM-Q90"]
    assert "house-rules" in playbook.source_by_id and "auditor" in playbook.role_by_id
    assert [c.id for c in playbook.cases] == ["widget-co", "gadget-co"]


def test_changed_and_added_values_remember_the_overlay_line(fixture_overlays: Path) -> None:
    playbook, _ = load(fixture_overlays, "overlay")
    overlay_file = fixture_overlays / "overlay" / "overlay.yml"
    severity = playbook.mistakes["ALP-01"].where("severity")
    assert (severity.file, severity.line) == ("overlay/overlay.yml", line_of(overlay_file, "severity: critical"))
    added = playbook.mistakes["BET-90"].where("title")
    assert (added.file, added.line) == ("overlay/overlay.yml", line_of(overlay_file, "Skipping the house rules"))
    new_checklist = playbook.mistakes["GAM-01"].where("id")
    assert new_checklist.file == "overlay/checklists/gamma.yml"
    untouched = playbook.mistakes["ALP-01"].where("summary")
    assert untouched.file.endswith("minimal/alpha.yml")


def test_overlays_apply_in_order(fixture_overlays: Path) -> None:
    playbook, warnings = load(fixture_overlays, "overlay", "second")
    assert warnings == []
    assert playbook.mistakes["BET-90"].severity.value == "high"  # the second changes what the first added
    with pytest.raises(ContentError) as caught:
        load(fixture_overlays, "second")  # alone, BET-90 does not exist
    assert [p.rule for p in caught.value.problems] == ["overlay-unknown-id"]


def test_an_overlay_of_comments_only_changes_nothing(tmp_path: Path) -> None:
    write_overlay(tmp_path, "# nothing yet\n")
    playbook, warnings = load(tmp_path, "overlay")
    assert warnings == [] and list(playbook.mistakes) == ["ALP-01", "ALP-02", "BET-01"]
    write_overlay(tmp_path, "description: empty sections\noverride:\nremove:\nadd:\n")
    assert load(tmp_path, "overlay")[1] == []


# --- Unknown ids -----------------------------------------------------------------------------------------------


def test_unknown_ids_are_errors_at_the_overlay_line(tmp_path: Path) -> None:
    found = errors(tmp_path, """
        override:
          mistakes:
            ALP-1:
              severity: low
          sources:
            book-two:
              year: 2021
        remove:
          questions: [ALP-Q11]
          checklists: [delta]
        add:
          mistakes:
            delta:
              - id: DEL-01
          mitigations:
            ALP-07:
              - id: ALP-07-M1
        """)
    assert found == [
        "overlay/overlay.yml:3:5: overlay-unknown-id: there is no mistake 'ALP-1' upstream; did you mean ALP-01?",
        "overlay/overlay.yml:6:5: overlay-unknown-id: there is no source 'book-two' upstream; did you mean book-one?",
        "overlay/overlay.yml:9:15: overlay-unknown-id: there is no question 'ALP-Q11' upstream; did you mean ALP-Q1?",
        "overlay/overlay.yml:10:16: overlay-unknown-id: there is no checklist 'delta' upstream; did you mean beta?",
        "overlay/overlay.yml:13:5: overlay-unknown-id: add.mistakes names the checklist 'delta', which does not "
        "exist upstream or in this overlay",
        "overlay/overlay.yml:16:5: overlay-unknown-id: add.mitigations names the mistake 'ALP-07', which does not "
        "exist upstream or in this overlay",
    ]


def test_an_id_of_the_wrong_kind_is_unknown(tmp_path: Path) -> None:
    found = errors(tmp_path, """
        override:
          questions:
            ALP-01:
              weight: 2
        """)
    assert found == ["overlay/overlay.yml:3:5: overlay-unknown-id: there is no question 'ALP-01' upstream; did you "
                     "mean ALP-Q1?"]


# --- Overlays pass the same checks, located in the overlay -----------------------------------------------------


def test_a_bad_value_fails_the_model_check_at_the_overlay_line(tmp_path: Path) -> None:
    found = errors(tmp_path, """
        override:
          mistakes:
            ALP-01:
              severity: urgent
              summary: "<b>bold</b>"
        """)
    assert [line.split(": ")[:2] for line in found] == [
        ["overlay/overlay.yml:4:17", "invalid-value"],
        ["overlay/overlay.yml:5:16", "raw-html"],
    ]
    found = errors(tmp_path, """
        override:
          mitigations:
            ALP-01-M1:
              owner: nobody
        """)
    assert found == ["overlay/overlay.yml:4:14: reference-resolves: owner names the role 'nobody', which does not "
                     "exist in roles.yml"]


def test_added_items_pass_the_same_checks(tmp_path: Path) -> None:
    found = errors(tmp_path, """
        add:
          mistakes:
            beta:
              - id: ALP-50
                title: Wrong prefix and no mitigations
                severity: low
                summary: A mistake.
                why_it_hurts: It hurts.
                confirm: You have confirmed it.
                warning_signs: [A sign.]
                mitigations: []
                sources: [book-one]
                colour: red
          sources:
            - id: book-one
              title: A duplicate
              author: Someone
              publisher: Someone
              kind: web
              year: 2020
              url: https://example.org/dup
        """)
    rules = {(line.split(": ")[0], line.split(": ")[1]) for line in found}
    assert ("overlay/overlay.yml:13:9", "unknown-field") in rules
    write_overlay(tmp_path, (tmp_path / "overlay" / "overlay.yml").read_text().replace("        colour: red\n", ""))
    with pytest.raises(ContentError) as caught:
        load(tmp_path, "overlay")
    found = [str(p) for p in caught.value.problems]
    rules = {(line.split(": ")[0], line.split(": ")[1]) for line in found}
    assert rules == {
        ("overlay/overlay.yml:4:13", "id-prefix"),
        ("overlay/overlay.yml:4:13", "mistake-detected"),
        ("overlay/overlay.yml:11:22", "mistake-has-mitigation"),
        ("overlay/overlay.yml:14:11", "unique-ids"),
    }


def test_yaml_errors_in_an_overlay_are_located(tmp_path: Path) -> None:
    found = errors(tmp_path, """
        override:
          mistakes:
            ALP-01:
              severity: low
              severity: high
        """)
    assert found == ["overlay/overlay.yml:5:7: duplicate-key: the key 'severity' appears twice in this mapping "
                     "(first at line 4)"]
    found = errors(tmp_path, "remove:\n\tmistakes: [ALP-01]\n")
    assert [line.split(": ")[1] for line in found] == ["tab-indentation"]


def test_the_overlay_file_has_its_own_shape(tmp_path: Path) -> None:
    found = errors(tmp_path, """
        overide:
          mistakes: {}
        remove:
          mistakes: ALP-02
          steps: [ALP-01]
        add:
          sources: {id: x}
        """)
    assert [line.split(": ")[:2] for line in found] == [
        ["overlay/overlay.yml:1:1", "unknown-field"],
        ["overlay/overlay.yml:4:13", "wrong-type"],
        ["overlay/overlay.yml:5:3", "unknown-field"],
        ["overlay/overlay.yml:7:12", "wrong-type"],
    ]


def test_an_override_changes_fields_only(tmp_path: Path) -> None:
    found = errors(tmp_path, """
        override:
          mistakes:
            ALP-01:
              id: ALP-99
              mitigations: []
              severety: low
          checklists:
            alpha:
              questions: []
        """)
    assert found == [
        "overlay/overlay.yml:4:7: overlay-format: an override cannot change an id; remove the item and add a new "
        "one instead",
        "overlay/overlay.yml:5:7: overlay-format: an override cannot replace the mitigations of a mistake; add, "
        "remove or override them one by one (add.mitigations, remove.mitigations, override.mitigations)",
        "overlay/overlay.yml:6:7: unknown-field: the field 'severety' is not part of a mistake; did you mean "
        "'severity'?",
        "overlay/overlay.yml:9:7: overlay-format: an override cannot replace the questions of a checklist; add, "
        "remove or override them one by one (add.questions, remove.questions, override.questions)",
    ]


def test_an_item_cannot_be_both_changed_and_removed(tmp_path: Path) -> None:
    found = errors(tmp_path, """
        override:
          cases:
            widget-co:
              year: 2018
        remove:
          cases: [widget-co]
        """)
    assert found == ["overlay/overlay.yml:6:11: overlay-format: widget-co is both overridden and removed; keep one "
                     "of the two"]


def test_a_new_checklist_cannot_reuse_an_upstream_id(tmp_path: Path) -> None:
    write_overlay(tmp_path, "description: a copy of alpha\n")
    (tmp_path / "overlay" / "checklists").mkdir()
    shutil.copy(UPSTREAM / "alpha.yml", tmp_path / "overlay" / "checklists" / "alpha.yml")
    shutil.copy(UPSTREAM / "sources.yml", tmp_path / "overlay" / "checklists" / "sources.yml")
    with pytest.raises(ContentError) as caught:
        load(tmp_path, "overlay")
    assert [str(p) for p in caught.value.problems] == [
        "overlay/checklists/alpha.yml:1:1: overlay-format: the checklist 'alpha' already exists upstream; change it "
        "under override.checklists, or remove it under remove.checklists to replace it with this file",
        "overlay/checklists/sources.yml: overlay-format: checklists/ in an overlay holds new checklists only; "
        "add sources in overlay.yml under 'add'",
    ]
    # Removing the upstream checklist first makes room for the replacement.
    write_overlay(tmp_path, "remove:\n  checklists: [alpha]\n  cases: [widget-co]\n")
    (tmp_path / "overlay" / "checklists" / "sources.yml").unlink()
    playbook, _ = load(tmp_path, "overlay")
    assert playbook.mistakes["ALP-01"].where("id").file == "overlay/checklists/alpha.yml"


def test_missing_overlay_folder_or_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load(tmp_path, "nowhere")
    assert [str(p) for p in caught.value.problems] == [
        "nowhere: missing-file: the overlay folder does not exist (see the plugin's 'overlays' option in "
        "mkdocs.yml)"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(ContentError) as caught:
        load(tmp_path, "empty")
    assert [p.rule for p in caught.value.problems] == ["missing-file"]
    assert caught.value.problems[0].location.file == "empty/overlay.yml"


# --- Removing, and what it leaves behind -----------------------------------------------------------------------


def test_removing_drops_references_to_the_removed_items(tmp_path: Path) -> None:
    write_overlay(tmp_path, """
        remove:
          mistakes: [ALP-01]
          questions: [ALP-Q1]
          mitigations: [ALP-02-M1]
          cases: [widget-co]
        add:
          mitigations:
            ALP-02:
              - id: ALP-02-M2
                action: Ask for a reference visit.
                owner: buyer
        """)
    playbook, _ = load(tmp_path, "overlay")
    assert list(playbook.mistakes) == ["ALP-02", "BET-01"]
    assert playbook.mistakes["BET-01"].related == []  # was [ALP-01]
    assert [m.id for m in playbook.mistakes["ALP-02"].mitigations] == ["ALP-02-M2"]
    assert playbook.cases == []


def test_removing_reports_what_it_leaves_broken_at_the_remove_line(tmp_path: Path) -> None:
    found = errors(tmp_path, """
        remove:
          mistakes: [ALP-02]
          questions: [BET-Q1]
          roles: [manager]
          sources: [book-one]
          mitigations: [ALP-01-M1, ALP-01-M2]
        """)
    overlay_lines = [line for line in found if line.startswith("overlay/")]
    assert overlay_lines == [
        "overlay/overlay.yml:2:14: overlay-remove: removing ALP-02 leaves the question ALP-Q2 detecting no mistake: "
        "remove ALP-Q2 too, or override its detects",
        "overlay/overlay.yml:3:15: overlay-remove: removing BET-Q1 leaves BET-01 detected by no question: remove "
        "BET-01 too, or make another question detect it (override its detects, or add a question)",
        "overlay/overlay.yml:4:11: overlay-remove: removing manager leaves BET-01-M1 without an owner: override its "
        "owner, or remove BET-01-M1 too",
        "overlay/overlay.yml:5:13: overlay-remove: removing book-one leaves ALP-01 citing no source: override its "
        "sources, or remove it too",
        "overlay/overlay.yml:5:13: overlay-remove: removing book-one leaves the case study widget-co citing no "
        "source: override its sources, or remove it too",
        "overlay/overlay.yml:6:17: overlay-remove: removing ALP-01-M1 leaves ALP-01 with no mitigation: add one, or "
        "remove ALP-01 instead",
    ]


def test_removing_the_last_mistake_of_a_checklist(tmp_path: Path) -> None:
    found = errors(tmp_path, """
        remove:
          mistakes: [BET-01]
          questions: [BET-Q1]
        """)
    mine, upstream = [f for f in found if f.startswith("overlay/")], [f for f in found if "minimal" in f]
    assert mine == ["overlay/overlay.yml:2:14: overlay-remove: removing BET-01 leaves the checklist beta with no "
                    "mistakes: remove the checklist instead, or add a mistake to it"]
    # The upstream checklist breaks the usual rule too, and says so at its own line.
    assert len(upstream) == 1 and upstream[0].endswith(
        "minimal/beta.yml:9:3: checklist-has-mistakes: the checklist 'beta' has no mistakes")
    assert len(found) == 2


def test_removing_a_whole_checklist(tmp_path: Path) -> None:
    write_overlay(tmp_path, """
        remove:
          checklists: [beta, beta]
          mistakes: [BET-01]
        """)
    playbook, _ = load(tmp_path, "overlay")
    assert [c.id for c in playbook.checklists] == ["alpha"]
    assert playbook.mistakes["ALP-01"].related == []  # was [BET-01]


def test_references_written_in_the_overlay_are_checked_not_dropped(tmp_path: Path) -> None:
    found = errors(tmp_path, """
        override:
          mistakes:
            ALP-01:
              related: [ALP-02]
        remove:
          mistakes: [ALP-02]
          questions: [ALP-Q2]
        """)
    assert found == ["overlay/overlay.yml:4:17: reference-resolves: related names the mistake 'ALP-02', which does "
                     "not exist"]
