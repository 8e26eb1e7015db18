"""Every kind of bad input gets a located, named error; good input becomes a model."""

from __future__ import annotations

from pathlib import Path

from playbook_builder.load import load_playbook
from playbook_builder.load.yamlsource import parse_yaml
from playbook_builder.positions import LocDict, LocList, locate
from playbook_builder.problems import Location

from conftest import line_of, problems_of, replace_in


def test_fixture_loads_into_a_model(content: Path) -> None:
    playbook, warnings = load_playbook(content)
    assert warnings == []
    assert [c.id for c in playbook.checklists] == ["alpha", "beta"]
    assert playbook.version == "0.3.0"
    assert playbook.mistakes["ALP-01"].mitigations[1].owner == "manager"
    assert playbook.questions["ALP-Q1"].weight == 2
    assert playbook.questions["ALP-Q2"].weight == 1
    assert [q.id for q in playbook.detected_by["BET-01"]] == ["BET-Q1"]
    assert playbook.cases_of["ALP-01"][0].id == "widget-co"


def test_positions_are_remembered(content: Path) -> None:
    playbook, _ = load_playbook(content, display_root=content.parent)
    mistake = playbook.mistakes["ALP-01"]
    assert mistake.where("related", 0) == Location(
        "checklists/alpha.yml", line_of(content / "alpha.yml", "related: [BET-01]"), 15
    )


def test_malformed_yaml(content: Path) -> None:
    replace_in(content / "alpha.yml", "title: Alpha phase", "title: [Alpha phase")
    [problem] = problems_of(content)
    assert problem.startswith("checklists/alpha.yml:")
    assert ": yaml-syntax: " in problem


def test_tab_indentation(content: Path) -> None:
    replace_in(content / "beta.yml", "  - id: BET-01", "\t- id: BET-01")
    line = line_of(content / "beta.yml", "\t- id: BET-01")
    assert problems_of(content) == [
        f"checklists/beta.yml:{line}:1: tab-indentation: indent with spaces; YAML does not allow tabs here"
    ]


def test_duplicate_keys(content: Path) -> None:
    replace_in(content / "alpha.yml", "    severity: high\n", "    severity: high\n    severity: low\n")
    line = line_of(content / "alpha.yml", "severity: low")
    problems = problems_of(content)
    assert f"checklists/alpha.yml:{line}:5: duplicate-key: the key 'severity' appears twice in this mapping " \
           f"(first at line {line - 1})" in problems


def test_wrong_type(content: Path) -> None:
    replace_in(content / "alpha.yml", "order: 1", "order: first")
    [problem] = problems_of(content)
    assert problem.startswith(f"checklists/alpha.yml:{line_of(content / 'alpha.yml', 'order: first')}:8: wrong-type:")


def test_unknown_field_is_a_typo(content: Path) -> None:
    replace_in(content / "alpha.yml", "    summary: You pick", "    sumary: You pick")
    problems = problems_of(content)
    line = line_of(content / "alpha.yml", "sumary:")
    assert f"checklists/alpha.yml:{line}:5: unknown-field: the field 'sumary' is not part of the content model " \
           f"(a typo?)" in problems
    assert any(": missing-field: the field 'summary' is missing" in p for p in problems)


def test_dangling_references(content: Path) -> None:
    replace_in(content / "alpha.yml", "related: [BET-01]", "related: [BET-09]")
    replace_in(content / "alpha.yml", "owner: manager", "owner: boss")
    replace_in(content / "beta.yml", "sources: [report-two]", "sources: [nowhere]")
    problems = problems_of(content)
    assert len(problems) == 3
    assert f"checklists/alpha.yml:{line_of(content / 'alpha.yml', 'BET-09')}:15: reference-resolves: related " \
           f"names the mistake 'BET-09', which does not exist" in problems
    assert any(p.startswith(f"checklists/alpha.yml:{line_of(content / 'alpha.yml', 'owner: boss')}:")
               and "role 'boss'" in p for p in problems)
    assert any(p.startswith("checklists/beta.yml:") and "source 'nowhere'" in p for p in problems)


def test_duplicate_ids(content: Path) -> None:
    replace_in(content / "alpha.yml", "  - id: ALP-02\n", "  - id: ALP-01\n")
    problems = problems_of(content)
    lines = [n for n, text in enumerate((content / "alpha.yml").read_text().splitlines(), 1) if text.endswith("- id: ALP-01")]
    assert f"checklists/alpha.yml:{lines[1]}:9: unique-ids: the item 'ALP-01' is already used at " \
           f"checklists/alpha.yml:{lines[0]}:9" in problems


def test_empty_file(content: Path) -> None:
    (content / "beta.yml").write_text("# nothing yet\n", encoding="utf-8")
    problems = problems_of(content)
    assert "checklists/beta.yml: empty-file: the file has no content" in problems


def test_bytes_that_are_not_utf8(content: Path) -> None:
    path = content / "beta.yml"
    path.write_bytes(path.read_bytes().replace(b"Working with", b"Working \xe9 with"))
    line = line_of(content / "alpha.yml", "id: alpha")  # any file; compute beta's line by bytes below
    raw = path.read_bytes()
    line = raw[: raw.index(b"\xe9")].count(b"\n") + 1
    problems = problems_of(content)
    assert f"checklists/beta.yml:{line}:18: utf-8: byte 0xe9 is not valid UTF-8; save the file as UTF-8" in problems


