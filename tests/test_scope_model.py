"""Scoping facts, applies_when, small-business guidance, pinpoint citations and retired ids: model and checks."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from playbook_builder.load import load_playbook
from playbook_builder.model import applies
from playbook_builder.overlays import Overlay
from playbook_builder.problems import ContentError
from playbook_builder.render.exports import playbook_data

from conftest import line_of, problems_of, replace_in


@pytest.mark.parametrize(("applies_when", "answers", "expected"), [
    ({}, {"size": "small"}, True),
    ({"size": ["large"]}, {}, True),  # unanswered: everything shows
    ({"size": ["large"]}, {"size": "small"}, False),
    ({"size": ["large"]}, {"size": "large"}, True),
    ({"size": ["large"], "vendor-location": ["offshore"]}, {"size": "large", "vendor-location": "same-country"}, False),
    ({"size": ["small", "large"]}, {"vendor-location": "offshore"}, True),
])
def test_a_restriction_applies_unless_an_answer_excludes_it(applies_when, answers, expected) -> None:
    assert applies(applies_when, answers) is expected


def test_the_fixture_carries_facts_applicability_and_guidance(content: Path) -> None:
    playbook, warnings = load_playbook(content)
    assert warnings == []
    assert [fact.id for fact in playbook.facts] == ["size", "vendor-location"]
    assert playbook.mistakes["ALP-02"].applies_when == {"size": ["large"]}
    assert playbook.mistakes["ALP-01"].small_business.startswith("Ask two freelancers")
    assert [(c.source, c.at) for c in playbook.mistakes["ALP-02"].citations] == [("report-two", "para 4")]
    assert playbook.mistakes["ALP-02"].source_ids == ["report-two"]


def test_playbook_json_carries_scope_applicability_guidance_and_citations(content: Path) -> None:
    playbook, _ = load_playbook(content)
    data = json.loads(json.dumps(playbook_data(playbook)))
    assert data["scope"][0] == {
        "id": "size", "question": "How big is your organisation?", "help": "Count everyone on your payroll.",
        "options": [{"id": "small", "label": "A small business with no procurement or legal team", "summary": None},
                    {"id": "large", "label": "A larger organisation", "summary": None}],
    }
    second = data["checklists"][0]["mistakes"][1]
    assert second["applies_when"] == {"size": ["large"]} and second["small_business"] is None
    assert second["sources"] == ["report-two"]
    assert second["citations"] == [{"source": "report-two", "at": "para 4"}]
    assert data["checklists"][0]["mistakes"][0]["citations"] == [{"source": "book-one", "at": None}]


def test_applies_when_must_name_real_facts_and_options(content: Path) -> None:
    replace_in(content / "alpha.yml", "      size: [large]", "      sise: [large]\n      vendor-location: [abroad]")
    found = problems_of(content)
    line = line_of(content / "alpha.yml", "sise:")
    assert f"checklists/alpha.yml:{line}:7: applies-when: applies_when names the scoping fact 'sise', which " \
           f"scope.yml does not define; did you mean 'size'?" in found
    assert f"checklists/alpha.yml:{line + 1}:25: applies-when: 'abroad' is not an option of the scoping fact " \
           f"'vendor-location' (its options: same-country, offshore)" in found


def test_a_fact_needs_two_different_options(content: Path) -> None:
    replace_in(content / "scope.yml", "      - id: large\n        label: A larger organisation\n", "")
    replace_in(content / "scope.yml", "      - id: offshore", "      - id: same-country")
    found = " ".join(problems_of(content))
    assert "fact-options: the scoping fact 'size' needs at least two options to choose from" in found
    assert "fact-options: the scoping fact 'vendor-location' lists the option 'same-country' twice" in found


def test_a_checklist_hidden_entirely_by_an_answer_is_a_warning(content: Path) -> None:
    replace_in(content / "alpha.yml", "    small_business:", "    applies_when:\n      size: [large]\n"
                                                            "    small_business:")
    playbook, warnings = load_playbook(content, display_root=content.parent)
    assert [str(w).split(": ", 1)[1] for w in warnings] == [
        "checklist-excluded: every mistake of 'alpha' is hidden for readers who answer size: small; give the "
        "checklist an applies_when that says so, or a mistake that applies"]
    replace_in(content / "alpha.yml", "style: do-confirm", "style: do-confirm\napplies_when:\n  size: [large]")
    assert load_playbook(content)[1] == []  # the checklist says so itself


def test_a_retired_id_is_never_reused_and_references_to_it_explain(content: Path) -> None:
    (content / "retired.yml").write_text(textwrap.dedent("""\
        retired:
          - id: ALP-01
            since: 0.3.0
            replaced_by: [ALP-02]
            reason: Merged into ALP-02.
          - id: ALP-09
            since: 0.3.0
            replaced_by: [ALP-02]
            reason: Merged into ALP-02.
        """), encoding="utf-8")
    replace_in(content / "alpha.yml", "related: [BET-01]", "related: [BET-01, ALP-09]")
    found = " ".join(problems_of(content))
    assert "retired-id: ALP-01 was retired in version 0.3.0, replaced by ALP-02 (Merged into ALP-02); retired ids " \
           "are never used again, so give this item a new id" in found
    assert "reference-resolves: related names the mistake 'ALP-09', was retired in version 0.3.0, replaced by " \
           "ALP-02 (Merged into ALP-02)" in found


def test_regulation_guidance_and_standards_are_cited_with_a_pinpoint(content: Path) -> None:
    replace_in(content / "sources.yml", "    kind: book\n", "    kind: standard\n")
    found = problems_of(content)
    line = line_of(content / "alpha.yml", "sources: [book-one]")
    assert f"checklists/alpha.yml:{line}:15: citation-pinpoint: book-one is a standard: cite it with the article, " \
           f"paragraph, section or page, as {{source: book-one, at: \"Art. 28(3)\"}}" in found
    replace_in(content / "alpha.yml", "sources: [book-one]", 'sources: [{source: book-one, at: "clause 8.3"}]')
    replace_in(content / "cases.yml", "sources: [book-one]", 'sources: [{source: book-one, at: "p. 4"}]')
    assert load_playbook(content)[0].mistakes["ALP-01"].citations[0].at == "clause 8.3"


def test_an_overlay_adds_overrides_and_removes_facts(content: Path, tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "overlay.yml").write_text(textwrap.dedent("""\
        override:
          facts:
            size: {question: How many people work for you?}
          mistakes:
            ALP-01: {applies_when: {sector: [regulated]}}
        remove:
          facts: [vendor-location]
        add:
          facts:
            - id: sector
              question: Are you regulated?
              options:
                - {id: regulated, label: Regulated}
                - {id: other, label: Not regulated}
        """), encoding="utf-8")
    playbook, _ = load_playbook(content, mergers=[Overlay(overlay, display_root=tmp_path)], display_root=tmp_path)
    assert [fact.id for fact in playbook.facts] == ["size", "sector"]
    assert playbook.fact_by_id["size"].question == "How many people work for you?"
    assert playbook.mistakes["ALP-01"].applies_when == {"sector": ["regulated"]}


def test_an_overlay_that_changes_a_retired_item_is_told_where_it_went(content: Path, tmp_path: Path) -> None:
    (content / "retired.yml").write_text("retired:\n  - id: ALP-07\n    since: 0.3.0\n    replaced_by: [ALP-01]\n"
                                         "    reason: Merged into ALP-01.\n", encoding="utf-8")
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "overlay.yml").write_text("override:\n  mistakes:\n    ALP-07: {severity: low}\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_playbook(content, mergers=[Overlay(overlay, display_root=tmp_path)], display_root=tmp_path)
    assert [str(p) for p in caught.value.problems] == [
        "overlay/overlay.yml:3:5: overlay-unknown-id: upstream retired the mistake ALP-07 in version 0.3.0 and "
        "moved its content to ALP-01 (Merged into ALP-01); change your overlay to match"]


def test_a_conditional_checklist_restricts_each_of_its_mistakes(content: Path) -> None:
    replace_in(content / "alpha.yml", "style: do-confirm", "style: do-confirm\napplies_when:\n  size: [small, large]\n"
                                                           "  vendor-location: [offshore]")
    playbook, _ = load_playbook(content)
    assert playbook.restrictions == {"ALP-01": {"size": ["small", "large"], "vendor-location": ["offshore"]},
                                     "ALP-02": {"size": ["large"], "vendor-location": ["offshore"]}}
