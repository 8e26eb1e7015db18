"""Severity that depends on the reader's situation, and ids that are never reused: model, checks and pages."""

from __future__ import annotations

import re
from pathlib import Path

from playbook_builder.load import load_playbook
from playbook_builder.model import Severity

from conftest import as_text, line_of, problems_of, replace_in

RULES = """    severity_when:
      - severity: critical
        when: {size: [small]}
      - severity: high
        when: {size: [large], vendor-location: [offshore]}
"""


def _with_rules(content: Path, rules: str = RULES) -> None:
    replace_in(content / "alpha.yml", "    sources:\n      - {source: report-two", rules + "    sources:\n      - {source: report-two")


def test_the_first_matching_rule_gives_the_severity_and_an_unanswered_fact_keeps_the_base(content: Path) -> None:
    _with_rules(content)
    playbook, _ = load_playbook(content)
    mistake = playbook.mistakes["ALP-02"]
    assert mistake.severity_for({}) == Severity.medium
    assert mistake.severity_for({"size": "small"}) == Severity.critical
    assert mistake.severity_for({"size": "large"}) == Severity.medium  # vendor-location not answered
    assert mistake.severity_for({"size": "large", "vendor-location": "offshore"}) == Severity.high
    assert playbook.severity_rules == {"ALP-02": [{"severity": "critical", "when": {"size": ["small"]}},
                                                  {"severity": "high", "when": {"size": ["large"],
                                                                                "vendor-location": ["offshore"]}}]}


def test_ranking_puts_the_most_severe_for_the_reader_first_then_the_earliest(content: Path) -> None:
    _with_rules(content, RULES.replace("size: [small]", "vendor-location: [offshore]"))
    replace_in(content / "alpha.yml", "    applies_when:\n      size: [large]\n", "")
    playbook, _ = load_playbook(content)
    base = [m.id for m in playbook.ranked({})]
    abroad = [m.id for m in playbook.ranked({"vendor-location": "offshore"})]
    assert abroad[0] == "ALP-02" and base.index("ALP-02") > 0
    assert sorted(base) == sorted(abroad)


def test_a_rule_naming_an_unknown_fact_or_the_base_severity_is_reported_at_its_line(content: Path) -> None:
    _with_rules(content, """    severity_when:
      - severity: medium
        when: {sise: [small]}
      - severity: high
        when: {size: [tiny]}
""")
    found = problems_of(content)
    path = content / "alpha.yml"
    assert (f"checklists/alpha.yml:{line_of(path, '- severity: medium')}:19: severity-when: this rule gives ALP-02 "
            f"its base severity (medium) again; remove it or give another severity") in found
    assert (f"checklists/alpha.yml:{line_of(path, 'sise:')}:16: severity-when: severity_when rule 1 names the scoping "
            f"fact 'sise', which scope.yml does not define; did you mean 'size'?") in found
    assert (f"checklists/alpha.yml:{line_of(path, 'tiny')}:23: severity-when: 'tiny' is not an option of the scoping "
            f"fact 'size' (its options: small, large)") in found


def test_a_skipped_id_must_be_recorded_in_retired(content: Path) -> None:
    replace_in(content / "alpha.yml", "  - id: ALP-02\n", "  - id: ALP-04\n")
    replace_in(content / "alpha.yml", "      - id: ALP-02-M1\n", "      - id: ALP-04-M1\n")
    for path in content.glob("*.yml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("ALP-02", "ALP-04"), encoding="utf-8")
    found = [p for p in problems_of(content) if "id-gap" in p]
    assert len(found) == 1
    assert f"alpha.yml:{line_of(content / 'alpha.yml', 'code:')}:" in found[0]
    assert "ALP-02, ALP-03 are neither in alpha nor in retired.yml" in found[0]
    (content / "retired.yml").write_text("retired:\n  - {id: ALP-02, since: 0.1.0, reason: Never released.}\n"
                                         "  - {id: ALP-03, since: 0.1.0, reason: Never released.}\n",
                                         encoding="utf-8")
    load_playbook(content)


def test_pages_carry_the_situation_severity_and_the_small_business_owner(content: Path) -> None:
    from playbook_builder.render.site import site_files

    _with_rules(content)
    replace_in(content / "roles.yml", "  - id: buyer\n", "  - id: buyer\n    small_business: You, the owner\n")
    playbook, _ = load_playbook(content)
    files = as_text(site_files(playbook))
    page = files["checklists/alpha.md"]
    assert 'data-severity-of="ALP-02" data-base="medium"' in page
    assert 'data-small-owner="Owner: You, the owner"' in page
    assert 'data-severity-of="ALP-01"' not in page  # no rule, nothing for the script to change
    start = files["start-here.md"]
    assert start.count('data-start="') == len(playbook.mistakes)
    assert len(re.findall(r'data-start="[^"]+"[^>]* hidden>', start)) == max(0, len(playbook.mistakes) - 10)
    assert "severity_when" in files["assessment/data.js"] and "critical" in files["assessment/data.js"]


def test_exports_say_when_the_severity_changes(content: Path) -> None:
    from playbook_builder.render.spreadsheets import by_situation

    _with_rules(content)
    playbook, _ = load_playbook(content)
    small = next(o for f in playbook.facts if f.id == "size" for o in f.options if o.id == "small")
    words = by_situation(playbook, playbook.mistakes["ALP-02"])
    assert words.startswith(f"Critical for {small.summary or small.label}; High for ")
    assert " and " in words
    assert by_situation(playbook, playbook.mistakes["ALP-01"]) == ""


def test_the_report_ranks_findings_by_the_severity_for_each_result_s_situation() -> None:
    from playbook_builder.portfolio.scoring import recommend, situated

    data = {
        "low": 0.5, "severities": ["critical", "high", "medium", "low"],
        "questions": [{"id": "A-Q1", "checklist": "a", "weight": 1, "levels": ["1", "2", "3"],
                       "detects": ["A-01", "A-02"]}],
        "mistakes": {"A-01": {"severity": "high"}, "A-02": {"severity": "medium"}},
        "severity_when": {"A-02": [{"severity": "critical", "when": {"size": ["small"]}}]},
    }
    assert [f.id for f in recommend(data, {"A-Q1": 1})] == ["A-01", "A-02"]
    assert [f.id for f in recommend(situated(data, {"size": "small"}), {"A-Q1": 1})] == ["A-02", "A-01"]
    assert situated(data, {"size": "large"}) is data
    assert data["mistakes"]["A-02"]["severity"] == "medium"