def test_alias_bomb_is_refused_without_expanding(content: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    (content / "bomb.yml").write_text(bomb, encoding="utf-8")
    problems = problems_of(content)
    assert "checklists/bomb.yml:2:4: yaml-alias: YAML aliases (*name) are not allowed; write the value out in full " \
        "(72 aliases in this file)" in problems


def test_raw_html_is_refused(content: Path) -> None:
    replace_in(content / "alpha.yml", "title: Choosing the cheapest bid",
               "title: Choosing <script>alert(1)</script> the cheapest bid")
    line = line_of(content / "alpha.yml", "<script>")
    [problem] = problems_of(content)
    assert problem == (f"checklists/alpha.yml:{line}:12: raw-html: mistakes.0.title: HTML tags are not allowed in "
                       f"text; write plain text")


def test_empty_text(content: Path) -> None:
    replace_in(content / "alpha.yml", "when: Before you choose a vendor.", 'when: "   "')
    [problem] = problems_of(content)
    assert problem.startswith(f"checklists/alpha.yml:{line_of(content / 'alpha.yml', 'when:')}:7: empty-text:")


def test_every_problem_is_reported_in_one_run(content: Path) -> None:
    replace_in(content / "alpha.yml", "severity: high", "severity: huge")
    replace_in(content / "beta.yml", "    title: Letting details go unsaid\n",
               "    title: Letting details go unsaid\n    title: again\n")
    (content / "extra.yml").write_text("id: [\n", encoding="utf-8")
    problems = problems_of(content)
    assert {p.split(":")[0] for p in problems} == {"checklists/alpha.yml", "checklists/beta.yml", "checklists/extra.yml"}
    assert any(": invalid-value: " in p for p in problems)


def test_cross_file_checks(content: Path) -> None:
    replace_in(content / "alpha.yml", "code: ALP", "code: BET")
    replace_in(content / "beta.yml", "detects: [BET-01]", "detects: [ALP-01]")
    problems = problems_of(content)
    assert any(": unique-ids: the checklist code 'BET'" in p for p in problems)
    assert any(": id-prefix: 'ALP-01' should start with 'BET-'" in p for p in problems)
    assert any(p.startswith("checklists/beta.yml:") and ": mistake-detected: no self-assessment question detects "
               "BET-01" in p for p in problems)


def test_mistake_needs_mitigation_sign_and_source(content: Path) -> None:
    text = (content / "beta.yml").read_text(encoding="utf-8")
    start, end = text.index("    warning_signs:"), text.index("    related:")
    (content / "beta.yml").write_text(
        text[:start] + "    warning_signs: []\n    mitigations: []\n" + text[end:].replace(
            "sources: [report-two]", "sources: []"), encoding="utf-8")
    rules = {p.split(": ")[1] for p in problems_of(content)}
    assert {"mistake-has-mitigation", "mistake-has-warning-sign", "mistake-has-source"} <= rules


def test_checklist_id_must_match_file_name(content: Path) -> None:
    (content / "beta.yml").rename(content / "gamma.yml")
    [problem] = problems_of(content)
    assert problem.startswith("checklists/gamma.yml:1:5: id-matches-file:")


def test_levels_must_differ(content: Path) -> None:
    replace_in(content / "alpha.yml", "      - Sometimes.", "      - Never.")
    [problem] = problems_of(content)
    assert ": question-levels: ALP-Q2 repeats the level 'Never.'" in problem


def test_missing_playbook_file(content: Path) -> None:
    (content / "playbook.yml").unlink()
    assert problems_of(content) == [
        "checklists/playbook.yml: missing-file: the content folder needs a playbook.yml (title, version)"
    ]


def test_unsupported_tag(content: Path) -> None:
    replace_in(content / "alpha.yml", "order: 1", "order: !!python/object/apply:os.system [echo]")
    problems = problems_of(content)
    assert any(": yaml-tag: " in p for p in problems)


def test_locate_walks_as_deep_as_the_path_exists() -> None:
    data, problems = parse_yaml(b"a:\n  b: [1, 2]\n", "x.yml")
    assert problems == [] and isinstance(data, LocDict) and isinstance(data["a"]["b"], LocList)
    assert locate(data, ("a", "b", 1)) == Location("x.yml", 2, 10)
    assert locate(data, ("a", "missing")) == Location("x.yml", 2, 3)
    assert locate(data, ("a", "b"), key=True) == Location("x.yml", 2, 3)


def test_a_broken_symbolic_link_is_named_as_it_stands_in_the_folder(content: Path) -> None:
    (content / "gamma.yml").symlink_to(content / "elsewhere" / "gamma.yml")
    found = problems_of(content)
    assert found == [f"checklists/gamma.yml: unreadable-file: the file is a symbolic link to {content}/elsewhere/"
                     f"gamma.yml, which does not exist; fix the link or remove it"]


def test_a_working_symbolic_link_is_named_as_the_link(content: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yml"
    outside.write_text((content / "beta.yml").read_text(encoding="utf-8").replace("code: BET", "code: [BET"),
                       encoding="utf-8")
    (content / "beta.yml").unlink()
    (content / "beta.yml").symlink_to(outside)
    assert all(problem.startswith("checklists/beta.yml:") for problem in problems_of(content))
